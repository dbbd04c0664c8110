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

/** Returns the words around the successor's name: "Đã hợp nhất, sáp nhập vào" … " từ ngày 01/03/2025." */
export function successionParts(kind: string | null | undefined, since: DateInput, lang: 'vi' | 'en' = 'vi'): { before: string; after: string } {
  const words = SUCCESSION_KINDS.find((k) => k.value === kind) ?? SUCCESSION_KINDS[0]
  const date = formatDateVN(since)
  return lang === 'en' ? { before: words.en, after: `${date ? ` on ${date}` : ''}.` } : { before: words.vi, after: `${date ? ` từ ngày ${date}` : ''}.` }
}

/** Returns the note as one sentence: "Đã hợp nhất, sáp nhập vào Bộ X từ ngày 01/03/2025." */
export function successionNote(kind: string | null | undefined, successorName: string, since: DateInput, lang: 'vi' | 'en' = 'vi'): string {
  const { before, after } = successionParts(kind, since, lang)
  return `${before} ${successorName}${after}`
}
