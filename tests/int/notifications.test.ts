import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import readline from 'node:readline'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerComment } from '../../cms/consultation/commands/answerComment'
import { moderateComment } from '../../cms/consultation/commands/moderateComment'
import { publishReport } from '../../cms/consultation/commands/publishReport'
import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { NOTIFICATION_QUEUE } from '../../cms/notifications/outbox'
import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { unsubscribeView } from '../../site/lib/cms/notifications'
import { handleCommentPost } from '../../site/lib/drafts/comment-post'
import { handleQuestionPost } from '../../site/lib/questions/question-post'
import { handleUnsubscribePost } from '../../site/lib/unsubscribe-post'
import { commentFields, createOpenDraft, formPost } from '../helpers/drafts'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { type ReceivedMail, startSmtpServer } from '../helpers/smtp'
import { signFormStart } from '../../cms/lib/form-start'

const ROOT = path.resolve(__dirname, '../..')
const LEASE_MS = 1500
const RETRY_DELAY_MS = 2000
const DAY = 24 * 3600_000

let t: TestPayload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let moderator: Awaited<ReturnType<typeof createUser>>
let approver: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>
let draft: { id: number; slug?: string | null; title: string }
let shouldAutoRun: (payload: TestPayload['payload']) => Promise<boolean>
let ip = 0
const children = new Set<ChildProcess>()

beforeAll(async () => {
  smtp = await startSmtpServer()
  // Read when Payload starts (the adapter) and when the job modules load (lease, backoff).
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Cổng thông tin thử <no-reply@vidu.gov.vn>',
    PUBLIC_HOST: 'congthongtin.vidu.gov.vn',
    NOTIFY_LEASE_MS: String(LEASE_MS),
    NOTIFY_RETRY_DELAY_MS: String(RETRY_DELAY_MS),
  })
  t = await createTestPayload()
  // After the environment above: the jobs read the backoff when their module loads.
  shouldAutoRun = (await import('../../cms/jobs')).shouldAutoRun
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  moderator = await createUser(t.payload, 'moderator')
  approver = await createUser(t.payload, 'approver')
  editor = await createUser(t.payload, 'editor')
  draft = (await createOpenDraft(t.payload)) as typeof draft
}, 120_000)
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  if (t) await groupingIdle(t.payload)
  runtime().payload = undefined
  for (const k of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM', 'PUBLIC_HOST', 'NOTIFY_LEASE_MS', 'NOTIFY_RETRY_DELAY_MS']) delete process.env[k]
  await t?.cleanup()
  await smtp?.close()
})

/** Runs the notification queue as the server's scheduler does (put back stuck jobs, then run), until nothing runnable is left. */
async function runQueue(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await shouldAutoRun(t.payload)
    const r = (await t.payload.jobs.run({ queue: NOTIFICATION_QUEUE, limit: 100 })) as { noJobsRemaining?: boolean }
    if (r.noJobsRemaining) return
  }
}

const to = (email: string) => smtp.mails.filter((m) => m.to.includes(email))
/** A header of a received mail, unfolded. */
const header = (m: ReceivedMail, name: string) => new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(m.raw)?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim() ?? null
const unsubscribeLink = (m: ReceivedMail) => /<([^>]+)>/.exec(header(m, 'List-Unsubscribe') ?? '')?.[1] ?? ''

async function comment(overrides: Record<string, string> = {}, on: { slug?: string | null } = draft) {
  const fields = commentFields(overrides)
  const r = await handleCommentPost({ request: formPost(on.slug!, fields), slug: on.slug!, ip: `10.7.0.${++ip}` })
  if (r.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(r)}`)
  const { docs } = await t.payload.find({ collection: 'comments', where: { trackingCode: { equals: r.code } }, overrideAccess: true, depth: 0 })
  // The receipt goes out at once (not through the queue): wait for it so the counts below are only notifications.
  await smtp.waitFor((m) => m.to.includes(fields.email) && m.subject.startsWith('Xác nhận'))
  return { ...docs[0]!, fields }
}

async function question(overrides: Record<string, string> = {}) {
  const form = new FormData()
  const fields: Record<string, string> = {
    title: 'Thời hạn cấp giấy phép xây dựng',
    body: 'Tôi là Trần Thị Riêng, nhà số 7 ngõ Bí Mật: thời hạn giải quyết là bao nhiêu ngày?',
    field: '',
    fullName: 'Trần Thị Riêng',
    email: `hoi-${Math.random().toString(36).slice(2, 10)}@example.vn`,
    phone: '0912 345 678',
    allowPublication: 'on',
    consent: 'on',
    website: '',
    startedAt: signFormStart(Date.now() - 60_000),
    ...overrides,
  }
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  const r = await handleQuestionPost({ request: new Request('http://127.0.0.1:4321/hoi-dap/gui-cau-hoi', { method: 'POST', body: form }), ip: `10.8.0.${++ip}` })
  if (r.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(r)}`)
  const { docs } = await t.payload.find({ collection: 'questions', where: { trackingCode: { equals: r.code } }, overrideAccess: true, depth: 0 })
  await smtp.waitFor((m) => m.to.includes(fields.email) && m.subject.startsWith('Xác nhận'))
  return { ...docs[0]!, fields }
}

