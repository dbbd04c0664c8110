import type { Setting } from '../../../cms/payload-types'
import { payloadInstance } from './payload'

export type PortalSettings = Pick<
  Setting,
  'agencyName' | 'agencyNameEn' | 'portalName' | 'responsiblePerson' | 'responsiblePersonTitle' | 'address' | 'phone' | 'email' | 'licence' | 'copyright'
>

const FALLBACK: PortalSettings = {
  agencyName: 'Cơ quan chủ quản',
  portalName: 'Cổng thông tin điện tử',
}

/** Returns the portal owner's identity for the header and footer (never fails: falls back to a neutral name). */
export async function getSettings(): Promise<PortalSettings> {
  try {
    const payload = await payloadInstance()
    const s = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: false })
    return { ...FALLBACK, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v != null && v !== '')) }
  } catch {
    return FALLBACK
  }
}
