import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractPdfText, ocrAvailable, pageText } from '../../../cms/lib/files/pdf-text'
import { parseLegalText } from '../../../cms/lib/legal-text'
import { makeImagePdf, makeTextPdf } from '../../helpers/make-pdf'

const READ_ERROR = /^Không đọc được tệp PDF: /

// Every tone (ngang, huyền, sắc, hỏi, ngã, nặng) on every vowel, the modified vowels and đ, in
// lower and upper case; one short line each (pdf.js drops text drawn beyond the page's edge).
const LOWER = ['a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ', 'e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị', 'o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ', 'u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ']
const TONES = [...LOWER, ...LOWER.map((l) => l.toUpperCase())]
const PAGES = [
  [
    'NGHỊ ĐỊNH',
    'Quy định về cổng thông tin điện tử',
    '',
    'Điều 1. Phạm vi điều chỉnh',
    'Nghị định này quy định việc cung cấp thông tin trên cổng thông tin điện tử.',
    '1. Khoản một: cơ quan nhà nước công khai thông tin.',
  ],
  ['Khoản 2. Ưu tiên cung cấp thông tin về thủ tục hành chính.', ...TONES],
  ['Điều 2. Hiệu lực thi hành', 'Nghị định này có hiệu lực kể từ ngày ký ban hành./.'],
]

const INSTALL_OCR =
  'OCR is not available: install the Debian packages tesseract-ocr tesseract-ocr-vie poppler-utils ' +
  '(CI installs them; the OCR path of cms/lib/files/pdf-text.ts is tested, not skipped)'

