import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkAttachment, detectDocumentFile, formatFileSizeVN, safeAttachmentName } from '../../../cms/consultation/comments/file-check'

const WRONG_TYPE = 'Tệp đính kèm: chỉ nhận PDF, DOC hoặc DOCX (nội dung tệp không phải định dạng này)'

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'))

const pdf = bytes('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00,
  0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
])
const exe = (() => {
  const b = new Uint8Array(256)
  b.set(bytes('MZ'))
  return b
})()

// An OLE2 (Compound File) header sector followed by a directory sector naming its streams.
function ole2(streamNames: string[]): Uint8Array {
  const out = new Uint8Array(1024)
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  ;['Root Entry', ...streamNames].forEach((name, i) => {
    out.set(new Uint8Array(Buffer.from(name, 'utf16le')), 512 + i * 128)
  })
  return out
}

// A ZIP with stored (uncompressed) entries, as written by any zip tool with -0.
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(entries)) {
    const nameBuf = Buffer.from(name, 'utf8')
    const data = Buffer.from(content, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    locals.push(local, nameBuf, data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBuf.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, nameBuf)
    offset += 30 + nameBuf.length + data.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, cd, end]))
}

const contentTypes = (main: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`
const documentXml =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>Góp ý Điều 5</w:t></w:r></w:p></w:body></w:document>'
const docx = zip({
  '[Content_Types].xml': contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
  'word/document.xml': documentXml,
})
const docm = zip({
  '[Content_Types].xml': contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml'),
  'word/document.xml': documentXml,
})
const plainZip = zip({ 'readme.txt': 'không phải văn bản Word' })

describe('detectDocumentFile', () => {
  it('recognises PDF, DOC (OLE2 with a WordDocument stream) and DOCX by content', async () => {
    expect(await detectDocumentFile(pdf)).toEqual({ kind: 'pdf', mime: 'application/pdf', extension: 'pdf' })
    expect(await detectDocumentFile(ole2(['WordDocument', '1Table']))).toEqual({ kind: 'doc', mime: 'application/msword', extension: 'doc' })
    expect(await detectDocumentFile(docx)).toEqual({
      kind: 'docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    })
  })

  it.each([
    ['a PNG image', png],
    ['a Windows executable', exe],
    ['an Excel 97 workbook (OLE2 without WordDocument)', ole2(['Workbook'])],
    ['a macro-enabled DOCM', docm],
    ['a plain ZIP', plainZip],
    ['plain text', bytes('Đây là văn bản thường, không phải PDF')],
    ['an empty file', new Uint8Array()],
  ])('refuses %s', async (_, buf) => {
    expect(await detectDocumentFile(buf)).toBeNull()
  })
})

describe('checkAttachment', () => {
  it('trusts the content, not the declared name', async () => {
    expect(await checkAttachment(png, 'gop-y.pdf')).toEqual({ ok: false, message: WRONG_TYPE })
    expect(await checkAttachment(exe, 'Góp ý dự thảo.pdf')).toEqual({ ok: false, message: WRONG_TYPE })
    expect(await checkAttachment(plainZip, 'y-kien.docx')).toEqual({ ok: false, message: WRONG_TYPE })
    // A real Word file sent with a wrong extension is accepted and stored under the right one.
    expect(await checkAttachment(docx, 'Ý kiến của Công ty.pdf')).toMatchObject({ ok: true, kind: 'docx', fileName: 'y-kien-cua-cong-ty.docx' })
  })

  it('accepts a PDF and reports its size and a safe name', async () => {
    expect(await checkAttachment(pdf, '..\\..\\Góp ý Điều 5.PDF')).toEqual({
      ok: true,
      kind: 'pdf',
      mime: 'application/pdf',
      extension: 'pdf',
      size: pdf.length,
      fileName: 'gop-y-dieu-5.pdf',
    })
  })

  it('refuses files over the limit before reading them', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    big.set(pdf)
    expect(await checkAttachment(big, 'a.pdf')).toEqual({ ok: false, message: 'Tệp đính kèm: tối đa 10 MB (tệp đã chọn 10,1 MB)' })
    const tooBig = new Uint8Array(12.5 * 1024 * 1024)
    tooBig.set(pdf)
    expect(await checkAttachment(tooBig, 'a.pdf')).toMatchObject({ ok: false, message: 'Tệp đính kèm: tối đa 10 MB (tệp đã chọn 12,5 MB)' })
    expect(await checkAttachment(pdf, 'a.pdf', 50)).toMatchObject({ ok: false, message: expect.stringMatching(/^Tệp đính kèm: tối đa/) })
    const exactly10 = new Uint8Array(10 * 1024 * 1024)
    exactly10.set(pdf)
    expect(await checkAttachment(exactly10, 'a.pdf')).toMatchObject({ ok: true, size: 10 * 1024 * 1024 })
  })

  it('refuses an empty file', async () => {
    expect(await checkAttachment(new Uint8Array(), 'a.pdf')).toEqual({ ok: false, message: 'Tệp đính kèm: tệp rỗng, vui lòng chọn lại tệp' })
  })
})

describe('helpers', () => {
  it('formats sizes the Vietnamese way', () => {
    expect(formatFileSizeVN(10 * 1024 * 1024)).toBe('10 MB')
    expect(formatFileSizeVN(1.25 * 1024 * 1024)).toBe('1,3 MB')
    expect(formatFileSizeVN(10 * 1024 * 1024 + 1)).toBe('10,1 MB')
    expect(formatFileSizeVN(300 * 1024)).toBe('300 KB')
  })

  it('never keeps a path or the declared extension in the stored name', () => {
    expect(safeAttachmentName('/etc/passwd', 'pdf')).toBe('passwd.pdf')
    expect(safeAttachmentName('   .exe', 'doc')).toBe('tep-dinh-kem.doc')
  })
})
