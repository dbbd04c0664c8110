import mammoth from 'mammoth'
import { nfc } from '../vietnamese'

/** Text extracted from a Word file, with Vietnamese warnings for the editor. */
export interface DocxText {
  text: string
  warnings: string[]
}

/** Shown when Word's automatic numbering is used: raw text extraction drops those numbers. */
export const AUTO_NUMBERING_WARNING =
  'Tệp Word dùng đánh số tự động; số thứ tự khoản, điểm có thể không được giữ lại, vui lòng kiểm tra cấu trúc.'

/**
 * Returns the plain text (NFC, one paragraph per line) of a .docx file. Throws an Error with
 * a Vietnamese message when the file is not a readable .docx (e.g. an old binary .doc).
 */
export async function docxToText(buffer: Buffer): Promise<DocxText> {
  let raw: Awaited<ReturnType<typeof mammoth.extractRawText>>
  let html: string
  try {
    raw = await mammoth.extractRawText({ buffer })
    // Only to detect Word list numbering, which extractRawText silently omits.
    html = (await mammoth.convertToHtml({ buffer })).value
  } catch (cause) {
    throw new Error('Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không đúng định dạng.', { cause })
  }
  const warnings = raw.messages.map((m) => `Cảnh báo khi đọc tệp Word: ${m.message}`)
  if (/<ol[\s>]/.test(html)) warnings.push(AUTO_NUMBERING_WARNING)
  return { text: nfc(raw.value), warnings }
}