/** A minimal PDF whose /Encrypt dictionary needs a user password (random /O and /U entries). */
function passwordProtectedPdf(): Uint8Array {
  const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 255).toString(16).padStart(2, '0')).join('')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 1)}> /U <${hex(32, 2)}> /P -4 >>`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>] >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

/** Word-wraps each line at `width` characters. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = []
      let current = ''
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current)
          current = word
        } else current = current ? `${current} ${word}` : word
      }
      return [...out, current]
    })
    .join('\n')
}

describe('extractPdfText: text layer', () => {
  let pdf: Uint8Array
  beforeAll(async () => {
    pdf = await makeTextPdf(PAGES)
  })

  it('reads Vietnamese text over 3 pages in NFC, one PDF line per line, pages apart', async () => {
    const result = await extractPdfText(pdf)
    expect(result).toMatchObject({ pages: 3, source: 'text-layer', pagesWithoutText: 0 })
    expect(typeof result.ocrAvailable).toBe('boolean')
    expect(result.text).toBe(result.text.normalize('NFC'))
    // The blank line drawn between the title and Điều 1 is a paragraph gap; pages are paragraphs too.
    expect(result.text).toBe(
      [PAGES[0]!.slice(0, 2).join('\n'), PAGES[0]!.slice(3).join('\n'), PAGES[1]!.join('\n'), PAGES[2]!.join('\n')].join('\n\n'),
    )
    expect(result.text).toMatch(/^Điều 1\. Phạm vi điều chỉnh$/m)
    expect(result.text).toMatch(/^1\. Khoản một: /m)
    expect(result.text).toMatch(/^Khoản 2\. Ưu tiên /m)
    expect(result.text).toMatch(/^Điều 2\. Hiệu lực thi hành$/m)
  })

  it('composes decomposed (NFD) letters drawn into the PDF to NFC', async () => {
    const nfd = PAGES.map((lines) => lines.map((l) => l.normalize('NFD')))
    expect(nfd[1]![1]).not.toBe(TONES[0])
    const { text, source } = await extractPdfText(await makeTextPdf(nfd))
    expect(source).toBe('text-layer')
    expect(text).not.toMatch(/\p{M}/u)
    for (const line of TONES) expect(text.split('\n')).toContain(line)
    expect(text).toMatch(/^Điều 1\. Phạm vi điều chỉnh$/m)
  })

  it('reads a subset font (only the glyphs used, as word processors embed) the same', async () => {
    const whole = await extractPdfText(pdf)
    const subset = await extractPdfText(await makeTextPdf(PAGES.map((l) => l.map((x) => x.normalize('NFD'))), { subset: true }))
    expect(subset.text).toBe(whole.text)
  })

  it('still reads when a library has added an enumerable method to Array.prototype (drizzle-kit adds `random`)', async () => {
    const pdf = await makeTextPdf([['Điều 1. Phạm vi điều chỉnh']])
    Object.defineProperty(Array.prototype, 'ganNgauNhien', { value: () => undefined, enumerable: true, configurable: true, writable: true })
    try {
      expect((await extractPdfText(pdf)).text).toBe('Điều 1. Phạm vi điều chỉnh')
      // Still there for whoever added it, just no longer enumerated.
      expect(typeof ([] as unknown as { ganNgauNhien: unknown }).ganNgauNhien).toBe('function')
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>).ganNgauNhien
    }
  })

  it('keeps a short text layer (a cover page) when OCR is not run', async () => {
    const result = await extractPdfText(await makeTextPdf([['Trang bìa']]), { ocr: 'never' })
    expect(result).toMatchObject({ text: 'Trang bìa', source: 'text-layer', pages: 1, pagesWithoutText: 1 })
  })

  it('reads a Node Buffer that is a view into a larger memory block (as fs and uploads give)', async () => {
    const pdf = await makeTextPdf([['Điều 2. Đối tượng áp dụng']])
    const view = Buffer.concat([Buffer.alloc(16, 0x20), Buffer.from(pdf)]).subarray(16)
    expect(view.byteOffset).toBe(16)
    expect((await extractPdfText(view)).text).toBe('Điều 2. Đối tượng áp dụng')
    expect(view.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('leaves the caller’s bytes alone (pdf.js detaches the buffer it is given)', async () => {
    const before = pdf.byteLength
    await extractPdfText(pdf)
    expect(pdf.byteLength).toBe(before)
    expect((await extractPdfText(pdf)).pages).toBe(3)
  })

  it('reads at most maxPages pages but reports the document’s page count', async () => {
    const { text, pages } = await extractPdfText(pdf, { maxPages: 2 })
    expect(pages).toBe(3)
    expect(text).toContain('Khoản 2. Ưu tiên')
    expect(text).not.toContain('Điều 2.')
  })

  it('keeps the two columns of the header and signature block apart with a tab', async () => {
    const { text } = await extractPdfText(
      await makeTextPdf([
        ['CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tĐộc lập - Tự do - Hạnh phúc', 'Điều 1. Phạm vi điều chỉnh của Nghị định', 'Nơi nhận:\tTM. CHÍNH PHỦ', '- Như trên;\tTHỦ TƯỚNG'],
      ]),
    )
    expect(text.split('\n')).toEqual([
      'CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Điều 1. Phạm vi điều chỉnh của Nghị định',
      'Nơi nhận:\tTM. CHÍNH PHỦ',
      '- Như trên;\tTHỦ TƯỚNG',
    ])
  })

  it('gives the legal-text parser the same document as the text the PDF was made from', async () => {
    // Wrapped at 60 characters as a word processor would (a wrapped line is its own line in the PDF).
    const source = wrap(readFileSync(new URL('../legal-text/fixtures/nghi-dinh.txt', import.meta.url), 'utf8'), 60)
    const lines = source.split('\n')
    const pages: string[][] = []
    for (let i = 0; i < lines.length; i += 40) pages.push(lines.slice(i, i + 40))
    const { text } = await extractPdfText(await makeTextPdf(pages))
    const fromPdf = parseLegalText(text)
    const fromSource = parseLegalText(source)
    expect(fromPdf.structured).toBe(true)
    for (const key of ['header', 'title', 'preamble', 'body', 'closing', 'recipients', 'signature'] as const) {
      expect(fromPdf[key], key).toEqual(fromSource[key])
    }
  })
})

describe('extractPdfText: files it cannot read', () => {
  it('rejects a malformed buffer with a Vietnamese message for the editor', async () => {
    await expect(extractPdfText(new Uint8Array(Buffer.from('%PDF-1.7\nđây không phải PDF')))).rejects.toThrow(READ_ERROR)
    await expect(extractPdfText(new Uint8Array(Buffer.from('<html>trang web</html>')))).rejects.toThrow(
      'Không đọc được tệp PDF: tệp bị hỏng hoặc không phải định dạng PDF.',
    )
    await expect(extractPdfText(new Uint8Array(0))).rejects.toThrow('Không đọc được tệp PDF: tệp rỗng.')
  })

  it('rejects a truncated PDF with the Vietnamese message, never a raw pdf.js error', async () => {
    const whole = await makeTextPdf([['Điều 1. Phạm vi điều chỉnh']])
    for (const cut of [0.1, 0.5, 0.9]) {
      const result = extractPdfText(whole.slice(0, Math.floor(whole.length * cut))).then(
        (r) => r.source,
        (err: Error) => err.message,
      )
      expect(await result).toMatch(/^(text-layer|ocr|none)$|^Không đọc được tệp PDF: /)
    }
  })

  it('says a password-protected file has a password', async () => {
    const err = await extractPdfText(passwordProtectedPdf()).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).message).toMatch(READ_ERROR)
    expect((err as Error).message).toContain('Tệp PDF có mật khẩu')
  })

  it('stops when the signal is aborted', async () => {
    const pdf = await makeTextPdf([['Điều 1. Phạm vi điều chỉnh']])
    await expect(extractPdfText(pdf, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('extractPdfText: scanned PDF without a text layer', () => {
  // Made on first use, after the OCR check (making it needs pdftoppm too).
  let made: Promise<Uint8Array> | undefined
  const scan = () =>
    (made ??= makeImagePdf(['Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định việc cung cấp thông tin.', 'Khoản 2. Ưu tiên cơ quan nhà nước']))

  it('reads it with OCR (tesseract, Vietnamese) when OCR is available — and it must be, here and in CI', async () => {
    expect(await ocrAvailable(), INSTALL_OCR).toBe(true)
    const result = await extractPdfText(await scan())
    expect(result).toMatchObject({ pages: 1, source: 'ocr', ocrAvailable: true, pagesWithoutText: 0 })
    expect(result.text).toBe(result.text.normalize('NFC'))
    const lower = result.text.toLowerCase()
    for (const words of ['điều 1', 'phạm vi', 'nghị định', 'thông tin', 'ưu tiên']) expect(lower, result.text).toContain(words)
  })

  it("gives no text with ocr: 'never'", async () => {
    expect(await extractPdfText(await scan(), { ocr: 'never' })).toEqual({
      text: '',
      pages: 1,
      source: 'none',
      ocrAvailable: await ocrAvailable(),
      pagesWithoutText: 1,
    })
  })
})

describe('pageText: lines from pdf.js text items', () => {
  const item = (str: string, x: number, y: number, width: number, hasEOL = false, size = 12) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width,
    height: size,
    hasEOL,
    dir: 'ltr',
    fontName: 'f1',
  })

  it('joins items without a gap directly and with a gap by one space; a superscript stays on its line', () => {
    expect(
      pageText([
        item('Điều', 72, 700, 26),
        item(' 1.', 98, 700, 14),
        item('Ph', 118, 700, 14), // gap of 6 pt, no space from pdf.js
        item('ạm vi', 132, 700, 30),
        item('1', 162, 704, 4, false, 8), // footnote mark, raised 4 pt
        item('', 166, 704, 0, true),
        item('Khoản', 72, 684, 30),
      ]),
    ).toBe('Điều 1. Phạm vi1\nKhoản')
  })

  it('never puts a space before a combining mark drawn as its own item', () => {
    expect(pageText([item('Đie', 72, 700, 20), item('\u0302\u0300u', 95, 700, 8)])).toBe('Điều')
  })

  it('starts a new line when the baseline moves, and a paragraph when it moves clearly more than usual', () => {
    const lines = [700, 684, 668, 636, 620].map((y, i) => item(`Dòng ${i + 1}`, 72, y, 40))
    expect(pageText(lines)).toBe('Dòng 1\nDòng 2\nDòng 3\n\nDòng 4\nDòng 5')
  })

  it('ignores marked-content entries and collapses spaces', () => {
    expect(pageText([{ type: 'beginMarkedContent' }, item('a  \u00a0 b\u000c', 72, 700, 30), { type: 'endMarkedContent' }])).toBe('a b')
  })
})
