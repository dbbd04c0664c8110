/**
 * Follow and alerts (issue #17 part 2), through the real SMTP test server the notification tests
 * use: double opt-in (nothing but the confirmation before it), an amendment published → one
 * message per confirmed follower and none to the unconfirmed, no duplicate when the fan-out runs
 * again, the daily digest gathering a day's events into one message, the one-click unsubscribe,
 * the manage page's changes and the sign-up rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueFollowDigests } from '../../cms/follow/digest'
import { FANOUT_QUEUE, NOTIFICATION_QUEUE } from '../../cms/notifications/outbox'
import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { confirmFollow, handleFollowPost, handleManagePost, manageView } from '../../site/lib/cms/follow'
import { handleUnsubscribePost } from '../../site/lib/unsubscribe-post'
import { publishDoc } from '../helpers/documents'
import { createOpenDraft } from '../helpers/drafts'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { type ReceivedMail, startSmtpServer } from '../helpers/smtp'

let t: TestPayload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let ip = 0
let seq = 100
const ENV = { PUBLIC_HOST: 'congthongtin.vidu.gov.vn', FOLLOW_RATE_LIMIT_EMAIL: '3/3600' }

beforeAll(async () => {
  smtp = await startSmtpServer()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Cổng thông tin thử <no-reply@vidu.gov.vn>', ...ENV })
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
}, 120_000)
afterAll(async () => {
  runtime().payload = undefined
  for (const k of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM', ...Object.keys(ENV)]) delete process.env[k]
  await t?.cleanup()
  await smtp?.close()
})

async function runQueue(): Promise<void> {
  // As the server does: fan-outs on their queue, messages on theirs.
  for (let i = 0; i < 6; i++) {
    const f = (await t.payload.jobs.run({ queue: FANOUT_QUEUE, limit: 5 })) as { noJobsRemaining?: boolean }
    const r = (await t.payload.jobs.run({ queue: NOTIFICATION_QUEUE, limit: 200 })) as { noJobsRemaining?: boolean }
    if (r.noJobsRemaining && f.noJobsRemaining) return
  }
}

const to = (email: string) => smtp.mails.filter((m) => m.to.includes(email))
const header = (m: ReceivedMail, name: string) => new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(m.raw)?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim() ?? null
const link = (m: ReceivedMail, path: string) => new RegExp(`https://congthongtin\\.vidu\\.gov\\.vn${path}\\?t=[^\\s"<>]+`).exec(m.text)?.[0] ?? ''
const tokenOf = (url: string) => new URL(url).searchParams.get('t')
const newEmail = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@example.vn`

function post(fields: Record<string, string>): Request {
  return new Request('http://127.0.0.1:4321/theo-doi', { method: 'POST', body: new URLSearchParams(fields) })
}

async function signUp(email: string, what: Record<string, string>, frequency = 'immediate') {
  return handleFollowPost(post({ email, 'tan-suat': frequency, ...what }), `10.9.0.${++ip}`)
}

/** Signs up and confirms through the link of the confirmation message; returns the confirmation mail. */
async function follow(email: string, what: Record<string, string>, frequency = 'immediate'): Promise<ReceivedMail> {
  const seen = new Set(to(email))
  const r = await signUp(email, what, frequency)
  expect(r.kind).toBe('accepted')
  await runQueue()
  const mail = await smtp.waitFor((m) => m.to.includes(email) && m.subject.startsWith('Xác nhận đăng ký theo dõi') && !seen.has(m))
  expect(await confirmFollow(tokenOf(link(mail, '/theo-doi/xac-nhan')))).toBeTruthy()
  return mail
}

const doc = (extra: Record<string, unknown> = {}) => publishDoc(t.payload, { numberSymbol: `${++seq}/2026/NĐ-CP`, issuedAt: '2026-11-02T00:00:00+07:00', effectiveAt: '2026-12-20T00:00:00+07:00', ...extra })

