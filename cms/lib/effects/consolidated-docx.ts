/**
 * The consolidated text (văn bản hợp nhất) as a Word document: the same units, wording and
 * footnotes as the page (./consolidated.ts), with real Word footnotes at each changed
 * provision — the form editors then finish in Word when publishing an official VBHN.
 */
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'

import type { TextUnit } from '../legal-text/types'
import { formatDateVN } from '../dates'
import type { PointInTime } from './apply'
import { changesInReadingOrder, footnoteText } from './consolidated'

/** What the Word file says above the text. */
export interface ConsolidatedHeading {
  /** 'Nghị định số 02/2025/NĐ-CP'. */
  title: string
  summary: string
  /** yyyy-mm-dd the text is in force on. */
  day: string
  agencyName: string
}

const FONT = 'Times New Roman'
const run = (text: string, opts: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, font: FONT, size: 26, ...opts })

/** Returns the .docx bytes of the consolidated text. */
export async function consolidatedDocx(pit: PointInTime, heading: ConsolidatedHeading): Promise<Buffer> {
  // One footnote per change, numbered in order, attached to the first line of its unit.
  const notesByAnchor = new Map<string, number[]>()
  const footnotes: Record<number, { children: Paragraph[] }> = {}
  changesInReadingOrder(pit).forEach((change, i) => {
    const n = i + 1
    footnotes[n] = { children: [new Paragraph({ children: [run(footnoteText(change))] })] }
    notesByAnchor.set(change.anchor, [...(notesByAnchor.get(change.anchor) ?? []), n])
  })
  const refs = (anchor: string) => (notesByAnchor.get(anchor) ?? []).map((n) => new FootnoteReferenceRun(n))

  const paragraphs: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(heading.agencyName.toUpperCase(), { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [run(`VĂN BẢN HỢP NHẤT ${heading.title.toUpperCase()}`, { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(heading.summary, { bold: true })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(`Nội dung có hiệu lực tại ngày ${formatDateVN(heading.day)}. Văn bản do cổng thông tin tạo tự động từ các sửa đổi đã được xác nhận; không thay thế văn bản hợp nhất chính thức.`, { italics: true })],
    }),
    ...pit.text.preamble.map((p) => new Paragraph({ children: [run(p, { italics: true })] })),
  ]
  const walk = (units: TextUnit[]) => {
    for (const u of units) {
      const head = [u.label, u.title].filter(Boolean).join(' ')
      const isHeading = u.kind === 'part' || u.kind === 'chapter' || u.kind === 'section' || u.kind === 'article'
      const [first, ...rest] = u.paragraphs
      if (isHeading) {
        paragraphs.push(new Paragraph({ heading: u.kind === 'article' ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: [run(head, { bold: true }), ...refs(u.anchor)] }))
        for (const p of u.paragraphs) paragraphs.push(new Paragraph({ children: [run(p)] }))
      } else {
        paragraphs.push(new Paragraph({ children: [run([head, first].filter(Boolean).join(' ')), ...refs(u.anchor)] }))
        for (const p of rest) paragraphs.push(new Paragraph({ children: [run(p)] }))
      }
      walk(u.children)
    }
  }
  walk(pit.text.body)
  for (const p of pit.text.closing) paragraphs.push(new Paragraph({ children: [run(p)] }))
  const doc = new Document({
    creator: heading.agencyName,
    title: `Văn bản hợp nhất ${heading.title}`,
    styles: { default: { document: { run: { font: FONT } } } },
    footnotes,
    sections: [{ children: paragraphs }],
  })
  return Packer.toBuffer(doc)
}

/**
 * The consolidated text as plain text in the portal's full-text form (one paragraph a line), for
 * publishing it as a document of type "Văn bản hợp nhất": footnote marks `[n]` after each changed
 * provision's first line and the notes after the text, as the official form prints them.
 */
export function consolidatedPlainText(pit: PointInTime): string {
  const marks = new Map<string, number[]>()
  const changes = changesInReadingOrder(pit)
  changes.forEach((c, i) => marks.set(c.anchor, [...(marks.get(c.anchor) ?? []), i + 1]))
  const mark = (anchor: string) => (marks.get(anchor) ?? []).map((n) => `[${n}]`).join('')
  const lines: string[] = [...pit.text.preamble]
  const walk = (units: TextUnit[]) => {
    for (const u of units) {
      const [first, ...rest] = u.paragraphs
      const head = [u.label, u.title].filter(Boolean).join(' ')
      const isHeading = u.kind === 'part' || u.kind === 'chapter' || u.kind === 'section' || u.kind === 'article'
      if (isHeading) {
        lines.push(`${head}${mark(u.anchor)}`)
        lines.push(...u.paragraphs)
      } else {
        lines.push(`${[head, first].filter(Boolean).join(' ')}${mark(u.anchor)}`)
        lines.push(...rest)
      }
      walk(u.children)
    }
  }
  walk(pit.text.body)
  lines.push(...pit.text.closing)
  if (changes.length) lines.push('', ...changes.map((c, i) => `[${i + 1}] ${footnoteText(c)}`))
  return lines.join('\n')
}