const notices = (email: string) => to(email).filter((m) => !m.subject.startsWith('Xác nhận'))

describe('commenters who opted in', () => {
  it('get exactly one message per event — published, hidden with the public reason, answered — and those who did not, none', async () => {
    const mine = await comment({ notify: 'on', article: 'dieu-1', body: 'Nội dung riêng tư của người góp ý số 1.' })
    const quiet = await comment({ body: 'Góp ý của người không muốn nhận thư.' })
    expect(mine.notify).toBe(true)
    expect(quiet.notify).toBe(false)

    await moderateComment(t.payload, { id: mine.id, user: moderator, action: { status: 'published' } })
    await moderateComment(t.payload, { id: quiet.id, user: moderator, action: { status: 'published' } })
    await runQueue()
    await runQueue()
    expect(notices(quiet.fields.email)).toHaveLength(0)
    const published = notices(mine.fields.email)
    expect(published.map((m) => m.subject)).toEqual([`Góp ý ${mine.trackingCode} đã được công khai`])
    const first = published[0]!
    expect(first.text).toContain('Điều 1')
    expect(first.text).toContain(`https://congthongtin.vidu.gov.vn/du-thao/${draft.slug}/y-kien?ma=${mine.trackingCode}`)
    expect(first.raw).not.toContain('riêng tư')
    expect(first.raw).toMatch(/Content-Type: text\/html/i)
    expect(header(first, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(unsubscribeLink(first)).toMatch(/^https:\/\/congthongtin\.vidu\.gov\.vn\/thong-bao\/ngung-nhan\?t=gy-\d+\.[\w-]{32}$/)

    await moderateComment(t.payload, { id: mine.id, user: moderator, action: { status: 'hidden', reason: 'Trùng lặp với ý kiến GY-2026-000001' } })
    await runQueue()
    const hidden = notices(mine.fields.email).filter((m) => m.subject === `Góp ý ${mine.trackingCode} đã bị ẩn`)
    expect(hidden).toHaveLength(1)
    expect(hidden[0]!.text).toContain('Trùng lặp với ý kiến GY-2026-000001')

    await answerComment(t.payload, { id: mine.id, user: approver, kind: 'explained', text: 'Cơ quan soạn thảo xin giải trình: nội dung đã có tại Điều 2.' })
    await runQueue()
    const answered = notices(mine.fields.email).filter((m) => m.subject.includes('đã trả lời góp ý'))
    expect(answered).toHaveLength(1)
    expect(answered[0]!.text).toContain('Hình thức: Giải trình')
    expect(answered[0]!.text).toContain('nội dung đã có tại Điều 2')
    expect(notices(mine.fields.email)).toHaveLength(3)
    expect(notices(quiet.fields.email)).toHaveLength(0)
  })

  it('a one-click POST to the List-Unsubscribe link stops every further message of that stream', async () => {
    const mine = await comment({ notify: 'on' })
    const second = await comment({ notify: 'on', email: mine.fields.email, body: 'Ý kiến thứ hai của cùng người.' })
    await moderateComment(t.payload, { id: mine.id, user: moderator, action: { status: 'published' } })
    await runQueue()
    const link = unsubscribeLink(notices(mine.fields.email)[0]!)
    const token = new URL(link).searchParams.get('t')
    expect((await unsubscribeView(token))?.active).toBe(true)
    expect((await unsubscribeView(token))?.subject).toContain(draft.title)

    // A link with another stream's number and this signature is refused.
    const forged = link.replace(/gy-(\d+)/, (_, n: string) => `gy-${Number(n) + 1}`)
    const refused = await handleUnsubscribePost(new Request(forged, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }))
    expect(refused.status).toBe(400)

    // As a mail provider sends it (RFC 8058): no cookie, no Origin.
    const r = await handleUnsubscribePost(new Request(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }))
    expect(r.status).toBe(200)
    expect((await unsubscribeView(token))?.active).toBe(false)

    await moderateComment(t.payload, { id: second.id, user: moderator, action: { status: 'published' } })
    await answerComment(t.payload, { id: mine.id, user: approver, kind: 'accepted', text: 'Tiếp thu.' })
    await runQueue()
    expect(notices(mine.fields.email)).toHaveLength(1)
    expect(await t.payload.count({ collection: 'notifications', where: { and: [{ comment: { equals: mine.id } }, { state: { equals: 'sent' } }] }, overrideAccess: true })).toMatchObject({ totalDocs: 1 })

    // The confirm page's own button: back to the page, which says it is done.
    const again = await handleUnsubscribePost(new Request(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'trang=1' }))
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toMatch(/^\/thong-bao\/ngung-nhan\?t=.+&xong=1$/)
  })

  it('when the report is published, each address that opted in gets one message, however many comments it sent', async () => {
    const open = (await createOpenDraft(t.payload)) as typeof draft
    const a = await comment({ notify: 'on' }, open)
    await comment({ notify: 'on', email: a.fields.email, body: 'Ý kiến thứ hai.' }, open)
    const b = await comment({}, open)
    await t.payload.update({
      collection: 'drafts',
      id: open.id,
      data: { opensAt: new Date(Date.now() - 70 * DAY).toISOString(), closesAt: new Date(Date.now() - 60_000).toISOString(), shortPeriodReason: 'Thử nghiệm', _status: 'published' } as never,
      overrideAccess: true,
    })
    await publishReport(t.payload, { id: open.id, user: approver, publishedAt: new Date(), summary: 'Tổng hợp chung.' })
    await runQueue()
    await runQueue()
    const report = notices(a.fields.email).filter((m) => m.subject.startsWith('Đã công bố báo cáo'))
    expect(report).toHaveLength(1)
    expect(report[0]!.text).toContain(`https://congthongtin.vidu.gov.vn/du-thao/${open.slug}/bao-cao`)
    expect(notices(b.fields.email)).toHaveLength(0)
  })
})