describe('double opt-in', () => {
  it('sends only the confirmation to an unconfirmed address; after confirming, the amendment is told once', async () => {
    const base = await doc({ summary: 'Quy định về quản lý chất thải rắn' })
    const email = newEmail('xacnhan')
    expect((await signUp(email, { muc: 'van-ban', 'van-ban': String(base.id) })).kind).toBe('accepted')
    await runQueue()
    const confirm = await smtp.waitFor((m) => m.to.includes(email))
    expect(confirm.subject).toBe('Xác nhận đăng ký theo dõi trên cổng thông tin')
    expect(confirm.text).toContain(base.numberSymbol)
    expect(header(confirm, 'List-Unsubscribe')).toMatch(/^<https:\/\/congthongtin\.vidu\.gov\.vn\/thong-bao\/ngung-nhan\?t=/)
    expect(header(confirm, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(confirm.raw).toMatch(/Content-Type: text\/html/i)

    await doc({ summary: 'Sửa đổi quy định chất thải', relations: [{ type: 'amends', target: base.id }] })
    await runQueue()
    expect(to(email)).toHaveLength(1)

    const manage = await confirmFollow(tokenOf(link(confirm, '/theo-doi/xac-nhan')))
    expect(manage).toBeTruthy()
    const amendment = await doc({ summary: 'Sửa đổi lần hai', relations: [{ type: 'amends', target: base.id }] })
    await runQueue()
    const alerts = to(email).slice(1)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.subject).toContain('được sửa đổi, bổ sung')
    expect(alerts[0]!.text).toContain(amendment.numberSymbol)
    expect(alerts[0]!.text).toMatch(/https:\/\/congthongtin\.vidu\.gov\.vn\/theo-doi\/quan-ly\?t=/)
    expect(header(alerts[0]!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
  })

  it('refuses a bad address naming the field and keeps what was typed', async () => {
    const r = await signUp('khong-phai-thu', { muc: 'tu-khoa', 'tu-khoa': 'đất đai' })
    expect(r.kind).toBe('rejected')
    if (r.kind !== 'rejected') return
    expect(r.status).toBe(422)
    expect(r.errors.map((e) => e.field)).toEqual(['email'])
    expect(r.errors[0]!.message).toMatch(/^Thư điện tử/)
    expect(r.values).toMatchObject({ email: 'khong-phai-thu', 'tu-khoa': 'đất đai' })
  })
})

describe('an amendment published', () => {
  it('reaches each confirmed follower of the amended document exactly once, the unconfirmed none, and a second fan-out adds nothing', async () => {
    const base = await doc({ summary: 'Quy định về phí bảo vệ môi trường' })
    const confirmed = [newEmail('a'), newEmail('b'), newEmail('c')]
    for (const e of confirmed) await follow(e, { muc: 'van-ban', 'van-ban': String(base.id) })
    const pending = newEmail('chua')
    await signUp(pending, { muc: 'van-ban', 'van-ban': String(base.id) })
    await runQueue()
    const before = smtp.mails.length
    const amendment = await doc({ summary: 'Sửa đổi phí môi trường', relations: [{ type: 'amends', target: base.id }] })
    await runQueue()
    // The same event again (a retried job): nothing more.
    await t.payload.jobs.queue({ task: 'followNotifications', input: { source: 'document', id: String(amendment.id), event: '', at: '' }, queue: FANOUT_QUEUE })
    await runQueue()
    const sent = smtp.mails.slice(before)
    for (const e of confirmed) expect(sent.filter((m) => m.to.includes(e))).toHaveLength(1)
    expect(sent.filter((m) => m.to.includes(pending))).toHaveLength(0)
    const rows = await t.payload.find({ collection: 'notifications', where: { and: [{ kind: { equals: 'follow' } }, { source: { equals: amendment.id } }] }, overrideAccess: true, depth: 0 })
    expect(rows.docs.map((d) => d.state)).toEqual(['sent', 'sent', 'sent'])
  })
})

describe('drafts', () => {
  it('tells those who follow every new draft that one opened, and a draft\'s followers of its new version', async () => {
    const all = newEmail('duthao')
    await follow(all, { muc: 'tat-ca-du-thao' })
    const draft = await createOpenDraft(t.payload)
    await runQueue()
    const opened = to(all).filter((m) => m.subject.includes(draft.title))
    expect(opened).toHaveLength(1)
    expect(opened[0]!.subject).toBe(`Dự thảo «${draft.title}» bắt đầu lấy ý kiến`)

    const one = newEmail('mot-du-thao')
    await follow(one, { muc: 'du-thao', 'du-thao': String(draft.id) })
    await t.payload.update({ collection: 'drafts', id: draft.id, data: { fullText: `${draft.fullText}\n\nĐiều 3. Bổ sung\nNội dung mới.`, _status: 'published' } as never, overrideAccess: true })
    await runQueue()
    const version = to(one).filter((m) => !m.subject.startsWith('Xác nhận'))
    expect(version.map((m) => m.subject)).toEqual([`Dự thảo «${draft.title}» có phiên bản mới`])
    // Following every new draft is not following each draft's versions.
    expect(to(all).filter((m) => m.subject.includes('phiên bản mới'))).toHaveLength(0)
  })
})

describe('daily digest', () => {
  it('gathers a day of events into one message per address', async () => {
    const base = await doc({ summary: 'Quy định về cấp phép khai thác nước ngầm' })
    const email = newEmail('hangngay')
    await follow(email, { muc: 'van-ban', 'van-ban': String(base.id) }, 'daily')
    await follow(email, { muc: 'tu-khoa', 'tu-khoa': 'nước ngầm' }, 'daily')
    const start = to(email).length
    const a = await doc({ summary: 'Sửa đổi quy định nước ngầm', relations: [{ type: 'amends', target: base.id }] })
    const b = await doc({ summary: 'Thay thế quy định khai thác nước ngầm', relations: [{ type: 'replaces', target: base.id }] })
    await runQueue()
    expect(to(email)).toHaveLength(start)
    expect(await queueFollowDigests(t.payload)).toBe(1)
    expect(await queueFollowDigests(t.payload)).toBe(0)
    await runQueue()
    const digests = to(email).slice(start)
    expect(digests).toHaveLength(1)
    expect(digests[0]!.subject).toMatch(/^Thư tổng hợp theo dõi ngày \d\d\/\d\d\/\d{4}: 4 thay đổi$/)
    for (const d of [a, b]) expect(digests[0]!.text).toContain(d.numberSymbol)
  })
})

describe('stopping', () => {
  it('one-click POST to the List-Unsubscribe link stops the subscription; the manage page changes frequency and stops all', async () => {
    const base = await doc({ summary: 'Quy định về đăng kiểm phương tiện' })
    const email = newEmail('ngung')
    await follow(email, { muc: 'van-ban', 'van-ban': String(base.id) })
    await doc({ summary: 'Đình chỉ quy định đăng kiểm', relations: [{ type: 'suspends', target: base.id }] })
    await runQueue()
    const alert = to(email).at(-1)!
    expect(alert.subject).toContain('bị đình chỉ thi hành')
    const unsubscribe = /<([^>]+)>/.exec(header(alert, 'List-Unsubscribe')!)![1]!
    const res = await handleUnsubscribePost(new Request(unsubscribe.replace('https://congthongtin.vidu.gov.vn', 'http://127.0.0.1:4321'), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }))
    expect(res.status).toBe(200)
    const count = to(email).length
    await doc({ summary: 'Bãi bỏ quy định đăng kiểm', relations: [{ type: 'repeals', target: base.id }] })
    await runQueue()
    expect(to(email)).toHaveLength(count)

    // The manage page, reached by the link in the confirmation's follow-up.
    const other = newEmail('quanly')
    await follow(other, { muc: 'tat-ca-du-thao' })
    await follow(other, { muc: 'tu-khoa', 'tu-khoa': 'đăng kiểm' })
    const token = (await confirmFollow(tokenOf(link(to(other).at(-1)!, '/theo-doi/xac-nhan'))))!
    const view = (await manageView(token))!
    expect(view.items.map((i) => i.frequency)).toEqual(['immediate', 'immediate'])
    const form = (fields: Record<string, string>) => new Request('http://127.0.0.1:4321/theo-doi/quan-ly', { method: 'POST', body: new URLSearchParams(fields) })
    expect(await handleManagePost(form({ 'hanh-dong': 'tan-suat', id: view.items[0]!.id, 'tan-suat': 'daily' }), token)).toBe(true)
    expect((await manageView(token))!.items[0]!.frequency).toBe('daily')
    // A signed link of another address cannot touch these.
    expect(await handleManagePost(form({ 'hanh-dong': 'ngung', id: view.items[0]!.id }), `${token.split('.')[0]}.sai`)).toBe(false)
    expect(await handleManagePost(form({ 'hanh-dong': 'ngung-tat-ca' }), token)).toBe(true)
    expect((await manageView(token))!.items).toHaveLength(0)
  })
})

describe('rate limit', () => {
  it('refuses a fourth sign-up for one address within the hour (429), keeping what was typed', async () => {
    const email = newEmail('gioihan')
    for (const q of ['một', 'hai', 'ba']) expect((await signUp(email, { muc: 'tu-khoa', 'tu-khoa': q })).kind).toBe('accepted')
    const r = await signUp(email, { muc: 'tu-khoa', 'tu-khoa': 'bốn' })
    expect(r.kind).toBe('rejected')
    if (r.kind !== 'rejected') return
    expect(r.status).toBe(429)
    expect(r.headers['Retry-After']).toBeTruthy()
    expect(r.values['tu-khoa']).toBe('bốn')
  })
})
