import { describe, expect, it } from 'vitest'
import {
  endOfVnDay,
  formatDateTimeVN,
  formatDateVN,
  isoDate,
  isoDateTimeVN,
  parseDateVN,
  startOfVnDay,
  toDate,
  vnCalendarDaysBetween,
  vnDayKey,
} from '../../../cms/lib/dates'

describe('Vietnam dates', () => {
  it('formats in Vietnam time, not UTC', () => {
    // 17:30 UTC on 21/5 is already 00:30 on 22/5 in Hà Nội.
    const late = new Date('2012-05-21T17:30:00Z')
    expect(formatDateVN(late)).toBe('22/05/2012')
    expect(formatDateTimeVN(late)).toBe('22/05/2012 00:30')
    expect(vnDayKey(late)).toBe('2012-05-22')
    expect(isoDate(late)).toBe('2012-05-22')
    expect(isoDateTimeVN(late)).toBe('2012-05-22T00:30:00+07:00')
    expect(formatDateVN(new Date('2012-05-21T16:59:59Z'))).toBe('21/05/2012')
  })

  it('parses dd/mm/yyyy as midnight Vietnam time', () => {
    expect(parseDateVN('22/05/2012')?.toISOString()).toBe('2012-05-21T17:00:00.000Z')
    expect(parseDateVN('1/7/2026')?.toISOString()).toBe('2026-06-30T17:00:00.000Z')
    expect(parseDateVN('22-05-2012 08:30')?.toISOString()).toBe('2012-05-22T01:30:00.000Z')
    expect(formatDateVN(parseDateVN('29/02/2024'))).toBe('29/02/2024')
  })

  it('reads a bare ISO date as a Vietnamese calendar day', () => {
    expect(toDate('2012-05-22')?.toISOString()).toBe('2012-05-21T17:00:00.000Z')
    expect(formatDateVN('2012-05-22')).toBe('22/05/2012')
    expect(formatDateVN('2012-05-22T10:00:00+07:00')).toBe('22/05/2012')
  })

  it.each([
    null,
    undefined,
    '',
    'abc',
    '31/02/2024',
    '29/02/2023',
    '12/13/2020',
    '22/05/2012 25:00',
    new Date('x'),
    NaN,
  ])('never throws on %j', (bad) => {
    expect(formatDateVN(bad as never)).toBe('')
    expect(formatDateTimeVN(bad as never)).toBe('')
    expect(vnDayKey(bad as never)).toBe('')
    expect(isoDate(bad as never)).toBe('')
    expect(isoDateTimeVN(bad as never)).toBe('')
    if (typeof bad === 'string' || bad == null) expect(parseDateVN(bad as string)).toBeNull()
  })

  it('computes day boundaries and calendar-day differences in Vietnam', () => {
    const t = new Date('2024-02-09T20:00:00Z') // 03:00 on 10/02 in Vietnam
    expect(startOfVnDay(t)?.toISOString()).toBe('2024-02-09T17:00:00.000Z')
    expect(endOfVnDay(t)?.toISOString()).toBe('2024-02-10T17:00:00.000Z')
    expect(vnCalendarDaysBetween('2024-02-10', t)).toBe(0)
    expect(vnCalendarDaysBetween('2024-01-01', '2024-03-01')).toBe(60)
    expect(vnCalendarDaysBetween(null, t)).toBeNull()
  })
})
