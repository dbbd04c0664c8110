/**
 * Codes and Vietnamese labels shared by the comment form, moderation and the consultation
 * report. Kept in one file so a stance or category can never be spelt two ways.
 */

/** Stance codes, in the order the form shows them (glossary: tán thành / không tán thành / đồng ý một phần). */
export const STANCE_CODES = ['agree', 'disagree', 'partlyAgree'] as const
/** A commenter's stance on the draft. */
export type StanceCode = (typeof STANCE_CODES)[number]

/** Vietnamese label of each stance. */
export const STANCE_LABELS: Readonly<Record<StanceCode, string>> = Object.freeze({
  agree: 'Tán thành',
  disagree: 'Không tán thành',
  partlyAgree: 'Đồng ý một phần',
})

/** Submitter category codes, in form order (peers: citizen, enterprise, agency). */
export const SUBMITTER_CATEGORY_CODES = ['individual', 'business', 'organisation'] as const
/** Who the commenter speaks for. */
export type SubmitterCategory = (typeof SUBMITTER_CATEGORY_CODES)[number]

/** Vietnamese label of each submitter category. */
export const SUBMITTER_CATEGORY_LABELS: Readonly<Record<SubmitterCategory, string>> = Object.freeze({
  individual: 'Cá nhân',
  business: 'Doanh nghiệp',
  organisation: 'Cơ quan, tổ chức',
})

/** How the drafting agency answered a comment in its report (tiếp thu / giải trình). */
export type ResponseKind = 'accepted' | 'explained'

/** Vietnamese label of each response kind, as used in the báo cáo tổng hợp, tiếp thu, giải trình. */
export const RESPONSE_LABELS: Readonly<Record<ResponseKind, string>> = Object.freeze({
  accepted: 'Tiếp thu',
  explained: 'Giải trình',
})

/** Returns true when `value` is a known stance code. */
export function isStanceCode(value: unknown): value is StanceCode {
  return typeof value === 'string' && (STANCE_CODES as readonly string[]).includes(value)
}

/** Returns true when `value` is a known submitter category code. */
export function isSubmitterCategory(value: unknown): value is SubmitterCategory {
  return typeof value === 'string' && (SUBMITTER_CATEGORY_CODES as readonly string[]).includes(value)
}
