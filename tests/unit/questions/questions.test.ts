import { describe, expect, it } from 'vitest'

import { vnDayKey } from '../../../cms/lib/dates'
import { median, questionStats } from '../../../cms/lib/stats/questions'
import { DEFAULT_VN_HOLIDAY_DATES } from '../../../cms/lib/working-days'
import { formatQuestionCode, normaliseQuestionCode } from '../../../cms/questions/codes'
import { answerDueDate, deadlineOf, deadlineText } from '../../../cms/questions/deadline'
import { needsModerator, transitionProblems } from '../../../cms/questions/states'
import { validateQuestion } from '../../../cms/questions/validate'
import { signFormStart } from '../../../cms/lib/form-start'

process.env.PAYLOAD_SECRET = 'bí mật của cổng thử nghiệm'

const H = DEFAULT_VN_HOLIDAY_DATES

describe('the answer deadline: 15 working days on the holiday calendar', () => {
  it('skips the day of receipt, weekends and Tết', () => {
    // Received Tuesday 10/02/2026; Tết Bính Ngọ keeps offices closed 14–22/02.
    expect(vnDayKey(answerDueDate('2026-02-10T10:00:00+07:00', H))).toBe('2026-03-10')
    // Without the holidays it would be three weeks after.
    expect(vnDayKey(answerDueDate('2026-02-10T10:00:00+07:00', []))).toBe('2026-03-03')
    // A question sent on Saturday night counts from Monday.
    expect(vnDayKey(answerDueDate('2026-06-06T23:00:00+07:00', H))).toBe('2026-06-26')
  })

  it('is on time, then due soon in its last 3 working days, then late the day after', () => {
    const q = { status: 'received', dueDate: '2026-03-10T00:00:00+07:00' }
    expect(deadlineOf(q, '2026-03-04T09:00:00+07:00', H)).toEqual({ state: 'onTime', workingDaysLeft: 4 })
    expect(deadlineOf(q, '2026-03-05T09:00:00+07:00', H)).toEqual({ state: 'dueSoon', workingDaysLeft: 3 })
    expect(deadlineOf(q, '2026-03-10T16:59:00+07:00', H)).toEqual({ state: 'dueSoon', workingDaysLeft: 0 })
    expect(deadlineOf(q, '2026-03-11T08:00:00+07:00', H)).toEqual({ state: 'late', workingDaysLeft: -1 })
    expect(deadlineText(q, '2026-03-12T08:00:00+07:00', H)).toBe('Quá hạn 2 ngày làm việc (hạn 10/03/2026)')
    expect(deadlineText(q, '2026-03-10T08:00:00+07:00', H)).toBe('Sắp đến hạn: hôm nay là hạn cuối (hạn 10/03/2026)')
  })

  it('judges an answer by its day, and a declined question not at all', () => {
    const due = '2026-03-10T00:00:00+07:00'
    expect(deadlineOf({ status: 'answered', dueDate: due, answeredAt: '2026-03-10T16:00:00+07:00' }, '2026-05-01', H).state).toBe('answeredOnTime')
    expect(deadlineOf({ status: 'published', dueDate: due, answeredAt: '2026-03-11T08:00:00+07:00' }, '2026-05-01', H).state).toBe('answeredLate')
    expect(deadlineOf({ status: 'declined', dueDate: due }, '2026-05-01', H).state).toBe('declined')
  })
})

describe('the workflow table', () => {
  const base = { status: 'received' as const, answer: null, allowPublication: true, declineReason: null }

  it('names the field and says why, in Vietnamese', () => {
    expect(transitionProblems('received', { ...base, status: 'answered' })).toEqual([{ path: 'answer', message: 'Nội dung trả lời: bắt buộc trước khi chuyển sang «Đã trả lời».' }])
    expect(transitionProblems('received', { ...base, status: 'declined', declineReason: '  ' })[0]!.path).toBe('declineReason')
    expect(transitionProblems('received', { ...base, status: 'assigned' })[0]!.message).toMatch(/^Người được giao: /)
    expect(transitionProblems('answered', { ...base, status: 'published', answer: 'Trả lời', allowPublication: false })[0]!.message).toMatch(/không đồng ý công khai/)
    expect(transitionProblems('declined', { ...base, status: 'published', answer: 'Trả lời' })[0]!.message).toBe('Trạng thái: không thể chuyển từ «Từ chối trả lời» sang «Đã trả lời và công khai».')
    expect(transitionProblems('assigned', { ...base, status: 'published', answer: 'Trả lời' })).toEqual([])
  })

  it('keeps publishing, taking down, declining and reopening for the publishing group', () => {
    expect(needsModerator('assigned', 'answered', true)).toBe(false)
    expect(needsModerator('answered', 'published', false)).toBe(true)
    expect(needsModerator('published', 'answered', false)).toBe(true)
    expect(needsModerator('published', 'published', true)).toBe(true)
    expect(needsModerator('published', 'published', false)).toBe(false)
    expect(needsModerator('received', 'declined', false)).toBe(true)
    expect(needsModerator('declined', 'assigned', false)).toBe(true)
  })
})

