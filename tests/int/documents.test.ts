import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refreshValidity, refreshValidityOf } from '../../cms/collections/LegalDocuments/validity'
import { documentRecord } from '../../cms/indexing/records'
import { seed } from '../../cms/seed'
import { runImport } from '../../scripts/import'
import { documentContext } from '../../site/lib/cms/documents'
import { SHORT_TEXT, publishDoc, refs } from '../helpers/documents'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => t?.cleanup())

const AMENDING = `NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của Nghị định số 10/2020/NĐ-CP

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 10/2020/NĐ-CP.

Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 10/2020/NĐ-CP
1. Sửa đổi Điều 5 như sau:
“Điều 5. Trách nhiệm của cơ quan
1. Công khai địa chỉ thư điện tử.
a) Trên cổng thông tin điện tử.”
2. Bổ sung Điều 5a như sau:
“Điều 5a. Văn bản điện tử
Văn bản điện tử có giá trị như văn bản giấy.”
Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực từ ngày ký.`

describe('structured full text at save time', () => {
  it('stores anchors, table of contents and articles; quoted articles stay inside the amending one', async () => {
    const doc = await publishDoc(t.payload, { numberSymbol: '11/2021/NĐ-CP', issuedAt: '2021-03-01T00:00:00+07:00', fullText: AMENDING })
    expect(doc.bodyHtml).toContain('id="dieu-1"')
    expect(doc.bodyHtml).toContain('id="dieu-1-khoan-2"')
    expect(doc.bodyHtml).not.toContain('id="dieu-5"')
    expect((doc.toc as { anchor: string }[]).map((e) => e.anchor)).toEqual(['dieu-1', 'dieu-2'])
    // Search indexes one unit per article, parsed from the stored text.
    expect(documentRecord(doc).units?.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-2'])
    expect(doc.hasStructure).toBe(true)
    expect(doc.structureSummary).toMatch(/2 điều/)
  })

  it('warns when no structure is found and keeps every word as paragraphs', async () => {
    const text = 'Thông báo về việc nghỉ lễ.\n\nCác đơn vị bố trí trực theo quy định.'
    const doc = await publishDoc(t.payload, { numberSymbol: '12/TB-CP', issuedAt: '2021-04-01T00:00:00+07:00', fullText: text })
    expect(doc.hasStructure).toBe(false)
    expect(doc.structureSummary).toMatch(/⚠/)
    expect(doc.bodyHtml).toContain('Các đơn vị bố trí trực theo quy định.')
  })

  it('escapes markup pasted into the text', async () => {
    const doc = await publishDoc(t.payload, { numberSymbol: '13/2021/NĐ-CP', issuedAt: '2021-05-01T00:00:00+07:00', fullText: 'Điều 1. Phạm vi\n<script>alert(1)</script> <img src=x onerror=alert(1)>' })
    expect(doc.bodyHtml).not.toMatch(/<script|<img/)
    expect(doc.bodyHtml).toContain('&lt;script&gt;')
  })
})

describe('number-symbol uniqueness', () => {
  for (const variant of ['43/2011/ND-CP', '43/2011/nđ-cp', ' 43 / 2011 / NĐ - CP ', '43/2011/NĐCP']) {
    it(`refuses "${variant}" as a duplicate of 43/2011/NĐ-CP`, async () => {
      const r = await refs(t.payload)
      const err = await t.payload
        .create({ collection: 'legal-documents', data: { ...r, numberSymbol: variant, summary: 'Trùng', issuedAt: '2011-06-13T00:00:00+07:00' }, overrideAccess: true })
        .then(() => null, (e: { data?: { errors?: { path: string; message: string }[] } }) => e)
      expect(err?.data?.errors?.[0]?.path).toBe('numberSymbol')
      expect(err?.data?.errors?.[0]?.message).toMatch(/đã có trong hệ thống/)
    })
  }

  it('allows the same administrative number in another year (15/CT-TTg of 2013)', async () => {
    const r = await refs(t.payload, 'Chỉ thị', 'Thủ tướng Chính phủ')
    const doc = await t.payload.create({ collection: 'legal-documents', data: { ...r, numberSymbol: '15/CT-TTg', summary: 'Chỉ thị khác năm', issuedAt: '2013-07-01T00:00:00+07:00' }, overrideAccess: true })
    expect(doc.slug).toBe('15-ct-ttg')
    expect(doc.year).toBe(2013)
  })

  it('is unique per issuer: another province’s People’s Committee may use the same number, at its own address', async () => {
    const type = (await refs(t.payload, 'Quyết định')).documentType
    const issuer = async (name: string) => (await t.payload.create({ collection: 'issuers', data: { name, abbreviation: 'UBND' }, overrideAccess: true })).id
    const laoCai = await issuer('UBND tỉnh Lào Cai')
    const caoBang = await issuer('UBND tỉnh Cao Bằng')
    const data = { documentType: type, numberSymbol: '94/2022/QĐ-UBND', summary: 'Quyết định cấp tỉnh', issuedAt: '2022-01-20T00:00:00+07:00' }
    const first = await t.payload.create({ collection: 'legal-documents', data: { ...data, issuer: laoCai }, overrideAccess: true })
    const second = await t.payload.create({ collection: 'legal-documents', data: { ...data, issuer: caoBang }, overrideAccess: true })
    expect(first.slug).toBe('94-2022-qd-ubnd')
    expect(second.slug).toBe('94-2022-qd-ubnd-ubnd-tinh-cao-bang')
    expect(second.numberKey).toBe(first.numberKey)
    // Saving again keeps each address.
    const again = await t.payload.update({ collection: 'legal-documents', id: second.id, data: { summary: 'Sửa trích yếu' }, overrideAccess: true })
    expect(again.slug).toBe(second.slug)
    // The same issuer twice is still a duplicate, whatever the spelling.
    const err = await t.payload
      .create({ collection: 'legal-documents', data: { ...data, numberSymbol: '94/2022/QD-UBND', issuer: caoBang }, overrideAccess: true })
      .then(() => null, (e: { data?: { errors?: { path: string; message: string }[] } }) => e)
    expect(err?.data?.errors?.[0]?.path).toBe('numberSymbol')
    expect(err?.data?.errors?.[0]?.message).toMatch(/cùng cơ quan ban hành/)
  })

  it('rejects a symbol whose year contradicts the issue date', async () => {
    const r = await refs(t.payload)
    await expect(t.payload.create({ collection: 'legal-documents', data: { ...r, numberSymbol: '99/2019/NĐ-CP', summary: 'x', issuedAt: '2020-01-05T00:00:00+07:00' }, overrideAccess: true })).rejects.toThrow()
  })
})

describe('workflow: draft → in review → published → withdrawn', () => {
  it('lets an editor submit but not publish, an approver publish and withdraw with a reason, and logs who did it', async () => {
    const editor = await createUser(t.payload, 'editor')
    const approver = await createUser(t.payload, 'approver')
    const r = await refs(t.payload)
    const draft = await t.payload.create({ collection: 'legal-documents', data: { ...r, numberSymbol: '20/2024/NĐ-CP', summary: 'Quy trình', issuedAt: '2024-02-01T00:00:00+07:00', fullText: SHORT_TEXT }, draft: true, user: editor, overrideAccess: false })
    expect(draft.workflowState).toBe('draft')
    const submitted = await t.payload.update({ collection: 'legal-documents', id: draft.id, data: { workflowState: 'inReview' }, draft: true, user: editor, overrideAccess: false })
    expect(submitted.workflowState).toBe('inReview')
    await expect(t.payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })).rejects.toThrow(/không có quyền xuất bản/)
    const published = await t.payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'published' }, user: approver, overrideAccess: false })
    expect(published.workflowState).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    await expect(t.payload.update({ collection: 'legal-documents', id: draft.id, data: { workflowState: 'withdrawn', _status: 'published' }, user: approver, overrideAccess: false })).rejects.toThrow(/lý do/)
    const withdrawn = await t.payload.update({ collection: 'legal-documents', id: draft.id, data: { workflowState: 'withdrawn', withdrawnReason: 'Ban hành nhầm phiên bản', _status: 'published' }, user: approver, overrideAccess: false })
    expect(withdrawn.workflowState).toBe('withdrawn')
    const log = withdrawn.workflowLog ?? []
    expect(log.map((e) => e.to)).toEqual(['Bản nháp', 'Chờ phê duyệt', 'Đã công bố', 'Đã gỡ bỏ'])
    expect(log.at(-1)?.note).toBe('Ban hành nhầm phiên bản')
    expect(String(typeof log[2]?.by === 'object' ? log[2]?.by?.id : log[2]?.by)).toBe(String(approver.id))
  })
})

