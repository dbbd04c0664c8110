/**
 * Effects of an amending document on another, per provision (issue 14). Law on Promulgation
 * of Legal Documents 2025 Art 65 (consolidation) needs, for each changed provision, what was
 * changed, how, by which provision of which document and from when.
 */

/** What an effect does to its target provision. */
export type EffectOperation = 'amend' | 'insert' | 'replace' | 'repeal' | 'substitute' | 'suspend' | 'cease'

/** Vietnamese names of the operations, as the editor and the reader see them. */
export const OPERATION_LABELS: Record<EffectOperation, string> = {
  amend: 'Sửa đổi',
  insert: 'Bổ sung',
  replace: 'Thay thế',
  repeal: 'Bãi bỏ',
  substitute: 'Thay cụm từ',
  suspend: 'Đình chỉ',
  cease: 'Ngưng hiệu lực',
}

/** One effect as proposed from the amending text (before the editor confirms it). */
export interface ProposedEffect {
  operation: EffectOperation
  /** Anchor of the target provision in the amended document: 'dieu-5', 'dieu-5-khoan-2-diem-c'. */
  target: string
  /** For insert: the sibling the new provision follows ('dieu-10'); '' to append to the parent. */
  after: string
  /** The new wording (quoted text of the amending document, quotes removed), one paragraph a line. */
  wording: string[]
  /** For substitute: the phrase replaced and its replacement. */
  phraseFrom: string
  phraseTo: string
  /** Anchor of the amending provision in the amending document ('dieu-1-khoan-2'). */
  source: string
  /** The amending provision as cited: 'khoản 2 Điều 1'. */
  sourceLabel: string
}

/** A confirmed effect, with the amending document and its effective date (yyyy-mm-dd). */
export interface AppliedEffect extends ProposedEffect {
  effectiveAt: string
  /** The amending document as named in footnotes: 'Nghị định số 12/2026/NĐ-CP'. */
  amendingTitle: string
  /** Public path of the amending document, for links ('' if not on the portal). */
  amendingPath: string
}

/** An amending instruction that could not be placed: the editor enters it by hand. */
export interface UnplacedInstruction {
  source: string
  sourceLabel: string
  text: string
}
