import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queuesFor } from '../../cms/admin/work-queues'
import { startOfVnDay, vnDayKey } from '../../cms/lib/dates'
import { addWorkingDays } from '../../cms/lib/working-days'
import { holidayDays } from '../../cms/questions/holidays'
import { MODERATOR_ONLY_MESSAGE } from '../../cms/questions/states'
import { receiptKey } from '../../cms/questions/status'
import { questionTimelines } from '../../cms/questions/timelines'
import { runtime } from '../../cms/runtime'
import { seedHolidays } from '../../cms/seed/holidays'
import { seedReferenceData } from '../../cms/seed/referenceData'
import { seedSettings } from '../../cms/seed/settings'
import { getPublishedQuestion, lookupQuestionStatus, questionReceipt, searchQuestions } from '../../site/lib/cms/questions'
import { clearStatsCache, loadStatsInput } from '../../site/lib/cms/stats'
import { handleQuestionPost, type QuestionPostResult } from '../../site/lib/questions/question-post'
import { computeStats } from '../../site/lib/stats/compute'
import { figureById } from '../../site/lib/stats/figures'
import { TINY_PDF } from '../helpers/drafts'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'
import { startSmtpServer } from '../helpers/smtp'
import { signFormStart } from '../../cms/lib/form-start'

let t: TestPayload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let editor: Awaited<ReturnType<typeof createUser>>
let moderator: Awaited<ReturnType<typeof createUser>>
let fieldIds: Map<string, number | string>
let ip = 0
const DAY = 24 * 3600_000

beforeAll(async () => {
  smtp = await startSmtpServer()
  // The mail adapter reads these when Payload starts.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_FROM = 'Cổng thông tin thử <no-reply@vidu.gov.vn>'
  t = await createTestPayload()
  runtime().payload = t.payload
  const quiet = () => undefined
  fieldIds = await seedReferenceData(t.payload, 'fields', 'fields.json', quiet)
  await seedSettings(t.payload, quiet)
  await seedHolidays(t.payload, quiet)
  editor = await createUser(t.payload, 'editor')
  moderator = await createUser(t.payload, 'moderator')
})
afterAll(async () => {
  runtime().payload = undefined
  for (const k of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM']) delete process.env[k]
  await t?.cleanup()
  await smtp?.close()
})

const firstField = () => String([...fieldIds.values()][0])

/** Form fields of a valid question, started a minute ago. */
function questionFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: `Thời hạn cấp giấy phép xây dựng ${Math.random().toString(36).slice(2, 8)}`,
    body: 'Tôi nộp hồ sơ xin cấp giấy phép xây dựng nhà ở riêng lẻ; thời hạn giải quyết là bao nhiêu ngày?',
    field: '',
    fullName: 'Trần Thị Hỏi',
    email: `hoi-${Math.random().toString(36).slice(2, 10)}@example.vn`,
    phone: '0912 345 678',
    allowPublication: 'on',
    consent: 'on',
    website: '',
    startedAt: signFormStart(Date.now() - 60_000),
    ...overrides,
  }
}

function formRequest(fields: Record<string, string>, file?: { name: string; type: string; bytes: Uint8Array }): Request {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append('attachment', new Blob([file.bytes.slice()], { type: file.type }), file.name)
  return new Request('http://127.0.0.1:4321/hoi-dap/gui-cau-hoi', { method: 'POST', body: form })
}

/** Posts the form as a browser would; with `now`, as if the person had filled it in the minute before. */
const ask = (fields: Record<string, string>, opts: { now?: Date; file?: { name: string; type: string; bytes: Uint8Array } } = {}) =>
  handleQuestionPost({ request: formRequest(opts.now ? { ...fields, startedAt: signFormStart(opts.now.getTime() - 60_000) } : fields, opts.file), ip: `10.9.0.${++ip}`, now: opts.now })

const rejected = (r: QuestionPostResult) => {
  if (r.kind !== 'rejected') throw new Error(`expected a rejection, got ${r.kind}`)
  return r
}