describe('relations and computed validity', () => {
  it('replacement ends validity from its date; partial amendment; future relations do not count yet; deleting restores', async () => {
    const a = await publishDoc(t.payload, { numberSymbol: '30/2018/NĐ-CP', issuedAt: '2018-01-10T00:00:00+07:00', effectiveAt: '2018-03-01T00:00:00+07:00' })
    expect(a.validity).toBe('inForce')
    const b = await publishDoc(t.payload, { numberSymbol: '31/2022/NĐ-CP', issuedAt: '2022-01-10T00:00:00+07:00', effectiveAt: '2022-03-01T00:00:00+07:00', relations: [{ type: 'replaces', target: a.id }] })
    let v = await refreshValidity(t.payload, a.id)
    expect(v?.status).toBe('outOfForce')
    expect(v?.reason).toContain('31/2022/NĐ-CP')
    const c = await publishDoc(t.payload, { numberSymbol: '32/2019/NĐ-CP', issuedAt: '2019-01-10T00:00:00+07:00', effectiveAt: '2019-02-01T00:00:00+07:00' })
    await publishDoc(t.payload, { numberSymbol: '33/2023/NĐ-CP', issuedAt: '2023-01-10T00:00:00+07:00', effectiveAt: '2023-02-01T00:00:00+07:00', relations: [{ type: 'amends', target: c.id, article: 'dieu-5' }] })
    const cNow = await t.payload.findByID({ collection: 'legal-documents', id: c.id, overrideAccess: true })
    expect(cNow.validity).toBe('partlyOutOfForce')
    const d = await publishDoc(t.payload, { numberSymbol: '34/2020/NĐ-CP', issuedAt: '2020-01-10T00:00:00+07:00', effectiveAt: '2020-02-01T00:00:00+07:00' })
    await publishDoc(t.payload, { numberSymbol: '35/2026/NĐ-CP', issuedAt: '2026-01-10T00:00:00+07:00', effectiveAt: '2099-01-01T00:00:00+07:00', relations: [{ type: 'repeals', target: d.id, effectiveAt: '2099-01-01T00:00:00+07:00' }] })
    expect((await refreshValidity(t.payload, d.id))?.status).toBe('inForce')
    await t.payload.delete({ collection: 'legal-documents', id: b.id, overrideAccess: true })
    v = await refreshValidity(t.payload, a.id)
    expect(v?.status).toBe('inForce')
  })

  it('the nightly recomputation stores what each document’s dates and relations give on that day', async () => {
    const e = await publishDoc(t.payload, { numberSymbol: '36/2026/NĐ-CP', issuedAt: '2026-02-10T00:00:00+07:00', effectiveAt: '2099-03-01T00:00:00+07:00' })
    const f = await publishDoc(t.payload, { numberSymbol: '37/2026/NĐ-CP', issuedAt: '2026-03-10T00:00:00+07:00', effectiveAt: '2026-04-01T00:00:00+07:00' })
    await publishDoc(t.payload, { numberSymbol: '38/2026/NĐ-CP', issuedAt: '2026-05-10T00:00:00+07:00', effectiveAt: '2099-06-01T00:00:00+07:00', relations: [{ type: 'repeals', target: f.id }] })
    expect(e.validity).toBe('notYetInForce')
    // On 2 March 2099 the first has taken effect; the repeal of the second takes effect only on 1 June.
    expect(await refreshValidityOf(t.payload, [e.id, f.id], new Date('2099-03-02T12:00:00+07:00'))).toBe(1)
    const stored = async (id: number) => (await t.payload.findByID({ collection: 'legal-documents', id, depth: 0, overrideAccess: true })).validity
    expect(await stored(e.id)).toBe('inForce')
    expect(await stored(f.id)).toBe('inForce')
    expect(await refreshValidityOf(t.payload, [e.id, f.id], new Date('2099-06-02T12:00:00+07:00'))).toBe(1)
    expect(await stored(f.id)).toBe('outOfForce')
    // Run again on the same day: nothing changes.
    expect(await refreshValidityOf(t.payload, [e.id, f.id], new Date('2099-06-02T12:00:00+07:00'))).toBe(0)
  })

  it('shows each relation from both sides, and only published documents', async () => {
    const { docs } = await t.payload.find({ collection: 'legal-documents', where: { slug: { equals: '15-ct-ttg' }, year: { equals: 2012 } }, depth: 2, overrideAccess: false })
    const ctx = await documentContext(docs[0]!, t.payload)
    const labels = ctx.relations.map((g) => `${g.direction}:${g.label}`)
    expect(labels).toContain('incoming:Được hướng dẫn bởi')
    // 14/CT-UBND and 64/2007/NĐ-CP are seeded without their texts, so as drafts: not shown.
    const guidedBy = ctx.relations.find((g) => g.label === 'Được hướng dẫn bởi')!
    expect(guidedBy.items.map((i) => i.numberSymbol)).toEqual(['02/CT-BNV'])
    expect(labels).not.toContain('outgoing:Dẫn chiếu')
    // The other side: 02/CT-BNV's own relation, outgoing.
    const guide = (await t.payload.find({ collection: 'legal-documents', where: { slug: { equals: '02-ct-bnv' } }, depth: 2, overrideAccess: false })).docs[0]!
    const fromGuide = await documentContext(guide, t.payload)
    // It guides 15/CT-TTg and is based on it: two relations, each seen from this side too.
    expect(fromGuide.relations.filter((g) => g.direction === 'outgoing').map((g) => `${g.label}: ${g.items.map((i) => i.numberSymbol).join()}`).sort()).toEqual(['Căn cứ: 15/CT-TTg', 'Hướng dẫn: 15/CT-TTg'])
  })

  it('an approver may override the computed validity with a reason; an editor may not', async () => {
    const editor = await createUser(t.payload, 'editor')
    const approver = await createUser(t.payload, 'approver')
    const e = await publishDoc(t.payload, { numberSymbol: '40/2015/NĐ-CP', issuedAt: '2015-01-10T00:00:00+07:00', effectiveAt: '2015-02-01T00:00:00+07:00' })
    const byEditor = await t.payload.update({ collection: 'legal-documents', id: e.id, data: { validityOverride: { status: 'outOfForce', reason: 'thử' } }, draft: true, user: editor, overrideAccess: false })
    expect(byEditor.validityOverride?.status ?? null).toBeNull()
    const byApprover = await t.payload.update({ collection: 'legal-documents', id: e.id, data: { validityOverride: { status: 'outOfForce', reason: 'Bị bãi bỏ bởi văn bản chưa số hóa' }, _status: 'published' }, user: approver, overrideAccess: false })
    expect(byApprover.validity).toBe('outOfForce')
    expect(byApprover.validityReason).toContain('chưa số hóa')
  })
})

