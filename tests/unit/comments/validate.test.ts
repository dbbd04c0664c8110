import { describe, expect, it } from 'vitest'
import {
  FIELD_LABELS,
  SPAM_MESSAGE,
  STALE_FORM_MESSAGE,
  STANCES,
  SUBMITTER_CATEGORIES,
  TOO_FAST_MESSAGE,
  validateComment,
} from '../../../cms/consultation/comments/validate'
import { formStartKey, signFormStart } from '../../../cms/lib/form-start'

// The portal's secret, as an operator sets it; form start times are signed with a key derived from it.
process.env.PAYLOAD_SECRET = 'bí mật của cổng thử nghiệm'

const now = new Date('2026-03-10T09:00:00+07:00')
const articles = [
  { anchor: 'dieu-1', label: 'Điều 1' },
  { anchor: 'dieu-5', label: 'Điều 5' },
  { anchor: 'dieu-5a', label: 'Điều 5a' },
]
const ctx = { articles, now }

const valid = (over: Record<string, string | undefined> = {}) => ({
  fullName: '  Nguyễn Văn An ',
  email: ' An.Nguyen@Example.VN ',
  phone: '',
  organisation: '',
  submitterCategory: 'individual',
  showName: 'on',
  stance: 'partlyAgree',
  article: 'dieu-5',
  body: 'Đề nghị làm rõ khái niệm "điểm trông giữ xe công cộng" tại khoản 2.',
  consent: 'on',
  website: '',
  startedAt: signFormStart(now.getTime() - 60_000),
  ...over,
})

const messages = (r: ReturnType<typeof validateComment>) => (r.ok ? [] : r.errors.map((e) => e.message))
const fields = (r: ReturnType<typeof validateComment>) => (r.ok ? [] : r.errors.map((e) => e.field))

describe('validateComment: a correct comment', () => {
  it('is accepted with trimmed, normalised values', () => {
    const r = validateComment(valid(), ctx)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toEqual({
      fullName: 'Nguyễn Văn An',
      email: 'an.nguyen@example.vn',
      phone: null,
      organisation: null,
      submitterCategory: 'individual',
      showName: true,
      stance: 'partlyAgree',
      article: 'dieu-5',
      body: 'Đề nghị làm rõ khái niệm "điểm trông giữ xe công cộng" tại khoản 2.',
      consent: true,
      notify: false,
    })
  })

  it('asks for notification mail only when the box is ticked', () => {
    const on = validateComment(valid({ notify: 'on' }), ctx)
    expect(on.ok && on.value.notify).toBe(true)
    const off = validateComment(valid({ notify: '' }), ctx)
    expect(off.ok && off.value.notify).toBe(false)
  })

  it('stores NFC even when the browser sent decomposed (NFD) Vietnamese', () => {
    const r = validateComment(valid({ fullName: 'Nguyễn Thị Hoà'.normalize('NFD') }), ctx)
    expect(r.ok && r.value.fullName).toBe('Nguyễn Thị Hoà'.normalize('NFC'))
  })

  it('treats an empty article as a comment on the whole draft and keeps the name private without the box', () => {
    const r = validateComment(valid({ article: '', showName: undefined }), ctx)
    expect(r.ok && r.value.article).toBe(null)
    expect(r.ok && r.value.showName).toBe(false)
  })

  it('accepts optional phone and organisation when well formed', () => {
    const r = validateComment(valid({ phone: '+84 (24) 3825-1234', organisation: 'Công ty TNHH Ánh Dương', submitterCategory: 'business' }), ctx)
    expect(r.ok && [r.value.phone, r.value.organisation]).toEqual(['+84 (24) 3825-1234', 'Công ty TNHH Ánh Dương'])
  })

  it('strips markup from the comment and the name', () => {
    const r = validateComment(valid({ fullName: 'Trần <b>Bình</b>', body: '<script>alert(1)</script>Tán thành Điều 5.' }), ctx)
    expect(r.ok && [r.value.fullName, r.value.body]).toEqual(['Trần Bình', 'Tán thành Điều 5.'])
  })
})

