/**
 * Structured full text of a Vietnamese legal document: the output of `parseLegalText`.
 * Glossary: Phần = part, Chương = chapter, Mục = section, Điều = article, Khoản = clause,
 * Điểm = point, dash/plus lines = item.
 */

/**
 * Kind of a structural unit, from the largest (part) to the smallest (item). 'subclause' is a
 * numbered sub-item ('2.1.', '2.2.') of a clause or of a directive's numbered section.
 */
export type UnitKind = 'part' | 'chapter' | 'section' | 'article' | 'clause' | 'subclause' | 'point' | 'item'

/** One structural unit of the body and its sub-units. */
export interface TextUnit {
  kind: UnitKind
  /** Stable, unique in the document, e.g. 'dieu-5-khoan-2-diem-a'. */
  anchor: string
  /** As printed: 'Phần thứ nhất', 'Chương I', 'Mục 2', 'Điều 5a', '1.', 'đ)', '-'. */
  label: string
  /** 'I', '2', '5a', 'đ'; items get their ordinal '1', '2'… */
  number: string
  /** Heading text after the label ('' if none), e.g. 'Phạm vi điều chỉnh'. */
  title: string
  /** The unit's own body paragraphs (not its children); quoted amending text included verbatim. */
  paragraphs: string[]
  children: TextUnit[]
}

/**
 * An annex (Phụ lục) printed after the signature or the recipients: its own heading, text
 * and tables. Its lines are kept as printed, including an annex's own 'Nơi nhận' or signature.
 */
export interface Annex {
  /** 'phu-luc-1', 'phu-luc-2'… (Roman or Arabic numbers alike; unnumbered annexes count up). */
  anchor: string
  /** As printed: 'Phụ lục I', 'PHỤ LỤC'. */
  label: string
  /** Heading lines after the label (the annex's name and 'Kèm theo …' line). */
  title: string[]
  /** Content rows: one cell for a paragraph, several (tab-separated) for a table row. */
  rows: string[][]
}

/** A parsed document: front matter, body units, closing and signature block. */
export interface ParsedLegalText {
  /** False when no unit was detected: then body is empty and `plain` holds every paragraph. */
  structured: boolean
  /** Paragraphs before the title: issuer line, quốc hiệu, 'Số: …', place/date, metadata. */
  header: string[]
  /** Document type heading + title lines (e.g. 'CHỈ THỊ', 'Về việc tăng cường …'). */
  title: string[]
  /** Căn cứ / introductory paragraphs before the first unit. */
  preamble: string[]
  body: TextUnit[]
  /** Paragraphs after the last unit and before the recipients/signature. */
  closing: string[]
  /** Lines of the 'Nơi nhận:' block, without the 'Nơi nhận:' heading itself. */
  recipients: string[]
  /** Signature block lines: 'THỦ TƯỚNG', 'KT. BỘ TRƯỞNG', '(Đã ký)', the signer's name. */
  signature: string[]
  /** Annexes after the signature or recipients (never recipients, never in the last unit). */
  annexes: Annex[]
  /** Every paragraph, only when structured === false. */
  plain: string[]
  /** Vietnamese messages for the editor. */
  warnings: string[]
}
