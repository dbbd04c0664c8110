import type { Line } from './lines'

// The document type line, printed in capitals, sometimes followed by the title on the same line.
const TYPE_LINE = new RegExp(
  String.raw`^(HIẾN PHÁP|BỘ LUẬT|LUẬT|NGHỊ QUYẾT(?: LIÊN TỊCH)?|PHÁP LỆNH|LỆNH|NGHỊ ĐỊNH|QUYẾT ĐỊNH|` +
    String.raw`THÔNG TƯ(?: LIÊN TỊCH)?|CHỈ THỊ|QUY CHẾ|QUY ĐỊNH|THÔNG BÁO|HƯỚNG DẪN|KẾ HOẠCH|` +
    String.raw`CHƯƠNG TRÌNH|CÔNG ĐIỆN|CÔNG VĂN|BÁO CÁO|TỜ TRÌNH|ĐỀ ÁN|VĂN BẢN HỢP NHẤT)(?:\s+[^\p{Ll}:]*)?$`,
  'u',
)
// Lines that open the preamble, never part of the title (trích yếu).
const PREAMBLE_START = /^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Xét|Để|Nhằm|Trong (những|thời gian|năm))/u
const HEADER_LINE =
  /^(Số\s*:|CỘNG HÒA|CỘNG HOÀ|Độc lập\s*[-–]|.{0,60}ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$)/iu
const MAX_TITLE_LINES = 6

/** True when the text has letters and none of them is lower-case. */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text)
}

/** Returns [start, end) of the title block (type line + trích yếu) among `lines`, or null. */
export function findTitle(lines: Line[]): [number, number] | null {
  const start = lines.findIndex((l) => TYPE_LINE.test(l.text))
  if (start < 0) return null
  let end = start + 1
  const summaryCaps = lines[end] ? isAllCaps(lines[end]!.text) : false
  while (end < lines.length && end - start <= MAX_TITLE_LINES) {
    const { text, afterRule } = lines[end]!
    if (afterRule || PREAMBLE_START.test(text) || /[.;:]$/.test(text) || text.length > 300) break
    // An all-caps line after a sentence-case summary is the issuing authority of a
    // Quyết định ('BỘ TRƯỞNG BỘ NỘI VỤ'): it opens the preamble. Lower-case starts continue the title.
    const continues = /^\p{Ll}/u.test(text) || isAllCaps(text) === summaryCaps
    if (end > start + 1 && !continues) break
    end++
  }
  return [start, end]
}

/** Result of `splitFrontMatter`. */
export interface FrontMatter {
  header: string[]
  title: string[]
  preamble: string[]
}

/**
 * Splits the lines before the first unit into header, title and preamble. Without a type
 * line, the header is the leading run of header-looking lines (quốc hiệu, 'Số:', date).
 */
export function splitFrontMatter(lines: Line[], title: [number, number] | null): FrontMatter {
  const texts = lines.map((l) => l.text)
  if (title && title[0] < lines.length) {
    const [start, end] = title
    return { header: texts.slice(0, start), title: texts.slice(start, end), preamble: texts.slice(end) }
  }
  let headerEnd = 0
  texts.forEach((text, i) => {
    if (i === headerEnd && (HEADER_LINE.test(text) || (isAllCaps(text) && text.length <= 60))) headerEnd = i + 1
  })
  return { header: texts.slice(0, headerEnd), title: [], preamble: texts.slice(headerEnd) }
}