describe('askers', () => {
  it('hear of answered, published and declined (with the reason), never of assignment', async () => {
    const q = await question()
    const update = (id: number, data: Record<string, unknown>, user: unknown) => t.payload.update({ collection: 'questions', id, data: data as never, user: user as never, overrideAccess: false })
    await update(q.id, { assignedTo: editor.id }, moderator)
    await runQueue()
    expect(notices(q.fields.email)).toHaveLength(0)
    await update(q.id, { status: 'answered', answer: 'Thời hạn giải quyết là 15 ngày kể từ ngày nhận đủ hồ sơ.' }, editor)
    await runQueue()
    await update(q.id, { status: 'published' }, moderator)
    await runQueue()
    const got = notices(q.fields.email)
    expect(got.map((m) => m.subject)).toEqual([`Câu hỏi ${q.trackingCode} đã được trả lời`, `Câu hỏi ${q.trackingCode} đã được trả lời và công khai`])
    expect(got[0]!.text).toContain('15 ngày kể từ ngày nhận đủ hồ sơ')
    expect(got[1]!.text).toContain(`https://congthongtin.vidu.gov.vn/hoi-dap/${q.trackingCode}`)
    for (const m of got) expect(m.raw).not.toContain('Bí Mật')

    const declined = await question()
    await update(declined.id, { status: 'declined', declineReason: 'Câu hỏi không thuộc thẩm quyền của cơ quan.' }, moderator)
    await runQueue()
    const d = notices(declined.fields.email)
    expect(d).toHaveLength(1)
    expect(d[0]!.text).toContain('Câu hỏi không thuộc thẩm quyền của cơ quan.')
  })
})

