import type { Setting } from '../../../cms/payload-types'
import { contentVersion } from '../../../cms/hooks/contentEvents'
import { payloadInstance } from './payload'

export type PortalSettings = Pick<
  Setting,
  'agencyName' | 'agencyNameEn' | 'portalName' | 'responsiblePerson' | 'responsiblePersonTitle' | 'address' | 'phone' | 'email' | 'licence' | 'copyright' | 'parentPortal' | 'agencyVerificationMonths' | 'legalFeedbackUrl'
>

const FALLBACK: PortalSettings = {
  agencyName: 'Cơ quan chủ quản',
  portalName: 'Cổng thông tin điện tử',
}

let cached: { version: number; settings: PortalSettings } | null = null

/** Returns the portal owner's identity for the header and footer (never fails: falls back to a neutral name). */
export async function getSettings(): Promise<PortalSettings> {
  if (cached && cached.version === contentVersion()) return cached.settings
  const version = contentVersion()
  const settings = await loadSettings()
  cached = { version, settings }
  return settings
}

async function loadSettings(): Promise<PortalSettings> {
  try {
    const payload = await payloadInstance()
    const s = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: false })
    return { ...FALLBACK, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v != null && v !== '')) }
  } catch {
    return FALLBACK
  }
}
