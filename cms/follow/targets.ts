/**
 * What a person can follow (issue #17 part 2) and which events each thing has. Pure: the hooks,
 * the fan-out and the pages all read these lists.
 */
import { foldAccents, normalizeTonePlacement } from '../lib/vietnamese'

/** Things followed: one document, a field, an issuer, a document type, a search, one draft, every new draft. */
export const FOLLOW_TARGETS = [
  { value: 'document', label: 'Một văn bản', param: 'van-ban' },
  { value: 'field', label: 'Lĩnh vực', param: 'linh-vuc' },
  { value: 'issuer', label: 'Cơ quan ban hành', param: 'co-quan' },
  { value: 'documentType', label: 'Loại văn bản', param: 'loai' },
  { value: 'search', label: 'Tìm kiếm', param: 'tu-khoa' },
  { value: 'draft', label: 'Một dự thảo', param: 'du-thao' },
  { value: 'allDrafts', label: 'Tất cả dự thảo mới', param: 'tat-ca-du-thao' },
] as const
export type FollowTarget = (typeof FOLLOW_TARGETS)[number]['value']

/** How often mail goes out: at once (one message per event) or one digest a day. */
export const FOLLOW_FREQUENCIES = [
  { value: 'immediate', label: 'Ngay khi có thay đổi' },
  { value: 'daily', label: 'Một thư tổng hợp mỗi ngày' },
] as const
export type FollowFrequency = (typeof FOLLOW_FREQUENCIES)[number]['value']

/** The relation field of a subscription holding the followed item, per target. */
export const TARGET_FIELD = { document: 'document', field: 'field', issuer: 'issuer', documentType: 'documentType', draft: 'draft' } as const

/**
 * Events of a followed document, from the relation type a newly published document holds towards
 * it (cms/lib/relations.ts): amended, replaced, repealed (stopsEffect is a repeal of effect),
 * suspended, consolidated text published.
 */
export const DOCUMENT_EVENTS = {
  amends: { event: 'amended', label: 'được sửa đổi, bổ sung' },
  corrects: { event: 'amended', label: 'được đính chính' },
  replaces: { event: 'replaced', label: 'bị thay thế' },
  repeals: { event: 'repealed', label: 'bị bãi bỏ' },
  stopsEffect: { event: 'repealed', label: 'bị ngưng hiệu lực' },
  suspends: { event: 'suspended', label: 'bị đình chỉ thi hành' },
  consolidates: { event: 'consolidated', label: 'có văn bản hợp nhất mới' },
} as const satisfies Record<string, { event: string; label: string }>

/** Events of a followed draft (and «opened» for every new draft). */
export const DRAFT_EVENTS = {
  opened: 'bắt đầu lấy ý kiến',
  version: 'có phiên bản mới',
  closed: 'hết thời hạn lấy ý kiến',
  report: 'đã công bố báo cáo tiếp thu, giải trình',
} as const
export type DraftEvent = keyof typeof DRAFT_EVENTS

/** Returns text folded for matching: NFC, lower case, tone placement, no diacritics, single spaces. */
export function foldText(text: string): string {
  return foldAccents(normalizeTonePlacement(text.normalize('NFC').toLowerCase()))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Returns whether a new document matches a followed search: every word of the query occurs in its number and summary (accents ignored). */
export function matchesQuery(query: string, doc: { numberSymbol?: string | null; summary?: string | null }): boolean {
  const words = foldText(query).split(' ').filter(Boolean)
  if (!words.length) return false
  const hay = ` ${foldText(`${doc.numberSymbol ?? ''} ${doc.summary ?? ''}`)} `
  return words.every((w) => hay.includes(` ${w}`))
}
