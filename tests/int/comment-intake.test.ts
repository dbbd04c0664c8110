import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { parseTrackingCode } from '../../cms/consultation/comments'
import { seed } from '../../cms/seed'
import { receiptKey } from '../../cms/consultation/comments/status'
import { commentReceipt, lookupCommentStatus } from '../../site/lib/cms/comment-status'
import { handleCommentPost, type CommentPostResult } from '../../site/lib/drafts/comment-post'
import { commentFields, createOpenDraft, formPost, TINY_PDF } from '../helpers/drafts'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'
import { runtime } from '../../cms/runtime'
import { signFormStart } from '../../cms/lib/form-start'

let t: TestPayload
let slug: string
let ipCounter = 0
const DAY = 24 * 3600_000

beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  slug = (await createOpenDraft(t.payload)).slug!
})
afterAll(async () => {
  // Background grouping must finish before the database closes.
  if (t) await groupingIdle(t.payload)
  runtime().payload = undefined
  await t?.cleanup()
})

const post = (fields: Record<string, string>, opts: { slug?: string; ip?: string; file?: { name: string; type: string; bytes: Uint8Array } } = {}) =>
  handleCommentPost({ request: formPost(opts.slug ?? slug, fields, opts.file), slug: opts.slug ?? slug, ip: opts.ip ?? `10.0.0.${++ipCounter}` })

const rejected = (r: CommentPostResult) => {
  if (r.kind !== 'rejected') throw new Error(`expected a rejection, got ${r.kind}`)
  return r
}
const stored = (code: string) =>
  t.payload.find({ collection: 'comments', where: { trackingCode: { equals: code } }, overrideAccess: true }).then((r) => r.docs[0]!)

describe('a valid comment', () => {
  it('is stored pending, pinned to the current version and article, and answered with a tracking code and a 303 target', async () => {
    const fields = commentFields({ article: 'dieu-2', body: '<b>Đề nghị</b> bổ sung <script>alert(1)</script>thời điểm có hiệu lực.' })
    const result = await post(fields)
    expect(result.kind).toBe('accepted')
    if (result.kind !== 'accepted') return
    expect(result.code).toMatch(/^GY-\d{4}-\d{6}$/)
    expect(result.location).toBe(`/du-thao/${slug}/da-gui?ma=${result.code}&k=${receiptKey(t.payload.secret, result.code)}#bien-nhan`)
    expect(result.location).not.toContain('@')
    // The key in that address opens the receipt with what was sent; no key or another code's key does not.
    const key = new URLSearchParams(result.location.split('?')[1]!.split('#')[0]).get('k')
    expect(await commentReceipt(result.code, key)).toMatchObject({ code: result.code, status: 'pending', articleLabel: 'Điều 2', body: 'Đề nghị bổ sung thời điểm có hiệu lực.', fullName: fields.fullName })
    expect(await commentReceipt(result.code, null)).toBeNull()
    expect(await commentReceipt(result.code, receiptKey(t.payload.secret, 'GY-2026-999999'))).toBeNull()
    expect(await commentReceipt(result.code, `${key!.slice(0, -1)}${key!.endsWith('A') ? 'B' : 'A'}`)).toBeNull()
    const c = await stored(result.code)
    expect(c).toMatchObject({ status: 'pending', article: 'dieu-2', articleLabel: 'Điều 2', draftVersion: 1, email: fields.email, body: 'Đề nghị bổ sung thời điểm có hiệu lực.' })
  })

  it('gets consecutive tracking numbers even when many arrive at once', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => post(commentFields())))
    const codes = results.map((r) => (r.kind === 'accepted' ? r.code : 'x'))
    expect(new Set(codes).size).toBe(12)
    const seqs = codes.map((c) => parseTrackingCode(c)!.sequence).sort((a, b) => a - b)
    expect(seqs[11]! - seqs[0]!).toBe(11)
  })

  it('accepts a PDF attachment checked from its content; the commenter can look the status up with code and email', async () => {
    const fields = commentFields()
    const result = await post(fields, { file: { name: 'Góp ý của tôi.pdf', type: 'application/pdf', bytes: TINY_PDF } })
    expect(result.kind).toBe('accepted')
    if (result.kind !== 'accepted') return
    const c = await stored(result.code)
    expect(c.attachment).toBeTruthy()
    expect(await lookupCommentStatus(result.code, fields.email.toUpperCase())).toMatchObject({ code: result.code, status: 'pending' })
    expect(await lookupCommentStatus(result.code, 'nguoi-khac@example.vn')).toBeNull()
  })
})