async function accepted(fields = questionFields(), opts: { now?: Date; file?: { name: string; type: string; bytes: Uint8Array } } = {}) {
  const r = await ask(fields, opts)
  if (r.kind !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(r)}`)
  const { docs } = await t.payload.find({ collection: 'questions', where: { trackingCode: { equals: r.code } }, depth: 0, overrideAccess: true })
  return { ...docs[0]!, fields, location: r.location }
}

const update = (id: number, data: Record<string, unknown>, user: unknown) => t.payload.update({ collection: 'questions', id, data: data as never, user: user as never, overrideAccess: false })

describe('asking a question', () => {
  it('stores it received with its due day and answers with a tracking code and the receipt address', async () => {
    const q = await accepted(questionFields({ field: firstField(), title: '<b>Hỏi</b> về <script>x</script>giấy phép' }), { file: { name: 'Hồ sơ của tôi.pdf', type: 'application/pdf', bytes: TINY_PDF } })
    expect(q.trackingCode).toMatch(/^HD-\d{4}-\d{6}$/)
    expect(q.location).toBe(`/hoi-dap/da-gui?ma=${q.trackingCode}&k=${receiptKey(t.payload.secret, q.trackingCode)}#bien-nhan`)
    expect(q).toMatchObject({ status: 'received', title: 'Hỏi về giấy phép', askerName: 'Trần Thị Hỏi', email: q.fields.email, phone: '0912 345 678', allowPublication: true, answeredAt: null })
    expect(q.attachment).toBeTruthy()
    expect(q.dueDate).toBeTruthy()
    // The receipt's key opens what was sent; the code alone does not.
    const key = new URLSearchParams(q.location.split('?')[1]!.split('#')[0]).get('k')
    expect(await questionReceipt(q.trackingCode, key)).toMatchObject({ code: q.trackingCode, fullName: 'Trần Thị Hỏi', email: q.fields.email, attachmentName: 'ho-so-cua-toi.pdf', statusLabel: 'Đã tiếp nhận' })
    expect(await questionReceipt(q.trackingCode, null)).toBeNull()
    expect(await questionReceipt(q.trackingCode, receiptKey(t.payload.secret, 'HD-2026-999999'))).toBeNull()
  })

  it('sends a receipt e-mail with the code, due day and status link, and nothing the asker typed', async () => {
    const q = await accepted(questionFields({ body: 'Chi tiết riêng tư về thửa đất số 123.' }))
    const mail = await smtp.waitFor((m) => m.to.includes(q.fields.email))
    expect(mail.subject).toBe(`Xác nhận đã nhận câu hỏi ${q.trackingCode}`)
    expect(mail.text).toContain(`Mã câu hỏi: ${q.trackingCode}`)
    expect(mail.text).toMatch(/Hạn trả lời: \d{2}\/\d{2}\/\d{4} \(15 ngày làm việc kể từ ngày nhận\)/)
    expect(mail.text).toContain(`/hoi-dap/tra-cuu?ma=${q.trackingCode}`)
    expect(mail.raw).not.toContain('riêng tư')
    expect(mail.raw).not.toContain(q.fields.title)
  })

  it('refuses a wrong form with 422, every problem naming its field, and gives back what was typed', async () => {
    const r = rejected(await ask(questionFields({ title: '', email: 'khong-hop-le', body: 'x'.repeat(5001), consent: '', field: '999999', phone: 'abc' })))
    expect(r.status).toBe(422)
    expect(r.errors.map((e) => e.field)).toEqual(['title', 'body', 'field', 'email', 'phone', 'consent'])
    expect(r.errors[0]!.message).toBe('Tiêu đề câu hỏi: bắt buộc')
    expect(r.values).toMatchObject({ email: 'khong-hop-le', field: '999999', phone: 'abc' })
    expect(r.values.body).toHaveLength(5001)
  })

  it('refuses a renamed executable, a bot-filled trap and a post faster than a person types, without saying which check', async () => {
    const file = rejected(await ask(questionFields(), { file: { name: 'ho-so.pdf', type: 'application/pdf', bytes: Buffer.from('MZ\x90\x00 not a pdf') } }))
    expect([file.status, file.errors[0]!.field, file.fileDropped]).toEqual([422, 'attachment', true])
    const trap = rejected(await ask(questionFields({ website: 'http://spam.example' })))
    expect([trap.status, trap.errors[0]!.message]).toEqual([400, 'Không thể tiếp nhận câu hỏi này. Vui lòng tải lại trang và thử lại.'])
    expect(rejected(await ask(questionFields({ startedAt: signFormStart(Date.now()) }))).errors[0]!.message).toMatch(/gửi quá nhanh/)
  })

  it('refuses the same question twice from one address with 409 and the earlier code', async () => {
    const fields = questionFields()
    const first = await accepted(fields)
    const again = rejected(await ask({ ...fields, title: fields.title.toUpperCase() }))
    expect(again.status).toBe(409)
    expect(again.errors[0]!.message).toContain(first.trackingCode)
  })

  it('limits questions per e-mail address (429 with Retry-After), whatever the client address', async () => {
    process.env.QUESTION_RATE_LIMIT_EMAIL = '2/3600'
    try {
      const email = `gioi-han-${Date.now()}@example.vn`
      for (let i = 0; i < 2; i++) expect((await ask(questionFields({ email }))).kind).toBe('accepted')
      const third = rejected(await ask(questionFields({ email })))
      expect(third.status).toBe(429)
      expect(Number(third.headers['Retry-After'])).toBeGreaterThan(0)
      expect(third.errors[0]!.message).toMatch(/quá nhiều yêu cầu/)
    } finally {
      delete process.env.QUESTION_RATE_LIMIT_EMAIL
    }
  })
})

