/**
 * The planned-maintenance notice of every public page (Decree 224/2026 Art 13), from the
 * settings and the holiday calendar, read once per content change (both are in the change feed).
 */
import { contentVersion } from '../../../cms/hooks/contentEvents'
import { vnDayKey } from '../../../cms/lib/dates'
import { maintenanceNotice, nextNoticeChange, type MaintenanceNotice, type MaintenanceWindow } from '../../../cms/lib/maintenance'
import { payloadInstance } from './payload'

let cached: { version: number; window: MaintenanceWindow | null; holidays: string[] } | null = null

async function load(): Promise<{ window: MaintenanceWindow | null; holidays: string[] }> {
  const version = contentVersion()
  if (cached && cached.version === version) return cached
  try {
    const payload = await payloadInstance()
    const [settings, holidays] = await Promise.all([
      payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: false }),
      payload.find({ collection: 'holidays', depth: 0, pagination: false, overrideAccess: false, select: { date: true } }),
    ])
    const m = settings.maintenance
    cached = { version, window: m?.start && m?.end ? { start: m.start, end: m.end, text: m.text } : null, holidays: holidays.docs.map((h) => vnDayKey(h.date)).filter(Boolean) }
  } catch {
    // A page is never refused for want of its notice.
    cached = { version, window: null, holidays: [] }
  }
  return cached
}

/** Returns the notice a page rendered at `now` shows, or null. */
export async function currentMaintenanceNotice(now = new Date()): Promise<MaintenanceNotice | null> {
  const { window, holidays } = await load()
  return maintenanceNotice(window, now, holidays)
}

/** Returns the seconds until the notice appears or disappears (a cached page must be rendered again then), or null. */
export async function secondsUntilNoticeChange(now = new Date()): Promise<number | null> {
  const { window, holidays } = await load()
  const next = nextNoticeChange(window, now, holidays)
  return next ? Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)) : null
}
