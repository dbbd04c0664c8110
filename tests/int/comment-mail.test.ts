import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { groupingIdle } from '../../cms/comments/grouping'
import { seed } from '../../cms/seed'
import { handleCommentPost } from '../../site/lib/drafts/comment-post'
import { commentFields, createOpenDraft, formPost } from '../helpers/drafts'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer } from '../helpers/smtp'

let t: TestPayload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>

beforeAll(async () => {
  smtp = await startSmtpServer()
  // The adapter reads these when Payload starts.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_FROM = 'Cổng thông tin thử <no-reply@vidu.gov.vn>'
  t = await createTestPayload()
  globalThis.__portalPayload = t.payload
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => {
  // Background grouping must finish before the database closes.
  if (t) await groupingIdle(t.payload)
  globalThis.__portalPayload = undefined
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