describe('staff digest', () => {
  it('lists what waits for each person who receives it, respects the setting, and goes once a day', async () => {
    const mod = await createUser(t.payload, 'moderator')
    const silent = await createUser(t.payload, 'approver')
    await t.payload.update({ collection: 'users', id: silent.id, data: { digest: 'off' } as never, user: silent as never, overrideAccess: false })
    const plainEditor = await createUser(t.payload, 'editor')
    const keenEditor = await createUser(t.payload, 'editor')
    await t.payload.update({ collection: 'users', id: keenEditor.id, data: { digest: 'daily' } as never, user: keenEditor as never, overrideAccess: false })
    expect((await t.payload.findByID({ collection: 'users', id: mod.id, overrideAccess: true })).digest).toBe('daily')
    expect((await t.payload.findByID({ collection: 'users', id: plainEditor.id, overrideAccess: true })).digest).toBe('off')

    const pending = await comment({ body: 'Góp ý đang chờ kiểm duyệt.' })
    const late = await question()
    await t.payload.update({ collection: 'questions', id: late.id, data: { assignedTo: keenEditor.id } as never, user: moderator as never, overrideAccess: false })
    // Due two days ago (written under the doors: the due day is frozen at intake).
    await t.payload.db.updateOne({ collection: 'questions', id: late.id, data: { dueDate: new Date(Date.now() - 2 * DAY).toISOString() } })

    const digest = async () => {
      await t.payload.jobs.queue({ task: 'staffDigest', input: {}, queue: NOTIFICATION_QUEUE })
      await runQueue()
    }
    await digest()
    const forMod = to(mod.email)
    expect(forMod).toHaveLength(1)
    expect(forMod[0]!.subject).toMatch(/^Việc cần xử lý ngày \d{2}\/\d{2}\/\d{4}: \d+ góp ý chờ kiểm duyệt/)
    expect(forMod[0]!.text).toContain(draft.title)
    expect(forMod[0]!.text).toContain(late.trackingCode)
    expect(forMod[0]!.text).toContain('https://congthongtin.vidu.gov.vn/admin/collections/comments?where[status][equals]=pending')
    expect(forMod[0]!.text).not.toContain(pending.body!)
    expect(header(forMod[0]!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const forEditor = to(keenEditor.email)
    expect(forEditor).toHaveLength(1)
    expect(forEditor[0]!.text).toContain(late.trackingCode)
    expect(forEditor[0]!.text).not.toContain('góp ý chờ kiểm duyệt')
    expect(to(silent.email)).toHaveLength(0)
    expect(to(plainEditor.email)).toHaveLength(0)

    await digest()
    expect(to(mod.email)).toHaveLength(1)

    // The digest's own one-click link turns the setting off.
    expect((await handleUnsubscribePost(new Request(unsubscribeLink(forMod[0]!), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }))).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'users', id: mod.id, overrideAccess: true })).digest).toBe('off')
  })
})

describe('delivery through the job queue', () => {
  it('a refused SMTP exchange is retried with backoff and delivered once', async () => {
    const mine = await comment({ notify: 'on' })
    smtp.refuseNext(1)
    await moderateComment(t.payload, { id: mine.id, user: moderator, action: { status: 'published' } })
    await runQueue()
    expect(notices(mine.fields.email)).toHaveLength(0)
    const row = (await t.payload.find({ collection: 'notifications', where: { comment: { equals: mine.id } }, overrideAccess: true })).docs[0]!
    expect(row).toMatchObject({ state: 'queued', attempts: 1 })
    expect(row.note).toMatch(/451/)
    const jobs = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNotification' } }, pagination: false, overrideAccess: true })
    const job = jobs.docs.find((j) => (j.input as { id?: string }).id === String(row.id))!
    expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS + 100))
    await runQueue()
    await runQueue()
    expect(notices(mine.fields.email)).toHaveLength(1)
    expect((await t.payload.findByID({ collection: 'notifications', id: row.id, overrideAccess: true })).state).toBe('sent')
  })

  it('a runner killed while sending leaves the message to be delivered exactly once when the queue runs again', async () => {
    const mine = await comment({ notify: 'on' })
    await moderateComment(t.payload, { id: mine.id, user: moderator, action: { status: 'published' } })
    const row = (await t.payload.find({ collection: 'notifications', where: { comment: { equals: mine.id } }, overrideAccess: true })).docs[0]!

    // An SMTP server that accepts connections and never greets: the runner hangs mid-send.
    const sockets = new Set<net.Socket>()
    const silent = net.createServer((s) => sockets.add(s))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/notification-runner.ts'], {
      cwd: ROOT,
      env: { ...process.env, PAYLOAD_DB_PUSH: '0', SMTP_PORT: String((silent.address() as net.AddressInfo).port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child)
    let stderr = ''
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()))
    readline.createInterface({ input: child.stdout! }).on('line', () => undefined)
    const until = Date.now() + 60_000
    for (;;) {
      const now = await t.payload.findByID({ collection: 'notifications', id: row.id, overrideAccess: true })
      if (now.state === 'sending' && sockets.size > 0) break
      if (Date.now() > until || child.exitCode !== null) throw new Error(`the runner never started sending: ${stderr.slice(-2000)}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    for (const s of sockets) s.destroy()
    silent.close()
    expect(notices(mine.fields.email)).toHaveLength(0)

    // Once the lease has passed, the next run delivers it, once.
    await new Promise((r) => setTimeout(r, LEASE_MS + 200))
    await runQueue()
    await runQueue()
    await new Promise((r) => setTimeout(r, LEASE_MS + 200))
    await runQueue()
    expect(notices(mine.fields.email)).toHaveLength(1)
    expect((await t.payload.findByID({ collection: 'notifications', id: row.id, overrideAccess: true })).state).toBe('sent')
  }, 120_000)
})