describe('the question form', () => {
  const now = new Date('2026-05-04T09:00:00+07:00')
  const form = (o: Record<string, string> = {}) => ({ title: 'Hỏi về thuế', body: 'Nội dung', fullName: 'Lê Văn Hỏi', email: 'Hoi@Example.VN', consent: 'on', startedAt: signFormStart(now.getTime() - 60_000), ...o })

  it('normalises a valid question', () => {
    const r = validateQuestion(form({ field: '7', allowPublication: 'on', phone: ' 024  3825 1234 ' }), { fieldIds: ['7'], now })
    expect(r).toEqual({ ok: true, value: { title: 'Hỏi về thuế', body: 'Nội dung', field: '7', fullName: 'Lê Văn Hỏi', email: 'hoi@example.vn', phone: '024 3825 1234', allowPublication: true, consent: true } })
  })

  it('lists each problem naming its field and keeps what was typed', () => {
    const r = validateQuestion(form({ title: '', body: 'x'.repeat(5001), field: '99', email: 'sai', consent: '' }), { fieldIds: ['7'], now })
    if (r.ok) throw new Error('accepted')
    expect(r.errors.map((e) => e.message)).toEqual([
      'Tiêu đề câu hỏi: bắt buộc',
      'Nội dung câu hỏi: tối đa 5.000 ký tự (hiện có 5.001)',
      'Lĩnh vực: lựa chọn không hợp lệ',
      'Thư điện tử: không đúng định dạng (ví dụ: ten@example.vn)',
      'Đồng ý với thông báo về xử lý dữ liệu cá nhân: bắt buộc',
    ])
    expect(r.values).toMatchObject({ email: 'sai', field: '99' })
  })
})

describe('question codes and statistics', () => {
  it('reads codes as people type them', () => {
    expect(formatQuestionCode(2026, 45)).toBe('HD-2026-000045')
    expect(normaliseQuestionCode(' hd 2026 45 ')).toBe('HD-2026-000045')
    expect(normaliseQuestionCode('GY-2026-000045')).toBeNull()
  })

  it('counts on time, late (answered late or still open past the due day) and the median working days', () => {
    const due = '2026-03-10T00:00:00+07:00'
    const rows = [
      { receivedAt: '2026-02-10T10:00:00+07:00', dueDate: due, answeredAt: '2026-02-12T10:00:00+07:00', status: 'published' }, // 2 working days
      { receivedAt: '2026-02-10T10:00:00+07:00', dueDate: due, answeredAt: '2026-02-24T10:00:00+07:00', status: 'answered' }, // 5 (Tết skipped)
      { receivedAt: '2026-02-10T10:00:00+07:00', dueDate: due, answeredAt: '2026-03-12T10:00:00+07:00', status: 'answered' }, // late, 17
      { receivedAt: '2026-02-10T10:00:00+07:00', dueDate: due, answeredAt: null, status: 'assigned' }, // open, late on 01/04
      { receivedAt: '2026-03-30T10:00:00+07:00', dueDate: '2026-04-21T00:00:00+07:00', answeredAt: null, status: 'received' },
      { receivedAt: '2026-02-11T10:00:00+07:00', dueDate: due, answeredAt: null, status: 'declined' },
      { receivedAt: '2025-12-30T10:00:00+07:00', dueDate: '2026-01-21T00:00:00+07:00', answeredAt: '2026-01-05T10:00:00+07:00', status: 'answered' },
    ]
    const s = questionStats(rows, { holidays: [...H], year: 2026, now: new Date('2026-04-01T09:00:00+07:00') })
    expect(s).toMatchObject({ received: 6, answeredOnTime: 2, answeredLate: 1, openLate: 1, openOnTime: 1, declined: 1, medianWorkingDays: 5 })
    expect(s.onTimeShare).toBeCloseTo(2 / 4)
    expect(s.byYear).toEqual([
      { year: 2025, received: 1, answeredOnTime: 1, late: 0 },
      { year: 2026, received: 6, answeredOnTime: 2, late: 2 },
    ])
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})
