import type { Line } from './lines'
import { detectMarker } from './markers'

/** 'articles': the text has Điều; 'sections': a directive whose numbered sections are the articles. */
export type BodyMode = 'articles' | 'sections'

// './.' is the conventional end-of-text mark of Vietnamese administrative documents.
const END_MARK = /\.\s*\/\s*\.\s*$/u
const DOC =
  '(Chỉ thị|Nghị định|Quyết định|Thông tư|Nghị quyết|Kế hoạch|Công điện|Thông báo|Luật|Pháp lệnh|Quy chế|Quy định)'
const EXECUTION = new RegExp(`(thực hiện|thi hành|triển khai)[^.]*${DOC} này`, 'u')
const IN_FORCE = new RegExp(`^${DOC} này có hiệu lực`, 'u')
// A law or resolution ends with the record of its adoption, outside any article.
const ADOPTION = /^(Luật|Bộ luật|Nghị quyết|Pháp lệnh|Hiến pháp) này (đã )?được .*thông qua/u

/** Returns the index where the closing paragraphs start within [from, end), or `end` if there are none. */
export function findClosingStart(lines: Line[], quoted: boolean[], from: number, end: number, mode: BodyMode): number {
  const isText = (i: number) => i > from && !quoted[i] && detectMarker(lines[i]!.text) === null
  if (mode === 'articles') {
    // In Điều-structured texts, execution clauses live inside the last article.
    let k = end
    while (isText(k - 1) && ADOPTION.test(lines[k - 1]!.text)) k--
    return k
  }
  const last = end - 1
  if (!isText(last)) return end
  const lastText = lines[last]!.text
  if (!END_MARK.test(lastText) && !EXECUTION.test(lastText)) return end
  let k = last
  while (isText(k - 1) && (EXECUTION.test(lines[k - 1]!.text) || IN_FORCE.test(lines[k - 1]!.text))) k--
  // Right after a section heading ('8. … có trách nhiệm:') the paragraph is that section's
  // only content, not the closing.
  if (detectMarker(lines[k - 1]!.text)?.kind === 'numbered') k++
  return Math.min(k, end)
}
