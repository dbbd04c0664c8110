import { describe, expect, it } from 'vitest'

import { parseFrom, smtpSettingsFromEnv } from '../../../cms/email/smtpAdapter'
import { receiptMessage } from '../../../cms/consultation/comments/receipt'
import { cacheSeconds, commentCountsText, daysLeftText, deadlineText, windowText } from '../../../cms/consultation/labels'
import { parseLimit } from '../../../cms/consultation/comments/limits'
import { clientIp } from '../../../site/lib/drafts/client-ip'
import { readForm, readLimitedBody } from '../../../site/lib/drafts/form-body'

describe('draft wording', () => {
  it('says a midnight deadline the way people do: "hết ngày" the day before', () => {
    expect(deadlineText('2026-08-15T17:00:00.000Z')).toBe('hết ngày 15/08/2026')
    expect(deadlineText('2026-08-16T09:30:00+07:00')).toBe('09:30 ngày 16/08/2026')
    expect(windowText('2026-06-01T00:00:00+07:00', '2026-07-31T00:00:00+07:00')).toBe('từ ngày 01/06/2026 đến hết ngày 30/07/2026')
    expect(daysLeftText(0)).toBe('Hôm nay là ngày cuối nhận góp ý')
    expect(daysLeftText(1234)).toBe('Còn 1.234 ngày')
  })

  it('never lets a page be cached past its next state change', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    expect(cacheSeconds(null, now)).toBe(60)
    expect(cacheSeconds(new Date('2026-06-01T00:00:20Z'), now)).toBe(20)
    expect(cacheSeconds(new Date('2026-06-02T00:00:00Z'), now)).toBe(60)
  })
})

describe('intake settings', () => {
  it('reads rate limits as "max/seconds" and falls back on nonsense', () => {
    expect(parseLimit('20/600', { max: 1, windowMs: 1 })).toEqual({ max: 20, windowMs: 600_000 })
    expect(parseLimit('0/10', { max: 1, windowMs: 1 })).toEqual({ max: 1, windowMs: 1 })
    expect(parseLimit(undefined, { max: 1, windowMs: 1 })).toEqual({ max: 1, windowMs: 1 })
  })

  it('ignores X-Forwarded-For unless the portal sits behind a trusted proxy', () => {
    const req = new Request('http://x/', { headers: { 'x-forwarded-for': '1.1.1.1, 10.0.0.9' } })
    expect(clientIp(req, () => '127.0.0.1')).toBe('127.0.0.1')
    process.env.TRUST_PROXY = '1'
    expect(clientIp(req, () => '127.0.0.1')).toBe('10.0.0.9')
    delete process.env.TRUST_PROXY
    expect(clientIp(req, () => { throw new Error('no socket') })).toBe('unknown')
  })

  it('refuses a body over the limit while it streams, even without Content-Length', async () => {
    const big = new ReadableStream({ start(c) { for (let i = 0; i < 5; i++) c.enqueue(new Uint8Array(1024)); c.close() } })
    const req = new Request('http://x/', { method: 'POST', body: big, duplex: 'half', headers: { 'content-type': 'application/octet-stream' } } as RequestInit)
    expect(await readLimitedBody(req, 4096)).toBeNull()
    const ok = await readForm(new Request('http://x/', { method: 'POST', body: new URLSearchParams({ a: 'Việt', b: '2' }) }), 4096)
    expect(ok).toEqual({ ok: true, fields: { a: 'Việt', b: '2' }, file: null })
  })

  it('keeps the typed fields when the file is over its limit, and refuses an overlong field', async () => {
    const form = new FormData()
    form.append('body', 'Góp ý của tôi')
    form.append('attachment', new Blob([new Uint8Array(5000)], { type: 'application/pdf' }), 'to.pdf')
    form.append('fullName', 'Lê Văn A')
    expect(await readForm(new Request('http://x/', { method: 'POST', body: form }), 4096)).toEqual({ ok: false, reason: 'tooLarge', fields: { body: 'Góp ý của tôi', fullName: 'Lê Văn A' } })
    const small = new FormData()
    small.append('attachment', new Blob([new Uint8Array([37, 80, 68, 70])], { type: 'application/pdf' }), 'nhỏ.pdf')
    const read = await readForm(new Request('http://x/', { method: 'POST', body: small }), 4096)
    expect(read).toMatchObject({ ok: true, file: { name: 'nhỏ.pdf', type: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) } })
    const long = new FormData()
    long.append('body', 'x'.repeat(300 * 1024))
    expect(await readForm(new Request('http://x/', { method: 'POST', body: long }), 4096)).toEqual({ ok: false, reason: 'unreadable' })
  })
})

describe('mail', () => {
  it('reads SMTP settings only when SMTP_HOST is set', () => {
    expect(smtpSettingsFromEnv({})).toBeNull()
    expect(smtpSettingsFromEnv({ SMTP_HOST: 'mail.vidu.gov.vn', SMTP_PORT: '465', SMTP_FROM: 'Cổng <no-reply@vidu.gov.vn>' })).toMatchObject({
      host: 'mail.vidu.gov.vn',
      port: 465,
      secure: true,
      fromAddress: 'no-reply@vidu.gov.vn',
      fromName: 'Cổng',
    })
    expect(parseFrom('khong hop le')).toMatchObject({ address: 'no-reply@localhost' })
  })

  it('writes a receipt with the code and the status link, escaped in HTML', () => {
    const m = receiptMessage({ code: 'GY-2026-000123', draftTitle: 'Dự thảo <A&B>', draftUrl: 'https://x.gov.vn/du-thao/a', statusUrl: 'https://x.gov.vn/du-thao/tra-cuu?ma=GY-2026-000123', articleLabel: null, submittedAt: new Date('2026-06-01T02:00:00Z'), portalName: 'Cổng' })
    expect(m.subject).toBe('Xác nhận đã nhận góp ý GY-2026-000123')
    expect(m.text).toContain('Góp ý về: Toàn bộ dự thảo')
    expect(m.text).toContain('01/06/2026 09:00')
    expect(m.html).toContain('Dự thảo &lt;A&amp;B&gt;')
  })
})

describe('comment counts', () => {
  it('counts comments shown with their text, and hidden ones apart; never pending ones', () => {
    expect(commentCountsText(0, 0)).toBe('Chưa có ý kiến')
    expect(commentCountsText(1, 0)).toBe('1 ý kiến đã công khai')
    expect(commentCountsText(1, 1)).toBe('1 ý kiến đã công khai, 1 ý kiến bị ẩn')
    expect(commentCountsText(0, 2)).toBe('0 ý kiến đã công khai, 2 ý kiến bị ẩn')
    expect(commentCountsText(10000, 0)).toBe('10.000 ý kiến đã công khai')
  })
})
