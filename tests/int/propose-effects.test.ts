/**
 * "Đề xuất tác động" through Payload's REST door: an editor asks the portal to read an amending
 * decree and store its instructions as proposed effects on the decree it amends; what cannot be
 * placed comes back for manual entry; a second run adds nothing; only writers may ask; the
 * public never sees a proposal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { publishDoc, refs } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'

let t: TestPayload
let rest: ReturnType<typeof restClient>
let editor: string
let moderator: string
let target: { id: number }
let other: { id: number }
let amending: { id: number }

const TARGET_TEXT = [
  'Điều 3. Nguyên tắc',
  '1. Thông tin phải:',
  'a) Chính xác;',
  'b) Kịp thời;',
  'c) Đầy đủ.',
  'Điều 5. Cập nhật thông tin',
  '1. Cơ quan cập nhật thông tin.',
  '2. Thông tin được cập nhật hằng tuần.',
  'Điều 7. Trách nhiệm',
  'Thủ trưởng cơ quan chịu trách nhiệm.',
].join('\n')

const AMENDING_TEXT = [
  'Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 41/2024/NĐ-CP',
  '1. Sửa đổi, bổ sung khoản 2 Điều 5 như sau:',
  '“2. Thông tin được cập nhật hằng ngày.”',
  '2. Bãi bỏ điểm c khoản 1 Điều 3.',
  '3. Sửa đổi, bổ sung Điều 7 cho phù hợp.',
  'Điều 2. Hiệu lực thi hành',
  'Nghị định này có hiệu lực từ ngày 01 tháng 7 năm 2025.',
].join('\n')

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  rest = restClient(t.payload, t.key)
  editor = (await staffToken(t.payload, 'editor')).token
  moderator = (await staffToken(t.payload, 'moderator')).token
  target = (await publishDoc(t.payload, { numberSymbol: '41/2024/NĐ-CP', issuedAt: '2024-03-01T00:00:00+07:00', fullText: TARGET_TEXT })) as { id: number }
  other = (await publishDoc(t.payload, { numberSymbol: '42/2024/NĐ-CP', issuedAt: '2024-03-02T00:00:00+07:00' })) as { id: number }
  const r = await refs(t.payload)
  amending = (await t.payload.create({
    collection: 'legal-documents',
    data: { ...r, numberSymbol: '10/2025/NĐ-CP', summary: 'Sửa đổi, bổ sung một số điều của Nghị định số 41/2024/NĐ-CP', issuedAt: '2025-05-15T00:00:00+07:00', effectiveAt: '2025-07-01T00:00:00+07:00', fullText: AMENDING_TEXT } as never,
    draft: true,
    overrideAccess: true,
  })) as { id: number }
})
afterAll(async () => {
  await t?.cleanup()
})

const path = (id: number) => `/legal-documents/${id}/de-xuat-tac-dong`

describe('proposing effects from an amending document', () => {
  it('stores each recognised instruction as a proposal on the document the summary names, and lists what it could not place', async () => {
    const res = await rest('POST', path(amending.id), { token: editor, body: {} })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ target: { id: target.id, numberSymbol: '41/2024/NĐ-CP' }, created: 2, existing: 0 })
    expect(res.json.unplaced).toEqual([{ source: 'dieu-1-khoan-3', sourceLabel: 'khoản 3 Điều 1', text: 'Sửa đổi, bổ sung Điều 7 cho phù hợp.' }])
    const { docs } = await t.payload.find({ collection: 'document-effects', where: { amending: { equals: amending.id } }, sort: 'targetAnchor', overrideAccess: true, depth: 0 })
    expect(docs.map((d) => [d.targetAnchor, d.operation, d.sourceLabel, d.status, d.document])).toEqual([
      ['dieu-3-khoan-1-diem-c', 'repeal', 'khoản 2 Điều 1', 'proposed', target.id],
      ['dieu-5-khoan-2', 'amend', 'khoản 1 Điều 1', 'proposed', target.id],
    ])
    expect(docs.find((d) => d.operation === 'amend')?.wording).toBe('2. Thông tin được cập nhật hằng ngày.')
    expect(String(docs[0]!.effectiveAt).slice(0, 10)).toBe('2025-06-30') // 01/07/2025 00:00 in Hà Nội
  })

  it('adds nothing the second time', async () => {
    const res = await rest('POST', path(amending.id), { token: editor, body: {} })
    expect(res.json).toMatchObject({ created: 0, existing: 2 })
    expect((await t.payload.count({ collection: 'document-effects', where: { amending: { equals: amending.id } }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('keeps proposals from the public: an anonymous read of the effects does not list them', async () => {
    const res = await rest('GET', `/document-effects?where[amending][equals]=${amending.id}`)
    expect(res.status).toBe(200)
    expect(res.json.docs).toEqual([])
  })

  it('refuses anyone but a writer: 401 without an account, 403 for a moderator', async () => {
    expect((await rest('POST', path(amending.id), { body: {} })).status).toBe(401)
    expect((await rest('POST', path(amending.id), { token: moderator, body: {} })).status).toBe(403)
  })

  it('asks which document is amended when the relations name two, and uses the one chosen', async () => {
    await t.payload.update({
      collection: 'legal-documents',
      id: amending.id,
      data: { relations: [{ type: 'amends', target: target.id }, { type: 'amends', target: other.id }] } as never,
      draft: true,
      overrideAccess: true,
    })
    const refused = await rest('POST', path(amending.id), { token: editor, body: {} })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toContain('Không xác định được văn bản bị sửa đổi')
    const chosen = await rest('POST', path(amending.id), { token: editor, body: { target: target.id } })
    expect(chosen.status).toBe(200)
    expect(chosen.json).toMatchObject({ created: 0, existing: 2 })
    expect((await rest('POST', path(amending.id), { token: editor, body: { target: 'x<script>' } })).status).toBe(400)
  })

  it('says which field is missing when there is no full text', async () => {
    const r = await refs(t.payload)
    const empty = await t.payload.create({ collection: 'legal-documents', data: { ...r, numberSymbol: '11/2025/NĐ-CP', summary: 'Văn bản chưa có toàn văn', issuedAt: '2025-05-20T00:00:00+07:00' } as never, draft: true, overrideAccess: true })
    const res = await rest('POST', path(empty.id as number), { token: editor, body: {} })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('Cần toàn văn của văn bản sửa đổi')
  })
})
