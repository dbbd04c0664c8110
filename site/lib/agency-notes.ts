/**
 * What the directory says beside an agency besides its contacts: that it was merged, renamed or
 * split (and into which agency), and that its contact details are due for re-verification.
 */
import { successionParts } from '../../cms/lib/agencies/succession'
import { verificationDue } from '../../cms/lib/agencies/verification'
import { formatDateVN } from '../../cms/lib/dates'
import { agencyPath } from '../../cms/lib/paths'
import type { Agency } from '../../cms/payload-types'

/** The notes of one agency, in the page's language. */
export interface AgencyNotes {
  /** "Đã hợp nhất, sáp nhập vào" + Bộ X (a link to its page when published) + " từ ngày 01/03/2025." */
  succession: { before: string; successor: string; href: string | null; after: string } | null
  /** "Thông tin liên hệ cần xác minh lại: …" when the last verification is older than the set age. */
  reverify: string | null
}

type Lookup = (id: string) => Pick<Agency, 'name' | 'nameEn' | 'slug'> | undefined

const idOf = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(typeof v === 'object' ? (v as { id: unknown }).id : v))

/** Returns the notes of `agency` at `now`; `lookup` finds a published agency by id (an unpublished successor is named without a link). */
export function agencyNotes(agency: Agency, opts: { lookup: Lookup; now: Date; months: number; lang?: 'vi' | 'en' }): AgencyNotes {
  const lang = opts.lang ?? 'vi'
  let succession: AgencyNotes['succession'] = null
  const successorId = idOf(agency.successor)
  if (successorId) {
    const populated = agency.successor && typeof agency.successor === 'object' ? agency.successor : undefined
    const successor = opts.lookup(successorId) ?? populated
    const name = successor ? (lang === 'en' && successor.nameEn ? successor.nameEn : successor.name) : lang === 'en' ? 'another agency' : 'một cơ quan khác'
    succession = { ...successionParts(agency.successionKind, agency.succeededAt, lang), successor: name, href: successor?.slug ? agencyPath(successor.slug, lang) : null }
  }
  let reverify: string | null = null
  if (verificationDue(agency.lastVerifiedAt, opts.now, opts.months)) {
    const last = formatDateVN(agency.lastVerifiedAt)
    reverify =
      lang === 'en'
        ? `Contact details due for re-verification: ${last ? `last verified on ${last}, more than ${opts.months} months ago` : 'never verified'}. Check with the agency before relying on them.`
        : `Thông tin liên hệ cần xác minh lại: ${last ? `xác minh lần cuối ngày ${last}, đã quá ${opts.months} tháng` : 'chưa từng được xác minh'}. Hãy kiểm tra lại với cơ quan trước khi sử dụng.`
  }
  return { succession, reverify }
}
