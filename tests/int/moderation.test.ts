import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { answerComment } from '../../cms/consultation/commands/answerComment'
import { moderateComment } from '../../cms/consultation/commands/moderateComment'
import { publishReport } from '../../cms/consultation/commands/publishReport'
import { seed } from '../../cms/seed'
import { commentCountsText } from '../../cms/consultation/labels'
import { buildReport, COMMENTS_PER_PAGE, INLINE_COMMENTS, listPublicComments, locateComment, pageOfComments, summariseComments } from '../../site/lib/cms/comments'
import { handleCommentPost } from '../../site/lib/drafts/comment-post'
import { commentFields, createOpenDraft, formPost, TINY_PDF } from '../helpers/drafts'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'
import { restClient, staffToken } from '../helpers/rest'

let t: TestPayload
let draft: { id: number; slug?: string | null }
let moderator: Awaited<ReturnType<typeof createUser>>
let admin: Awaited<ReturnType<typeof createUser>>
let n = 0

beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  draft = await createOpenDraft(t.payload)
  admin = await createUser(t.payload, 'admin')
  moderator = await createUser(t.payload, 'moderator')
})
afterAll(async () => {
  // Background grouping must finish before the database closes.
  if (t) await groupingIdle(t.payload)
  runtime().payload = undefined
  await t?.cleanup()
})