describe('refusals keep what the person typed', () => {
  it('lists every field error in Vietnamese with status 422 and returns the typed values', async () => {
    const r = rejected(await post(commentFields({ fullName: '', email: 'khong-hop-le', body: 'x'.repeat(5001), consent: '', article: 'dieu-99' })))
    expect(r.status).toBe(422)
    expect(r.errors.map((e) => e.field)).toEqual(['fullName', 'email', 'article', 'body', 'consent'])
    expect(r.errors[0]!.message).toBe('Họ và tên: bắt buộc')
    expect(r.errors.find((e) => e.field === 'body')!.message).toMatch(/tối đa 5\.000 ký tự/)
    expect(r.values).toMatchObject({ email: 'khong-hop-le', article: 'dieu-99' })
    expect(r.values.body).toHaveLength(5001)
  })

  it('refuses a renamed executable as attachment, and says to choose the file again', async () => {
    const r = rejected(await post(commentFields(), { file: { name: 'gop-y.pdf', type: 'application/pdf', bytes: Buffer.from('MZ\x90\x00 this is not a pdf') } }))
    expect(r.status).toBe(422)
    expect(r.errors).toEqual([{ field: 'attachment', message: expect.stringMatching(/chỉ nhận PDF, DOC hoặc DOCX/) }])
    expect(r.fileDropped).toBe(true)
  })

  it('refuses a post faster than a person fills the form, and a filled honeypot, without saying which', async () => {
    expect(rejected(await post(commentFields({ startedAt: signFormStart(Date.now()) }))).errors[0]!.message).toMatch(/gửi quá nhanh/)
    const spam = rejected(await post(commentFields({ website: 'http://spam.example' })))
    expect(spam.status).toBe(400)
    expect(spam.errors[0]!.message).toMatch(/Không thể tiếp nhận góp ý này/)
  })

  it('refuses an exact resubmission (same person, same words) with 409 and the earlier code', async () => {
    const fields = commentFields({ body: 'Đề nghị giữ nguyên Điều 1.' })
    const first = await post(fields)
    expect(first.kind).toBe('accepted')
    const again = rejected(await post({ ...fields, body: 'đề nghị GIỮ NGUYÊN điều 1' }))
    expect(again.status).toBe(409)
    expect(again.errors[0]!.message).toContain(first.kind === 'accepted' ? first.code : '?')
    // The same words from someone else are not a resubmission.
    expect((await post({ ...fields, email: 'nguoi-khac@example.vn' })).kind).toBe('accepted')
  })

  it('refuses two identical posts sent at the same moment: one is stored, the other answered 409', async () => {
    const fields = commentFields({ body: 'Hai lần bấm gửi cùng lúc.' })
    const results = await Promise.all([post(fields), post(fields)])
    expect(results.map((r) => (r.kind === 'rejected' ? r.status : r.kind)).sort()).toEqual([409, 'accepted'])
    const { totalDocs } = await t.payload.count({ collection: 'comments', where: { email: { equals: fields.email } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
  })

  it('a PDF the upload store cannot read is a field error, not a server error', async () => {
    const broken = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n')
    const r = rejected(await post(commentFields(), { file: { name: 'hong.pdf', type: 'application/pdf', bytes: broken } }))
    expect(r.status).toBe(422)
    expect(r.errors).toEqual([{ field: 'attachment', message: expect.stringMatching(/tệp bị hỏng/) }])
  })

  it('answers 429 with Retry-After and a Vietnamese message past the per-email limit, keeping the text', async () => {
    const email = 'nhieu-lan@example.vn'
    for (let i = 0; i < 10; i++) expect((await post(commentFields({ email, body: `Ý kiến số ${i} về dự thảo` }))).kind).toBe('accepted')
    const r = rejected(await post(commentFields({ email, body: 'Ý kiến thứ mười một' })))
    expect(r.status).toBe(429)
    expect(Number(r.headers['Retry-After'])).toBeGreaterThan(0)
    expect(r.errors[0]!.message).toMatch(/Bạn đã gửi quá nhiều yêu cầu.*Vui lòng thử lại sau \d+ (giờ|phút|giây)/)
    expect(r.values.body).toBe('Ý kiến thứ mười một')
  })

  it('answers 429 past the per-IP limit', async () => {
    let last: CommentPostResult | null = null
    for (let i = 0; i < 31; i++) last = await post(commentFields(), { ip: '192.0.2.7' })
    expect(rejected(last!).status).toBe(429)
  })

  it('answers 413 for an attachment over 10 MB, naming the attachment and keeping what was typed', async () => {
    const big = new Uint8Array(11 * 1024 * 1024)
    big.set(TINY_PDF)
    const fields = commentFields({ body: 'Góp ý dài kèm tệp quá lớn, không được mất khi gửi lại.' })
    const r = rejected(await post(fields, { file: { name: 'phu-luc.pdf', type: 'application/pdf', bytes: big } }))
    expect(r.status).toBe(413)
    expect(r.errors).toEqual([{ field: 'attachment', message: expect.stringMatching(/Tệp đính kèm: tệp lớn hơn 10 MB.*vẫn còn bên dưới/) }])
    expect(r.values.body).toBe(fields.body)
    expect(r.values.fullName).toBe(fields.fullName)
    expect(r.fileDropped).toBe(true)
  })

  it('answers 400 for a body that is not a form', async () => {
    const request = new Request(`http://127.0.0.1/du-thao/${slug}`, { method: 'POST', body: 'x', headers: { 'content-type': 'multipart/form-data; boundary=x' } })
    const r = rejected(await handleCommentPost({ request, slug, ip: '10.9.9.9' }))
    expect(r.status).toBe(400)
    expect(r.errors[0]!.message).toMatch(/Không đọc được nội dung gửi lên/)
  })

  it('answers 403 with a clear message once the draft has closed, and 404 for an unknown draft', async () => {
    const closed = await createOpenDraft(t.payload, { opensAt: new Date(Date.now() - 40 * DAY).toISOString(), closesAt: new Date(Date.now() - DAY).toISOString() })
    const r = rejected(await post(commentFields({ body: 'Góp ý muộn' }), { slug: closed.slug! }))
    expect(r.status).toBe(403)
    expect(r.errors[0]!.message).toMatch(/đã hết thời hạn lấy ý kiến \(\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\)/)
    expect(r.values.body).toBe('Góp ý muộn')
    expect((await post(commentFields(), { slug: 'khong-co' })).kind).toBe('notFound')
  })
})

describe('only the submitComment command creates a comment', () => {
  const data = (draft: number | string) => ({ draft, body: 'Góp ý gửi thẳng qua API', email: 'api@example.vn', fullName: 'Người Gửi API', stance: 'agree', submitterCategory: 'individual', trackingCode: 'GY-2099-000001', status: 'published' })

  it('refuses POST /api/comments, /api/comment-files and /api/ratings from anonymous visitors and from every staff role', async () => {
    const draft = await createOpenDraft(t.payload)
    const rest = restClient(t.payload, t.key)
    const tokens = [undefined, ...(await Promise.all((['editor', 'approver', 'moderator', 'admin'] as const).map(async (role) => (await staffToken(t.payload, role)).token)))]
    for (const token of tokens) {
      expect((await rest('POST', '/comments', { token, body: data(draft.id) })).status).toBe(403)
      expect((await rest('POST', '/ratings', { token, body: { path: '/tin-tuc/x', level: 'satisfied', day: '2099-01-01', visitorKey: 'forged' } })).status).toBe(403)
      expect((await rest('POST', '/comment-files', { token, body: {} })).status).toBe(403)
    }
    const { totalDocs } = await t.payload.count({ collection: 'comments', where: { email: { equals: 'api@example.vn' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('refuses the Local API with a user or without one when the command did not make the call', async () => {
    const draft = await createOpenDraft(t.payload)
    const admin = await createUser(t.payload, 'admin')
    await expect(t.payload.create({ collection: 'comments', data: data(draft.id) as never, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(t.payload.create({ collection: 'comments', data: data(draft.id) as never, overrideAccess: false })).rejects.toThrow()
    // A context a caller makes up is not the command's mark.
    await expect(t.payload.create({ collection: 'comments', data: data(draft.id) as never, overrideAccess: false, context: { submissionCommand: 'submitRating' } })).rejects.toThrow()
  })

  it('derives the code, state and keys itself: a submitted code or status is never taken', async () => {
    const r = await post(commentFields({ trackingCode: 'GY-2099-999999', status: 'published', exactKey: 'x', simhash: 'y' }))
    if (r.kind !== 'accepted') throw new Error(r.kind)
    const c = await stored(r.code)
    expect(c.trackingCode).toMatch(/^GY-\d{4}-\d{6}$/)
    expect(c.trackingCode).not.toBe('GY-2099-999999')
    expect(c.status).toBe('pending')
    expect(c.exactKey).not.toBe('x')
    expect(c.simhash).toMatch(/^[0-9a-f]{16}$/)
  })
})
