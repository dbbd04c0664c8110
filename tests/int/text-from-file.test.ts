import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { refs } from '../helpers/documents'
import { makeImagePdf, makeTextPdf } from '../helpers/make-pdf'
import { createTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

const LINES = ['QUYẾT ĐỊNH', 'Về việc ban hành quy chế', 'Điều 1. Phạm vi điều chỉnh', 'Quy chế này quy định việc gửi, nhận văn bản điện tử.', 'Điều 2. Hiệu lực', 'Quyết định có hiệu lực kể từ ngày ký.']

async function media(bytes: Uint8Array, name: string) {
  return t.payload.create({ collection: 'media', data: { alt: name }, file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name, size: bytes.length }, overrideAccess: true })
}

beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
}, 120_000)
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

describe('text taken from the original file', () => {
  it('fills an empty text from a PDF original, structures it into provisions and says where it came from', async () => {
    const pdf = await media(await makeTextPdf([LINES]), 'qd-21.pdf')
    const r = await refs(t.payload, 'Quyết định', 'Văn phòng Chính phủ')
    const doc = await t.payload.create({
      collection: 'legal-documents',
      data: { ...r, numberSymbol: '21/QĐ-VPCP', summary: 'Quy chế gửi, nhận văn bản điện tử', issuedAt: '2026-11-02T00:00:00+07:00', attachments: [{ file: pdf.id, label: 'Bản gốc', kind: 'original' }], workflowState: 'published', _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(doc.textOrigin).toBe('pdf')
    expect(doc.textChecked).toBe(false)
    expect(doc.fullText).toContain('Điều 1. Phạm vi điều chỉnh')
    expect(doc.bodyHtml).toContain('id="dieu-1"')
    expect((doc.toc as { anchor: string }[]).map((e) => e.anchor)).toEqual(['dieu-1', 'dieu-2'])
    // An editor's own text is never replaced, and is marked as typed.
    const typed = await t.payload.update({ collection: 'legal-documents', id: doc.id, data: { fullText: 'Điều 1. Phạm vi\nNội dung biên tập lại.', textChecked: true, _status: 'published' } as never, overrideAccess: true })
    expect(typed.fullText).toContain('biên tập lại')
    expect(typed.textOrigin).toBe('pdf')
    expect(typed.textChecked).toBe(true)
  })

  it('queues OCR for a scanned original and fills the text when the job runs', async () => {
    const scan = await media(await makeImagePdf(['Điều 1. Phạm vi điều chỉnh', 'Quy chế này quy định việc lưu trữ văn bản điện tử.']), 'qd-22-scan.pdf')
    const r = await refs(t.payload, 'Quyết định', 'Văn phòng Chính phủ')
    const doc = await t.payload.create({
      collection: 'legal-documents',
      data: { ...r, numberSymbol: '22/QĐ-VPCP', summary: 'Quy chế lưu trữ', issuedAt: '2026-11-03T00:00:00+07:00', attachments: [{ file: scan.id, label: 'Bản quét', kind: 'original' }], workflowState: 'published', _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(doc.textOrigin).toBe('ocrPending')
    expect(String(doc.fullText ?? '')).toBe('')
    const queued = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'ocrDocumentText' } }, overrideAccess: true })
    expect(queued.docs.map((j) => (j.input as { id: string }).id)).toEqual([String(doc.id)])
    await t.payload.jobs.run({ queue: 'default', limit: 10 })
    const after = await t.payload.findByID({ collection: 'legal-documents', id: doc.id, overrideAccess: true })
    expect(after.textOrigin).toBe('ocr')
    expect(after._status).toBe('published')
    expect(after.fullText!.toLowerCase()).toContain('phạm vi')
    expect(after.bodyHtml).toContain('id="dieu-1"')
  }, 60_000)
})