describe('the due day is 15 working days on the holiday calendar', () => {
  it('skips Tết for a question received before it, and a day off an administrator adds', async () => {
    const received = new Date('2026-02-10T10:00:00+07:00')
    const before = await accepted(questionFields(), { now: received })
    expect(vnDayKey(before.receivedAt)).toBe('2026-02-10')
    expect(vnDayKey(before.dueDate)).toBe('2026-03-10')
    // The calendar is the administrators' table, read when the question arrives.
    const admin = await createUser(t.payload, 'admin')
    await t.payload.create({ collection: 'holidays', data: { date: '2026-03-05T00:00:00+07:00', name: 'Ngày nghỉ thử nghiệm' }, user: admin, overrideAccess: false })
    const after = await accepted(questionFields(), { now: received })
    expect(vnDayKey(after.dueDate)).toBe('2026-03-11')
    // The due day given to the first asker stays what it was.
    expect(vnDayKey((await t.payload.findByID({ collection: 'questions', id: before.id, overrideAccess: true })).dueDate)).toBe('2026-03-10')
  })

  it('shows staff how each open question stands: late, due soon, on time', async () => {
    const holidays = await holidayDays(t.payload)
    const today = startOfVnDay(new Date())!
    const late = await accepted(questionFields(), { now: new Date(Date.now() - 60 * DAY) })
    // Due 2 working days from today (a weekend or holiday today counts from the next working day):
    // received 15 working days before that due day.
    const due = addWorkingDays(today, 2, holidays)!
    const soon = await accepted(questionFields(), { now: new Date(addWorkingDays(due, -15, holidays)!.getTime() + 9 * 3600_000) })
    const fresh = await accepted(questionFields())
    const read = (id: number) => t.payload.findByID({ collection: 'questions', id, user: editor, overrideAccess: false })
    expect((await read(late.id)).deadline).toMatch(/^Quá hạn \d+ ngày làm việc \(hạn \d{2}\/\d{2}\/\d{4}\)$/)
    expect((await read(soon.id)).deadline).toMatch(/^Sắp đến hạn: còn 2 ngày làm việc/)
    expect((await read(fresh.id)).deadline).toMatch(/^Trong hạn: còn 15 ngày làm việc/)
    // The dashboard queue of those who answer: the late and the due-soon question, earliest due
    // first, with the late count in its title; the fresh one is not there yet.
    const queue = (await queuesFor(t.payload, editor)).find((q) => q.title.startsWith('Câu hỏi sắp đến hạn'))!
    const labels = queue.items!.map((i) => i.label)
    expect(labels.findIndex((l) => l.startsWith(late.trackingCode))).toBeLessThan(labels.findIndex((l) => l.startsWith(soon.trackingCode)))
    expect(labels.some((l) => l.startsWith(fresh.trackingCode))).toBe(false)
    expect(queue.title).toMatch(/\(\d+ quá hạn\)$/)
    expect(queue.items!.find((i) => i.label.startsWith(soon.trackingCode))!.detail).toMatch(/^Sắp đến hạn: còn 2 ngày làm việc/)
  })
})