describe('validateComment: errors name the field in Vietnamese', () => {
  it('lists every missing required field, in form order', () => {
    const r = validateComment(
      valid({ fullName: ' ', email: '', submitterCategory: '', stance: '', body: '   ', consent: undefined }),
      ctx,
    )
    expect(messages(r)).toEqual([
      'Họ và tên: bắt buộc',
      'Thư điện tử: bắt buộc',
      'Đối tượng góp ý: bắt buộc',
      'Quan điểm: bắt buộc',
      'Nội dung góp ý: bắt buộc',
      'Đồng ý với thông báo về bảo vệ dữ liệu cá nhân: bắt buộc',
    ])
    expect(fields(r)).toEqual(['fullName', 'email', 'submitterCategory', 'stance', 'body', 'consent'])
  })

  it.each(['an', 'an@', '@example.vn', 'an@example', 'an@@example.vn', 'an..b@example.vn', 'an b@example.vn', 'an@-example.vn', 'an@example.v'])(
    'rejects the email %j',
    (email) => {
      expect(messages(validateComment(valid({ email }), ctx))).toEqual(['Thư điện tử: không đúng định dạng (ví dụ: ten@example.vn)'])
    },
  )

  it.each(['ten@example.vn', 'nguyen.van-an+gopy@so-tu-phap.hanoi.gov.vn', 'a@xn--cng-thng-tin-ffb.vn'])('accepts the email %j', (email) => {
    expect(validateComment(valid({ email }), ctx).ok).toBe(true)
  })

  it('counts the comment length with Vietnamese separators', () => {
    const r = validateComment(valid({ body: 'ý'.repeat(5123) }), ctx)
    expect(messages(r)).toEqual(['Nội dung góp ý: tối đa 5.000 ký tự (hiện có 5.123)'])
    expect(validateComment(valid({ body: 'ý'.repeat(5000) }), ctx).ok).toBe(true)
  })

  it('limits name and organisation length', () => {
    const r = validateComment(valid({ fullName: 'A'.repeat(201), organisation: 'B'.repeat(301) }), ctx)
    expect(messages(r)).toEqual(['Họ và tên: tối đa 200 ký tự (hiện có 201)', 'Tên cơ quan, tổ chức: tối đa 300 ký tự (hiện có 301)'])
  })

  it.each(['0912', '0912 345 678 901 234 567', 'gọi 0912345678', '++++++++', '09x2345678'])('rejects the phone %j', (phone) => {
    expect(fields(validateComment(valid({ phone }), ctx))).toEqual(['phone'])
  })

  it('rejects an article that is not in the draft, and accepts a differently-cased anchor', () => {
    expect(messages(validateComment(valid({ article: 'dieu-99' }), ctx))).toEqual(['Điều được góp ý: không có trong dự thảo'])
    const r = validateComment(valid({ article: ' Dieu-5A ' }), ctx)
    expect(r.ok && r.value.article).toBe('dieu-5a')
  })

  it('rejects stance and category codes that are not offered', () => {
    const r = validateComment(valid({ stance: 'tán thành', submitterCategory: 'robot' }), ctx)
    expect(fields(r)).toEqual(['submitterCategory', 'stance'])
  })

  it('gives back what the person typed (NFC, untrimmed) so nothing is lost', () => {
    const typed = valid({ email: 'sai-dinh-dang', body: '  Ý kiến của tôi <b>rất dài</b>\n' })
    const r = validateComment({ ...typed, fullName: 'Lê Thị Thuỷ'.normalize('NFD') }, ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.values.body).toBe('  Ý kiến của tôi <b>rất dài</b>\n')
    expect(r.values.email).toBe('sai-dinh-dang')
    expect(r.values.fullName).toBe('Lê Thị Thuỷ'.normalize('NFC'))
    expect(r.values).not.toHaveProperty('website')
  })
})

describe('validateComment: abuse checks', () => {
  it('flags a filled honeypot as spam with a neutral message', () => {
    const r = validateComment(valid({ website: 'http://spam.example' }), ctx)
    expect(r).toMatchObject({ ok: false, spam: true, errors: [{ field: 'form', message: SPAM_MESSAGE }] })
    expect(SPAM_MESSAGE).not.toMatch(/website|honeypot|bẫy/i)
  })

  it.each([
    ['submitted after 1 s', signFormStart(now.getTime() - 1000)],
    ['without startedAt', undefined],
    ['with a garbage startedAt', 'abc'],
    ['with a startedAt in the future', signFormStart(now.getTime() + 60_000)],
    // A script cannot pick its own start time: a bare number, or a signed time with another
    // number put in front of the signature, or one signed with another portal's key, is refused.
    ['with an unsigned start time from a minute ago', String(now.getTime() - 60_000)],
    ['with a start time moved back under its signature', `${now.getTime() - 60_000}.${signFormStart(now.getTime() - 1000).split('.')[1]}`],
    ['with a start time signed by another portal', signFormStart(now.getTime() - 60_000, formStartKey('một cổng khác'))],
  ])('refuses a form %s as too fast, without marking it spam', (_, startedAt) => {
    const r = validateComment(valid({ startedAt }), ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.spam).toBeUndefined()
    expect(r.errors).toEqual([{ field: 'form', message: TOO_FAST_MESSAGE }])
  })

  it('sends back a form opened more than a day ago, keeping what was typed', () => {
    const r = validateComment(valid({ startedAt: signFormStart(now.getTime() - 25 * 3600_000) }), ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toEqual([{ field: 'form', message: STALE_FORM_MESSAGE }])
    expect(r.values.body).toContain('điểm trông giữ xe công cộng')
  })

  it('honours a custom minimum fill time', () => {
    const startedAt = signFormStart(now.getTime() - 4000)
    expect(validateComment(valid({ startedAt }), ctx).ok).toBe(true)
    expect(validateComment(valid({ startedAt }), { ...ctx, minFillMs: 10_000 }).ok).toBe(false)
  })

  it('reports field errors together with the too-fast error', () => {
    const r = validateComment(valid({ startedAt: '', fullName: '' }), ctx)
    expect(fields(r)).toEqual(['form', 'fullName'])
  })
})

describe('form options', () => {
  it('offer the three stances and categories with Vietnamese labels', () => {
    expect(STANCES).toEqual([
      { code: 'agree', label: 'Tán thành' },
      { code: 'disagree', label: 'Không tán thành' },
      { code: 'partlyAgree', label: 'Đồng ý một phần' },
    ])
    expect(SUBMITTER_CATEGORIES.map((c) => `${c.code}:${c.label}`)).toEqual([
      'individual:Cá nhân',
      'business:Doanh nghiệp',
      'organisation:Cơ quan, tổ chức',
    ])
    expect(FIELD_LABELS.email).toBe('Thư điện tử')
  })
})