async function submit(overrides: Record<string, string> = {}, file?: { name: string; type: string; bytes: Uint8Array }) {
  const fields = commentFields(overrides)
  const r = await handleCommentPost({ request: formPost(draft.slug!, fields, file), slug: draft.slug!, ip: `10.1.0.${++n}` })
  if (r.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(r)}`)
  const { docs } = await t.payload.find({ collection: 'comments', where: { trackingCode: { equals: r.code } }, overrideAccess: true })
  return { ...docs[0]!, fields }
}
const log = async (commentId: number) =>
  (await t.payload.find({ collection: 'moderation-log', where: { comment: { equals: commentId } }, sort: 'createdAt', overrideAccess: true })).docs

describe('moderation', () => {
  it('publishing makes the text public and is logged with who and what', async () => {
    const c = await submit({ body: 'Ý kiến sẽ được công bố.' })
    expect((await listPublicComments(draft.id)).map((x) => x.code)).not.toContain(c.trackingCode)
    await t.payload.update({ collection: 'comments', id: c.id, data: { status: 'published' }, user: moderator, overrideAccess: false })
    const shown = (await listPublicComments(draft.id)).find((x) => x.code === c.trackingCode)!
    expect(shown).toMatchObject({ kind: 'published', bodyText: 'Ý kiến sẽ được công bố.', displayName: 'Nguyễn Văn Góp Ý' })
    const entries = await log(c.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'publish', trackingCode: c.trackingCode, detail: 'Chờ kiểm duyệt → Đã công bố' })
    expect(typeof entries[0]!.user === 'object' ? entries[0]!.user?.id : entries[0]!.user).toBe(moderator.id)
  })

  it('hiding needs a reason; the public then sees only the dated stub, never the text', async () => {
    const c = await submit({ body: 'Nội dung xúc phạm bí mật-ẩn-123.' })
    await expect(t.payload.update({ collection: 'comments', id: c.id, data: { status: 'hidden' }, user: moderator, overrideAccess: false })).rejects.toThrow()
    await t.payload.update({ collection: 'comments', id: c.id, data: { status: 'hidden', hiddenReason: 'Ngôn từ không phù hợp' }, user: moderator, overrideAccess: false })
    const shown = (await listPublicComments(draft.id)).find((x) => x.code === c.trackingCode)!
    expect(shown.kind).toBe('hidden')
    expect(shown.stub).toMatch(/^Ý kiến đã được ẩn ngày \d{2}\/\d{2}\/\d{4}: Ngôn từ không phù hợp$/)
    expect(JSON.stringify(shown)).not.toContain('bí mật-ẩn-123')
    expect(JSON.stringify(shown)).not.toContain(c.fields.fullName)
    const raw = await t.payload.findByID({ collection: 'comments', id: c.id, overrideAccess: false })
    expect(raw.body).toBeUndefined()
    expect((await log(c.id)).map((e) => [e.action, e.reason])).toEqual([['hide', 'Ngôn từ không phù hợp']])
  })

  it('nothing is deleted: not by a moderator, not by an administrator; editors cannot moderate', async () => {
    const c = await submit()
    const editor = await createUser(t.payload, 'editor')
    await expect(t.payload.delete({ collection: 'comments', id: c.id, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(t.payload.update({ collection: 'comments', id: c.id, data: { status: 'published' }, user: editor, overrideAccess: false })).rejects.toThrow()
    // A moderator cannot rewrite what the commenter said.
    const after = await t.payload.update({ collection: 'comments', id: c.id, data: { body: 'sửa lời', email: 'x@y.vn' }, user: moderator, overrideAccess: false })
    expect(after.body).toBe(c.body)
    expect(after.email).toBe(c.email)
  })

  it('the moderation log is readable by administrators only, and no one writes it through the API', async () => {
    await expect(t.payload.find({ collection: 'moderation-log', user: moderator, overrideAccess: false })).rejects.toThrow()
    expect((await t.payload.find({ collection: 'moderation-log', user: admin, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
    await expect(t.payload.create({ collection: 'moderation-log', data: { action: 'hide' }, user: admin, overrideAccess: false })).rejects.toThrow()
  })
})

describe('privacy of public reads', () => {
  it('anonymous reads never see pending comments, email, phone or attachments, and cannot filter by email', async () => {
    const c = await submit({ body: 'Chờ kiểm duyệt bí-mật-456' }, { name: 'a.pdf', type: 'application/pdf', bytes: TINY_PDF })
    const { docs } = await t.payload.find({ collection: 'comments', pagination: false, depth: 0, overrideAccess: false })
    expect(docs.map((d) => d.trackingCode)).not.toContain(c.trackingCode)
    for (const d of docs) expect(Object.keys(d)).not.toEqual(expect.arrayContaining(['email']))
    const keys = new Set(docs.flatMap((d) => Object.keys(d)))
    for (const secret of ['email', 'phone', 'attachment', 'exactKey', 'simhash', 'consentAt', 'moderatedBy', 'similarityGroup']) expect(keys.has(secret)).toBe(false)
    expect(JSON.stringify(docs)).not.toMatch(/@example\.vn|bí-mật-456/)
    const byEmail = await t.payload
      .find({ collection: 'comments', where: { email: { equals: c.email } }, overrideAccess: false })
      .then((r) => r.totalDocs, () => 'refused')
    expect(byEmail === 'refused' || byEmail === 0).toBe(true)
    expect(JSON.stringify(await listPublicComments(draft.id))).not.toMatch(/bí-mật-456|@example\.vn|3825 1234/)
  })

  it('an administrator purges personal data on request: stub and log stay, the file goes; a moderator cannot', async () => {
    const c = await submit({ body: 'Xin xóa ý kiến này' }, { name: 'a.pdf', type: 'application/pdf', bytes: TINY_PDF })
    await t.payload.update({ collection: 'comments', id: c.id, data: { status: 'published' }, user: moderator, overrideAccess: false })
    const notPurged = await t.payload.update({ collection: 'comments', id: c.id, data: { purgeRequested: true }, user: moderator, overrideAccess: false })
    expect(notPurged.purgedAt ?? null).toBeNull()
    const purged = await t.payload.update({ collection: 'comments', id: c.id, data: { purgeRequested: true, purgeReason: 'Đơn yêu cầu ngày 01/7' }, user: admin, overrideAccess: false })
    expect(purged).toMatchObject({ fullName: null, email: null, phone: null, body: null, attachment: null, trackingCode: c.trackingCode, stance: c.stance })
    expect(purged.purgedAt).toBeTruthy()
    const fileCount = await t.payload.count({ collection: 'comment-files', where: { id: { equals: typeof c.attachment === 'object' ? c.attachment?.id : c.attachment } }, overrideAccess: true })
    expect(fileCount.totalDocs).toBe(0)
    const shown = (await listPublicComments(draft.id)).find((x) => x.code === c.trackingCode)!
    expect(shown.kind).toBe('purged')
    expect(shown.stub).toMatch(/xóa dữ liệu cá nhân theo yêu cầu/)
    expect((await log(c.id)).map((e) => e.action)).toEqual(['publish', 'purge'])
  })
})

describe('similar comments and responses', () => {
  const campaign = 'Chúng tôi đề nghị bỏ quy định thu phí trông giữ xe đạp đối với học sinh, sinh viên tại mọi điểm trông giữ trên địa bàn tỉnh vì gây khó khăn cho gia đình'
  it('groups near-identical comments from different people; the moderator answers the whole group once', async () => {
    const a = await submit({ body: campaign })
    const b = await submit({ body: `${campaign}.` })
    const c = await submit({ body: `${campaign} chúng tôi` })
    const other = await submit({ body: 'Một ý kiến hoàn toàn khác về hiệu lực thi hành của quyết định.' })
    await groupingIdle(t.payload)
    const get = (id: number) => t.payload.findByID({ collection: 'comments', id, user: moderator, overrideAccess: false })
    const [ga, gb, gc, go] = await Promise.all([get(a.id), get(b.id), get(c.id), get(other.id)])
    expect(ga.similarityGroup).toBe(a.trackingCode)
    expect([gb.similarityGroup, gc.similarityGroup]).toEqual([a.trackingCode, a.trackingCode])
    expect(go.similarityGroup ?? null).toBeNull()
    expect(ga.similarCount).toBe(2)

    await t.payload.update({
      collection: 'comments',
      id: b.id,
      data: { response: { kind: 'explained', text: 'Giải trình: miễn phí cho học sinh đã có tại khoản 2 Điều 3.' }, applyResponseToGroup: true },
      user: moderator,
      overrideAccess: false,
    })
    for (const id of [a.id, c.id]) {
      const x = await get(id)
      expect(x.response).toMatchObject({ kind: 'explained', text: expect.stringContaining('khoản 2 Điều 3') })
      expect((await log(id)).map((e) => e.action)).toContain('respondGroup')
    }
    expect((await get(b.id)).applyResponseToGroup).toBe(false)
  })

  it('the report counts published comments by stance, category and article', async () => {
    const { docs } = await t.payload.find({ collection: 'comments', where: { and: [{ draft: { equals: draft.id } }, { status: { equals: 'pending' } }] }, pagination: false, overrideAccess: true })
    for (const d of docs) await t.payload.update({ collection: 'comments', id: d.id, data: { status: 'published' }, user: moderator, overrideAccess: false })
    const report = await buildReport(draft.id, [{ anchor: 'dieu-1', label: 'Điều 1' }, { anchor: 'dieu-2', label: 'Điều 2' }])
    expect(report.summary.total).toBe(report.comments.length)
    expect(report.summary.byStance.partlyAgree).toBe(report.summary.total)
    expect(report.summary.byArticle[0]).toMatchObject({ anchor: null, label: 'Toàn bộ dự thảo' })
    expect(report.summary.answered).toBeGreaterThanOrEqual(3)
    expect(report.notPublished).toBeGreaterThanOrEqual(2)
  })
})

describe('moderation commands', () => {
  it('moderateComment and answerComment act as the user: the rules and the log are the collection’s own', async () => {
    const c = await submit({ body: 'Ý kiến qua lệnh kiểm duyệt.' })
    const editor = await createUser(t.payload, 'editor')
    await expect(moderateComment(t.payload, { id: c.id, user: editor, action: { status: 'published' } })).rejects.toThrow()
    // Refused in Vietnamese, the sentence naming the field (not "The following field is invalid: hiddenReason").
    await expect(moderateComment(t.payload, { id: c.id, user: moderator, action: { status: 'hidden', reason: ' ' } })).rejects.toThrow(/^Lý do ẩn: bắt buộc/)
    // The admin's door (REST, a browser set to English): a 400 whose message is the Vietnamese sentence naming the field.
    const { token } = await staffToken(t.payload, 'moderator')
    const refused = await restClient(t.payload, t.key)('PATCH', `/comments/${c.id}`, { token, body: { status: 'hidden', hiddenReason: '' }, headers: { 'accept-language': 'en-US,en;q=0.9' } })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].message).toMatch(/^Lý do ẩn: bắt buộc/)
    expect(refused.json.errors[0].message).not.toMatch(/hiddenReason|following field/)
    expect(refused.json.errors[0].data.errors[0]).toMatchObject({ path: 'hiddenReason', message: expect.stringMatching(/^Lý do ẩn: bắt buộc/) })
    expect(await moderateComment(t.payload, { id: c.id, user: moderator, action: { status: 'published' } })).toMatchObject({ status: 'published', moderatedBy: expect.anything() })
    await expect(answerComment(t.payload, { id: c.id, user: moderator, kind: 'accepted', text: null })).rejects.toThrow()
    await answerComment(t.payload, { id: c.id, user: moderator, kind: 'accepted', text: 'Tiếp thu tại Điều 1.' })
    const shown = (await listPublicComments(draft.id)).find((x) => x.code === c.trackingCode)!
    expect(shown.response).toEqual({ kind: 'accepted', label: 'Tiếp thu', text: 'Tiếp thu tại Điều 1.' })
    expect((await log(c.id)).map((e) => e.action)).toEqual(['publish', 'respond'])
  })

  it('publishReport: only an approver or an administrator, and only after the consultation closed', async () => {
    const DAY = 24 * 3600_000
    const closed = await createOpenDraft(t.payload, { opensAt: new Date(Date.now() - 40 * DAY).toISOString(), closesAt: new Date(Date.now() - 10 * DAY).toISOString() })
    const approver = await createUser(t.payload, 'approver')
    const editor = await createUser(t.payload, 'editor')
    await expect(publishReport(t.payload, { id: closed.id, user: editor, publishedAt: new Date() })).rejects.toThrow()
    const open = await createOpenDraft(t.payload)
    const early = await publishReport(t.payload, { id: open.id, user: approver, publishedAt: new Date() }).catch((e: { data?: { errors?: { message: string }[] } }) => e)
    expect(JSON.stringify((early as { data?: unknown }).data)).toMatch(/hết hạn/)
    const done = await publishReport(t.payload, { id: closed.id, user: approver, publishedAt: new Date(), summary: 'Tổng hợp chung.' })
    expect(done.report).toMatchObject({ publishedAt: expect.any(String), summary: 'Tổng hợp chung.' })
  })
})

describe('a consultation with many comments', () => {
  it('counts by one rule, shows the first few per article and pages the rest, oldest first', async () => {
    const big = await createOpenDraft(t.payload)
    const codes: string[] = []
    for (let i = 0; i < 57; i++) {
      const r = await handleCommentPost({ request: formPost(big.slug!, commentFields({ article: 'dieu-2', body: `Ý kiến số ${i} về Điều 2.` })), slug: big.slug!, ip: `10.7.${i}.1` })
      if (r.kind !== 'accepted') throw new Error(JSON.stringify(r))
      codes.push(r.code)
    }
    const rows = (await t.payload.find({ collection: 'comments', where: { draft: { equals: big.id } }, sort: 'createdAt', limit: 100, overrideAccess: true })).docs
    // 54 published, 2 hidden with a reason, 1 left pending.
    for (const [i, c] of rows.entries()) {
      if (i === 56) continue
      await moderateComment(t.payload, { id: c.id, user: moderator, action: i === 3 || i === 55 ? { status: 'hidden', reason: 'Nội dung không liên quan' } : { status: 'published' } })
    }
    const summary = (await summariseComments(big.id, ['dieu-1', 'dieu-2', null])).get('dieu-2')!
    expect(summary).toMatchObject({ published: 54, hidden: 2 })
    expect(summary.first.map((c) => c.code)).toEqual(codes.slice(0, INLINE_COMMENTS))
    expect(summary.first[3]!.kind).toBe('hidden')
    expect(commentCountsText(summary.published, summary.hidden)).toBe('54 ý kiến đã công khai, 2 ý kiến bị ẩn')
    expect((await summariseComments(big.id, ['dieu-1'])).get('dieu-1')).toEqual({ published: 0, hidden: 0, first: [] })

    const page2 = await pageOfComments(big.id, 'dieu-2', 2)
    expect(page2).toMatchObject({ total: 56, page: 2, totalPages: 2 })
    expect(page2.comments.map((c) => c.code)).toEqual(codes.slice(COMMENTS_PER_PAGE, 56))
    // Past the end: the last page; the pending comment is on no page.
    expect((await pageOfComments(big.id, 'dieu-2', 99)).page).toBe(2)
    expect(JSON.stringify(page2)).not.toContain(codes[56])
    expect(await locateComment(big.id, codes[52]!)).toEqual({ anchor: 'dieu-2', page: 2 })
    expect(await locateComment(big.id, codes[0]!)).toEqual({ anchor: 'dieu-2', page: 1 })
    expect(await locateComment(big.id, codes[56]!)).toBeNull()
  })
})
