import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { seed } from '../../cms/seed'
import { handleCommentPost } from '../../site/lib/drafts/comment-post'
import { commentFields, createOpenDraft, formPost } from '../helpers/drafts'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer } from '../helpers/smtp'
import { runtime } from '../../cms/runtime'

let t: TestPayload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
  // The adapter reads these when Payload starts.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_FROM = 'Cổng thông tin thử <no-reply@vidu.gov.vn>'
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => {
  // Background grouping must finish before the database closes.
  if (t) await groupingIdle(t.payload)
  runtime().payload = undefined
  for (const k of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM']) delete process.env[k]
  await t?.cleanup()
  await smtp?.close()
})

describe('receipt by email through SMTP', () => {
  it('sends the tracking code to the commenter, with the status link and nothing they wrote', async () => {
    const draft = await createOpenDraft(t.payload)
    const fields = commentFields({ article: 'dieu-1', body: 'Nội dung riêng tư không được gửi lại qua thư.' })
    const result = await handleCommentPost({ request: formPost(draft.slug!, fields), slug: draft.slug!, ip: '10.2.0.1' })
    expect(result.kind).toBe('accepted')
    if (result.kind !== 'accepted') return
    const mail = await smtp.waitFor((m) => m.to.includes(fields.email))
    expect(mail.from).toBe('no-reply@vidu.gov.vn')
    expect(mail.subject).toBe(`Xác nhận đã nhận góp ý ${result.code}`)
    expect(mail.text).toContain(`Mã góp ý: ${result.code}`)
    expect(mail.text).toContain('Góp ý về: Điều 1')
    expect(mail.text).toContain(`/du-thao/tra-cuu?ma=${result.code}`)
    expect(mail.raw).not.toContain('riêng tư')
    expect(mail.text).not.toContain('riêng tư')
  })
})

describe('links in mail come from PUBLIC_HOST, never the request', () => {
  it('a post with a forged Host gets a receipt linking only to the configured portal', async () => {
    process.env.PUBLIC_HOST = 'congthongtin.vidu.gov.vn'
    try {
      const draft = await createOpenDraft(t.payload)
      const fields = commentFields({ body: 'Góp ý gửi qua một Host giả mạo.' })
      const forged = formPost(draft.slug!, fields)
      const request = new Request(`http://evil.example/du-thao/${draft.slug}`, { method: 'POST', body: await forged.arrayBuffer(), headers: { 'content-type': forged.headers.get('content-type')!, host: 'evil.example' } })
      const result = await handleCommentPost({ request, slug: draft.slug!, ip: '10.2.0.2' })
      expect(result.kind).toBe('accepted')
      const mail = await smtp.waitFor((m) => m.to.includes(fields.email))
      expect(mail.raw).not.toContain('evil.example')
      expect(mail.text).toContain(`https://congthongtin.vidu.gov.vn/du-thao/tra-cuu?ma=`)
    } finally {
      delete process.env.PUBLIC_HOST
    }
  })

  it('the password-reset mail carries an absolute link', async () => {
    const email = `quen-mat-khau-${Date.now()}@vidu.gov.vn`
    await t.payload.create({ collection: 'users', data: { email, password: 'Mat-khau-thu-2026!', role: 'editor' } as never, overrideAccess: true })
    await t.payload.forgotPassword({ collection: 'users', data: { email } })
    const mail = await smtp.waitFor((m) => m.to.includes(email))
    expect(mail.text + mail.raw).toMatch(/http:\/\/127\.0\.0\.1:\d+\/admin\/reset\/[A-Za-z0-9]+/)
  })
})