describe('answering: the workflow is enforced for staff through the Local API', () => {
  it('an editor assigns and answers; only a moderator publishes, and only with the asker’s agreement', async () => {
    const q = await accepted()
    await expect(update(q.id, { status: 'assigned' }, editor)).rejects.toThrow('Người được giao: cần chọn người hoặc đơn vị được giao trả lời câu hỏi.')
    const assigned = await update(q.id, { assignedTo: editor.id }, editor)
    expect(assigned.status).toBe('assigned')
    await expect(update(q.id, { status: 'answered' }, editor)).rejects.toThrow('Nội dung trả lời: bắt buộc trước khi chuyển sang «Đã trả lời».')
    await expect(update(q.id, { status: 'published', answer: 'Trả lời.' }, editor)).rejects.toThrow(MODERATOR_ONLY_MESSAGE)
    const answered = await update(q.id, { status: 'answered', answer: 'Thời hạn là 15 ngày <script>x</script>kể từ ngày nhận đủ hồ sơ.' }, editor)
    expect(answered.answer).toBe('Thời hạn là 15 ngày kể từ ngày nhận đủ hồ sơ.')
    expect(answered.answeredAt).toBeTruthy()
    expect(typeof answered.answeredBy === 'object' ? answered.answeredBy?.id : answered.answeredBy).toBe(editor.id)
    const published = await update(q.id, { status: 'published' }, moderator)
    expect(published.publishedAt).toBeTruthy()
    expect(published.answeredAt).toBe(answered.answeredAt)
    // A published answer changes only by the publishing group.
    await expect(update(q.id, { answer: 'Sửa lại.' }, editor)).rejects.toThrow(MODERATOR_ONLY_MESSAGE)
    const log = await t.payload.find({ collection: 'audit-log', where: { docId: { equals: String(q.id) } }, sort: 'at', overrideAccess: true })
    expect(log.docs.map((e) => [e.from, e.to])).toEqual([
      ['Đã tiếp nhận', 'Đã giao xử lý'],
      ['Đã giao xử lý', 'Đã trả lời'],
      ['Đã trả lời', 'Đã trả lời và công khai'],
    ])
  })

  it('a question the asker keeps private is answered but never published', async () => {
    const q = await accepted(questionFields({ allowPublication: '' }))
    await update(q.id, { status: 'answered', answer: 'Trả lời riêng.' }, moderator)
    await expect(update(q.id, { status: 'published' }, moderator)).rejects.toThrow(/người hỏi không đồng ý công khai/)
  })

  it('declining needs a public reason and the publishing group; a declined question is never published', async () => {
    const q = await accepted()
    await expect(update(q.id, { status: 'declined', declineReason: 'Không thuộc thẩm quyền.' }, editor)).rejects.toThrow(MODERATOR_ONLY_MESSAGE)
    await expect(update(q.id, { status: 'declined' }, moderator)).rejects.toThrow('Lý do từ chối: bắt buộc; lý do được báo cho người hỏi khi tra cứu câu hỏi.')
    const declined = await update(q.id, { status: 'declined', declineReason: 'Câu hỏi không thuộc thẩm quyền của cơ quan; đề nghị gửi Sở Xây dựng.' }, moderator)
    expect(declined.declinedAt).toBeTruthy()
    await expect(update(q.id, { status: 'published', answer: 'x' }, moderator)).rejects.toThrow('Trạng thái: không thể chuyển từ «Từ chối trả lời» sang «Đã trả lời và công khai».')
    expect(await lookupQuestionStatus(q.trackingCode, q.fields.email)).toMatchObject({ status: 'declined', declineReason: 'Câu hỏi không thuộc thẩm quyền của cơ quan; đề nghị gửi Sở Xây dựng.', answerText: null })
  })

  it('what the asker sent and what the server derives cannot be changed, by any role', async () => {
    const q = await accepted()
    const admin = await createUser(t.payload, 'admin')
    const after = await update(q.id, { body: 'đã sửa', email: 'khac@example.vn', trackingCode: 'HD-1999-000001', dueDate: '2099-01-01T00:00:00.000Z', receivedAt: '2000-01-01T00:00:00.000Z', answeredAt: '2000-01-01T00:00:00.000Z', allowPublication: false }, admin)
    expect(after).toMatchObject({ body: q.body, email: q.email, trackingCode: q.trackingCode, dueDate: q.dueDate, receivedAt: q.receivedAt, answeredAt: null, allowPublication: true })
    await expect(t.payload.create({ collection: 'questions', data: { title: 'Tạo thẳng', body: 'x' } as never, user: admin, overrideAccess: false })).rejects.toThrow()
  })
})