describe('npm run import', () => {
  it('upserts by number-symbol, reports bad records with file, field and reason, and never half-imports', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'))
    const write = (name: string, body: string) => fs.writeFileSync(path.join(dir, name), body)
    write('a.md', '---\nnumberSymbol: "50/2025/NĐ-CP"\ndocumentType: "Nghị định"\nissuer: "Chính phủ"\nissuedAt: "2025-02-03"\nsummary: "Văn bản nhập thử A"\nrelations:\n  - type: "amends"\n    target: "43/2011/NĐ-CP"\n    article: "dieu-10"\n---\nĐiều 1. Phạm vi\nNội dung.\n')
    write('b.json', JSON.stringify([{ numberSymbol: '51/2025/NĐ-CP', documentType: 'Nghị định', issuer: 'Chính phủ', issuedAt: '2025-13-45', summary: 'Ngày sai' }, { numberSymbol: '52/2025/NĐ-CP', documentType: 'Nghị định', issuer: 'Cơ quan không có', issuedAt: '2025-02-05', summary: 'Cơ quan lạ' }]))
    write('c.md', '---\nnumberSymbol: "không phải số"\ndocumentType: "Nghị định"\nissuer: "Chính phủ"\nissuedAt: "2025-02-06"\nsummary: "Số sai"\n---\n')
    const first = await runImport(dir, t.payload, { progress: false })
    expect(first).toMatchObject({ records: 3, created: 1, updated: 0 })
    const byField = first.errors.map((e) => `${path.basename(e.file.split('#')[0]!)}:${e.field}`).sort()
    expect(byField).toEqual(['b.json:issuedAt', 'b.json:issuer', 'c.md:numberSymbol'])
    expect(first.errors.find((e) => e.field === 'issuer')?.reason).toContain('Cơ quan không có')
    const second = await runImport(dir, t.payload, { progress: false })
    expect(second).toMatchObject({ created: 0, updated: 1 })
    const count = await t.payload.count({ collection: 'legal-documents', where: { slug: { equals: '50-2025-nd-cp' } }, overrideAccess: true })
    expect(count.totalDocs).toBe(1)
    const failed = await t.payload.count({ collection: 'legal-documents', where: { summary: { equals: 'Số sai' } }, overrideAccess: true })
    expect(failed.totalDocs).toBe(0)
  })
})

describe('attachments: type checked from the content', () => {
  it('stores the type found in the bytes, refuses an executable named .pdf, accepts a real PDF', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082', 'hex')
    // The stored type comes from the bytes, whatever the name says.
    await expect(t.payload.create({ collection: 'media', data: {}, file: { data: png, name: 'gia-mao.pdf', mimetype: 'application/pdf', size: png.length }, overrideAccess: true })).resolves.toMatchObject({ mimeType: 'image/png' })
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)])
    await expect(t.payload.create({ collection: 'media', data: {}, file: { data: exe, name: 'van-ban.pdf', mimetype: 'application/pdf', size: exe.length }, overrideAccess: true })).rejects.toThrow(/PDF, DOC hoặc DOCX/)
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\n0000000000 65535 f \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n9\n%%EOF\n')
    const saved = await t.payload.create({ collection: 'media', data: {}, file: { data: pdf, name: 'ban-goc.pdf', mimetype: 'application/octet-stream', size: pdf.length }, overrideAccess: true })
    expect(saved.mimeType).toBe('application/pdf')
  })
})
