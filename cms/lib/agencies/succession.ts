/**
 * Agencies merge, split and change names (the 2025 reorganisation merged ministries and
 * provinces): a record that no longer exists keeps its page, marked with the agency that took
 * over its work, so old links and old documents still lead somewhere true.
 */
import { formatDateVN, type DateInput } from '../dates'

/** What happened to an agency that has a successor, with Vietnamese and English wording. */
export const SUCCESSION_KINDS = [
  { value: 'merged', vi: 'Đã hợp nhất, sáp nhập vào', en: 'Merged into' },
  { value: 'renamed', vi: 'Đã đổi tên thành', en: 'Renamed' },
  { value: 'split', vi: 'Đã chia tách; nhiệm vụ chuyển cho', en: 'Split; its duties passed to' },
] as const

export type SuccessionKind = (typeof SUCCESSION_KINDS)[number]['value']

/** Returns the note shown beside a succeeded agency: "Đã hợp nhất, sáp nhập vào Bộ X từ ngày 01/03/2025." (successor name given by the caller). */
export function successionNote(kind: string | null | undefined, successorName: string, since: DateInput, lang: 'vi' | 'en' = 'vi'): string {
  const words = SUCCESSION_KINDS.find((k) => k.value === kind) ?? SUCCESSION_KINDS[0]
  const date = formatDateVN(since)
  if (lang === 'en') return `${words.en} ${successorName}${date ? ` on ${date}` : ''}.`
  return `${words.vi} ${successorName}${date ? ` từ ngày ${date}` : ''}.`
}