describe('the REST API, as an attacker and as staff', () => {
  it('nobody creates or changes a question through REST; staff get the same rules with Vietnamese messages', async () => {
    const rest = restClient(t.payload, t.key)
    const q = await accepted()
    expect((await rest('POST', '/questions', { body: { title: 'Giả mạo', body: 'x', email: 'a@b.vn', status: 'published', answer: 'x', allowPublication: true } })).status).toBe(403)
    expect((await rest('PATCH', `/questions/${q.id}`, { body: { status: 'published', answer: 'x' } })).status).toBe(403)
    expect((await rest('DELETE', `/questions/${q.id}`)).status).toBe(403)
    expect((await rest('GET', `/question-files`)).status).toBe(403)
    const ed = await staffToken(t.payload, 'editor')
    expect((await rest('POST', '/questions', { token: ed.token, body: { title: 'Giả mạo', body: 'x' } })).status).toBe(403)
    const asEditor = await rest('PATCH', `/questions/${q.id}`, { token: ed.token, body: { status: 'published', answer: 'Trả lời nhanh.' } })
    expect(asEditor.status).toBe(403)
    expect(JSON.stringify(asEditor.json)).toContain(MODERATOR_ONLY_MESSAGE)
    const mod = await staffToken(t.payload, 'moderator')
    const noAnswer = await rest('PATCH', `/questions/${q.id}`, { token: mod.token, body: { status: 'published' } })
    expect(noAnswer.status).toBe(400)
    expect(JSON.stringify(noAnswer.json)).toContain('Nội dung trả lời: bắt buộc trước khi chuyển sang «Đã trả lời và công khai».')
    expect((await t.payload.findByID({ collection: 'questions', id: q.id, overrideAccess: true })).status).toBe('received')
  })

  it('anonymous reads return published questions only, without any personal data, and cannot filter by it', async () => {
    const rest = restClient(t.payload, t.key)
    const hidden = await accepted(questionFields({ body: 'Câu hỏi chưa trả lời bí-mật-789' }))
    const shown = await accepted(questionFields({ phone: '0987 654 321' }))
    await update(shown.id, { status: 'published', answer: 'Câu trả lời công khai.' }, moderator)
    const list = await rest('GET', '/questions?limit=100&depth=1')
    expect(list.status).toBe(200)
    const codes = list.json.docs.map((d: { trackingCode: string }) => d.trackingCode)
    expect(codes).toContain(shown.trackingCode)
    expect(codes).not.toContain(hidden.trackingCode)
    const keys = new Set(list.json.docs.flatMap((d: object) => Object.keys(d)))
    for (const secret of ['askerName', 'email', 'phone', 'attachment', 'assignedTo', 'answeredBy', 'declineReason', 'consentAt', 'exactKey', 'deadline']) expect(keys.has(secret)).toBe(false)
    expect(JSON.stringify(list.json)).not.toMatch(/@example\.vn|Trần Thị Hỏi|0987 654 321|bí-mật-789/)
    expect((await rest('GET', `/questions/${hidden.id}`)).status).toBe(404)
    const byEmail = await rest('GET', `/questions?where[email][equals]=${encodeURIComponent(shown.email!)}`)
    expect(byEmail.status === 400 || byEmail.status === 403 || byEmail.json.totalDocs === 0).toBe(true)
    const byName = await rest('GET', `/questions?where[askerName][like]=Tr`)
    expect(byName.status === 400 || byName.status === 403 || byName.json.totalDocs === 0).toBe(true)
  })
})

