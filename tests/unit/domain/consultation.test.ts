import { describe, expect, it } from 'vitest'
import {
  CONSULTATION_STATE_LABELS,
  consultationPeriodDays,
  consultationState,
  daysLeft,
  isOpenForComment,
  meetsMinimumPeriod,
  nextStateChangeAt,
} from '../../../cms/consultation/state'

// Opens 01/06/2025 08:00 and closes at the end of 30/07/2025, Vietnam time.
const opensAt = '2025-06-01T08:00:00+07:00'
const closesAt = '2025-07-31T00:00:00+07:00'
const draft = { opensAt, closesAt }
const ms = (iso: string, delta = 0) => new Date(new Date(iso).getTime() + delta)

describe('consultationState', () => {
  it.each([
    [ms(opensAt, -1), 'upcoming'],
    [ms(opensAt), 'open'], // the exact opening instant is open
    [ms(closesAt, -1), 'open'], // one ms before closing
    [ms(closesAt), 'closed'], // the closing instant is closed
    [ms('2025-07-30T23:59:59+07:00'), 'open'],
    // 17:00 UTC on 30/07 is already 31/07 in Vietnam: closed, although still 30/07 in UTC.
    [ms('2025-07-30T17:00:00Z'), 'closed'],
  ])('at %s is %s', (now, state) => {
    expect(consultationState(draft, now)).toBe(state)
    expect(isOpenForComment(draft, now)).toBe(state === 'open')
  })

  it('is reportPublished once the report is out, and only then', () => {
    const withReport = { ...draft, reportPublishedAt: '2025-08-20T09:00:00+07:00' }
    expect(consultationState(withReport, ms('2025-08-20T08:59:59+07:00'))).toBe('closed')
    expect(consultationState(withReport, ms('2025-08-20T09:00:00+07:00'))).toBe('reportPublished')
  })

  it('is never open without both dates', () => {
    expect(consultationState({ opensAt, closesAt: null }, ms('2025-06-10T00:00:00Z'))).toBe('upcoming')
    expect(consultationState({ opensAt: undefined, closesAt }, ms('2025-06-10T00:00:00Z'))).toBe('upcoming')
    expect(consultationState({ opensAt: closesAt, closesAt: opensAt }, ms('2025-06-10T00:00:00Z'))).toBe('upcoming')
  })

  it('has Vietnamese labels', () => {
    expect(CONSULTATION_STATE_LABELS.open).toBe('Đang lấy ý kiến')
    expect(CONSULTATION_STATE_LABELS.closed).toBe('Đã hết hạn – đang tổng hợp ý kiến')
  })
})

describe('daysLeft', () => {
  it.each([
    ['2025-07-30T00:00:00+07:00', 0], // last day
    ['2025-07-30T23:59:59+07:00', 0],
    ['2025-07-29T23:59:59+07:00', 1],
    ['2025-07-29T17:30:00Z', 0], // already 30/07 in Vietnam
    ['2025-06-01T08:00:00+07:00', 59],
  ])('at %s → %s', (now, expected) => {
    expect(daysLeft(draft, ms(now))).toBe(expected)
  })

  it('is null when not open', () => {
    expect(daysLeft(draft, ms(closesAt))).toBeNull()
    expect(daysLeft(draft, ms(opensAt, -1))).toBeNull()
  })
})

describe('period', () => {
  it('counts Vietnamese calendar days', () => {
    expect(consultationPeriodDays('2025-06-01T00:00:00+07:00', '2025-07-31T00:00:00+07:00')).toBe(60)
    // 23:00 UTC on 31/05 is 01/06 06:00 in Vietnam.
    expect(consultationPeriodDays('2025-05-31T23:00:00Z', '2025-07-31T00:00:00+07:00')).toBe(60)
    expect(consultationPeriodDays(null, closesAt)).toBeNull()
  })

  it('checks a minimum given as data', () => {
    expect(meetsMinimumPeriod('2025-06-01', '2025-07-31', 60)).toBe(true)
    expect(meetsMinimumPeriod('2025-06-01', '2025-07-30', 60)).toBe(false)
    expect(meetsMinimumPeriod('2025-06-01', '2025-06-21', 20)).toBe(true)
    expect(meetsMinimumPeriod('2025-06-01', null, 20)).toBe(false)
  })
})

describe('nextStateChangeAt', () => {
  it('is the opening, then the closing, then the report, then nothing', () => {
    const withReport = { ...draft, reportPublishedAt: '2025-08-20T09:00:00+07:00' }
    expect(nextStateChangeAt(withReport, ms(opensAt, -1000))?.toISOString()).toBe(ms(opensAt).toISOString())
    expect(nextStateChangeAt(withReport, ms(opensAt))?.toISOString()).toBe(ms(closesAt).toISOString())
    expect(nextStateChangeAt(withReport, ms(closesAt))?.toISOString()).toBe(
      ms('2025-08-20T09:00:00+07:00').toISOString(),
    )
    expect(nextStateChangeAt(withReport, ms('2025-09-01T00:00:00Z'))).toBeNull()
    expect(nextStateChangeAt(draft, ms(closesAt))).toBeNull()
  })
})
