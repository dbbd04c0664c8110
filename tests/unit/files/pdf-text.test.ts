import { describe, expect, it } from 'vitest'

import { extractPdfText, ocrAvailable } from '../../../cms/lib/files/pdf-text'
import { makeImagePdf, makeTextPdf } from '../../helpers/make-pdf'

const PAGE_1 = ['Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định việc cung cấp thông tin trên cổng.', '', 'Điều 2. Đối tượng áp dụng']
const PAGE_2 = ['1. Cơ quan nhà nước ở trung ương và địa phương.', '2. Ưu tiên sử dụng văn bản điện tử; tổ chức, cá nhân có liên quan.']
const PAGE_3 = ['Điều 3. Hiệu lực thi hành', 'Nghị định này có hiệu lực kể từ ngày ký ban hành.']

describe('extractPdfText', () => {
  it('reads the text layer as NFC lines, pages apart, so that a parser finds provisions at line starts', async () => {
    const result = await extractPdfText(await makeTextPdf([PAGE_1, PAGE_2, PAGE_3]))
    expect(result).toMatchObject({ pages: 3, source: 'text-layer', pagesWithoutText: 0 })
    expect(result.text).toBe(result.text.normalize('NFC'))
    const lines = result.text.split('\n')
    for (const line of ['Điều 1. Phạm vi điều chỉnh', 'Điều 2. Đối tượng áp dụng', '1. Cơ quan nhà nước ở trung ương và địa phương.', 'Điều 3. Hiệu lực thi hành']) {
      expect(lines).toContain(line)
    }
    // Page 2 starts after a blank line.
    expect(result.text).toContain('Điều 2. Đối tượng áp dụng\n\n1. Cơ quan nhà nước')
  })

  it('returns NFC text from a PDF drawn with decomposed marks', async () => {
    const decomposed = 'Điều 5. Trách nhiệm của Bộ Thông tin và Truyền thông'.normalize('NFD')
    const { text } = await extractPdfText(await makeTextPdf([[decomposed]]))
    expect(text).toBe('Điều 5. Trách nhiệm của Bộ Thông tin và Truyền thông'.normalize('NFC'))
  })

  it('refuses a file that is not a PDF with a Vietnamese message', async () => {
    await expect(extractPdfText(new TextEncoder().encode('PK\u0003\u0004 một tệp Word'))).rejects.toThrow(/^Không đọc được tệp PDF/)
  })

  it('says a scanned PDF has no text when OCR is not asked for', async () => {
    const result = await extractPdfText(await makeImagePdf(['Điều 1. Phạm vi điều chỉnh']), { ocr: 'never' })
    expect(result).toMatchObject({ text: '', source: 'none', pages: 1, pagesWithoutText: 1 })
  })

  it('reads a scanned PDF with OCR in Vietnamese (Debian: tesseract-ocr tesseract-ocr-vie poppler-utils)', async () => {
    expect(await ocrAvailable(), 'install tesseract-ocr tesseract-ocr-vie poppler-utils (CI does)').toBe(true)
    const result = await extractPdfText(await makeImagePdf(['Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định về văn bản điện tử.']))
    expect(result.source).toBe('ocr')
    const text = result.text.toLowerCase()
    for (const word of ['điều 1', 'phạm vi', 'văn bản điện tử']) expect(text).toContain(word)
  }, 60_000)
})