describe('public pages read only published questions, without personal data', () => {
  it('lists, searches without accents, filters by field and shows one question; the asker looks up their answer', async () => {
    const field = firstField()
    const q = await accepted(questionFields({ title: 'Thủ tục đăng ký hộ kinh doanh cá thể', field }))
    const other = await accepted(questionFields({ title: 'Đăng ký hộ kinh doanh khi chưa trả lời' }))
    expect((await searchQuestions({ q: 'dang ky ho kinh doanh' })).items.map((i) => i.code)).not.toContain(q.trackingCode)
    expect(await getPublishedQuestion(q.trackingCode)).toBeNull()
    await update(q.id, { status: 'answered', answer: 'Hộ kinh doanh đăng ký tại Phòng Tài chính – Kế hoạch cấp huyện.' }, editor)
    // Answered, not yet published: the asker reads the answer, the public does not.
    expect(await lookupQuestionStatus(q.trackingCode, q.fields.email.toUpperCase())).toMatchObject({ status: 'answered', answerText: 'Hộ kinh doanh đăng ký tại Phòng Tài chính – Kế hoạch cấp huyện.', published: false })
    expect(await lookupQuestionStatus(q.trackingCode, 'nguoi-khac@example.vn')).toBeNull()
    expect(await getPublishedQuestion(q.trackingCode)).toBeNull()
    await update(q.id, { status: 'published' }, moderator)

    const found = await searchQuestions({ q: 'dang ky ho kinh doanh' })
    expect(found.items.map((i) => i.code)).toEqual([q.trackingCode])
    expect(found.fields.find((f) => f.id === field)?.count).toBe(1)
    expect((await searchQuestions({ q: 'phong tai chinh' })).items.map((i) => i.code)).toEqual([q.trackingCode])
    expect((await searchQuestions({ field })).items.map((i) => i.code)).toContain(q.trackingCode)
    expect((await searchQuestions({ q: 'hộ kinh doanh', field: String(fieldIds.get([...fieldIds.keys()][1]!)) })).total).toBe(0)
    const page = await getPublishedQuestion(q.trackingCode)
    expect(page).toMatchObject({ code: q.trackingCode, title: 'Thủ tục đăng ký hộ kinh doanh cá thể', answerText: 'Hộ kinh doanh đăng ký tại Phòng Tài chính – Kế hoạch cấp huyện.', fieldId: field })
    const everything = JSON.stringify([page, await searchQuestions()])
    expect(everything).not.toMatch(/@example\.vn|Trần Thị Hỏi|0912 345 678/)
    expect(everything).not.toContain(other.trackingCode)

    // Taken down: gone from the public at once.
    await update(q.id, { status: 'answered' }, moderator)
    expect(await getPublishedQuestion(q.trackingCode)).toBeNull()
  })
})

describe('statistics', () => {
  it('count received, answered on time, late and declined questions, from dates only', async () => {
    const now = new Date()
    const report = async () => {
      clearStatsCache()
      return computeStats(await loadStatsInput('http://127.0.0.1:4321', now), { now }).questions
    }
    const before = await report()
    const old = () => ({ now: new Date(now.getTime() - 60 * DAY) })
    const answeredLate = await accepted(questionFields(), old())
    await update(answeredLate.id, { status: 'answered', answer: 'Trả lời muộn.' }, editor)
    const answeredOnTime = await accepted(questionFields())
    await update(answeredOnTime.id, { status: 'answered', answer: 'Trả lời ngay.' }, editor)
    await accepted(questionFields(), old())
    await accepted(questionFields())
    const declined = await accepted(questionFields())
    await update(declined.id, { status: 'declined', declineReason: 'Trùng câu hỏi đã trả lời.' }, moderator)
    const after = await report()
    expect({
      received: after.received - before.received,
      answeredOnTime: after.answeredOnTime - before.answeredOnTime,
      answeredLate: after.answeredLate - before.answeredLate,
      openLate: after.openLate - before.openLate,
      openOnTime: after.openOnTime - before.openOnTime,
      declined: after.declined - before.declined,
    }).toEqual({ received: 5, answeredOnTime: 1, answeredLate: 1, openLate: 1, openOnTime: 1, declined: 1 })
    expect(after.medianWorkingDays).not.toBeNull()
    // The figure on /thong-ke reads the same numbers.
    const rows = figureById('hoi-dap-thoi-han')!.rows({ ...computeStats(await loadStatsInput('http://127.0.0.1:4321', now), { now }) })
    expect(rows.find((r) => r.label === 'Tổng số câu hỏi tiếp nhận')!.count).toBe(after.received)
    // What the statistics read carries no text and no asker.
    const timelines = await questionTimelines(t.payload)
    expect(Object.keys(timelines[0]!).sort()).toEqual(['answeredAt', 'dueDate', 'receivedAt', 'status'])
  })
})
