import { describe, expect, it } from 'vitest'
import { formatDateVN, vnDayKey } from '../../../cms/lib/dates'
import {
  addWorkingDays,
  DEFAULT_VN_HOLIDAY_DATES,
  DEFAULT_VN_HOLIDAYS,
  isLateForPublication,
  isWorkingDay,
  publicationDeadline,
  workingDaysBetween,
} from '../../../cms/lib/working-days'

const H = DEFAULT_VN_HOLIDAY_DATES

describe('isWorkingDay', () => {
  it.each([
    ['2024-03-08', true], // Friday
    ['2024-03-09', false], // Saturday
    ['2024-03-10', false], // Sunday
    ['2024-02-12', false], // Monday in Tết Giáp Thìn
    ['2024-02-15', true], // first day back after Tết
    ['2024-04-18', false], // Giỗ Tổ Hùng Vương
    ['2024-09-03', false], // Quốc khánh, adjacent day (from 2021)
    ['2022-01-03', false], // nghỉ bù for 1/1 on a Saturday
  ])('%s → %s', (day, expected) => {
    expect(isWorkingDay(day, H)).toBe(expected)
  })

  it('uses the Vietnamese day, not the UTC day', () => {
    // Friday 23:30 UTC is Saturday 06:30 in Vietnam.
    expect(isWorkingDay(new Date('2024-03-08T23:30:00Z'), [])).toBe(false)
    expect(isWorkingDay(new Date('2024-03-10T17:30:00Z'), [])).toBe(true)
  })

  it('accepts holiday records as well as strings, and is false for invalid input', () => {
    expect(isWorkingDay('2024-02-12', DEFAULT_VN_HOLIDAYS)).toBe(false)
    expect(isWorkingDay('2024-02-12', [])).toBe(true)
    expect(isWorkingDay('not a date', H)).toBe(false)
  })
})

describe('addWorkingDays and workingDaysBetween', () => {
  it('skips a weekend', () => {
    expect(vnDayKey(addWorkingDays('2024-03-08', 1, H))).toBe('2024-03-11')
    expect(vnDayKey(addWorkingDays('2024-03-08', 2, H))).toBe('2024-03-12')
    expect(vnDayKey(addWorkingDays('2024-03-11', -1, H))).toBe('2024-03-08')
    expect(workingDaysBetween('2024-03-08', '2024-03-11', H)).toBe(1)
    expect(workingDaysBetween('2024-03-08', '2024-03-10', H)).toBe(0)
  })

  it('skips Tết', () => {
    // Tết Giáp Thìn 2024: off from Thu 08/02 to Wed 14/02.
    expect(vnDayKey(addWorkingDays('2024-02-07', 1, H))).toBe('2024-02-15')
    expect(workingDaysBetween('2024-02-07', '2024-02-16', H)).toBe(2)
    expect(workingDaysBetween('2024-02-07', '2024-02-16', [])).toBe(7)
  })

  it('keeps the time of day and handles n = 0 and bad input', () => {
    const t = new Date('2024-03-08T02:15:00Z')
    expect(addWorkingDays(t, 1, H)?.toISOString()).toBe('2024-03-11T02:15:00.000Z')
    expect(addWorkingDays(t, 0, H)?.toISOString()).toBe(t.toISOString())
    expect(addWorkingDays(null, 1, H)).toBeNull()
    expect(workingDaysBetween('2024-03-12', '2024-03-08', H)).toBe(0)
  })
})

describe('isLateForPublication (Decree 43/2011 Art 17: 2 working days)', () => {
  it.each([
    ['2024-03-08', '2024-03-08', false], // same day
    ['2024-03-08', '2024-03-12', false], // Fri → Tue is 2 working days
    ['2024-03-08', '2024-03-13', true], // Wed is the 3rd
    ['2024-02-07', '2024-02-16', false], // Tết does not count
    ['2024-02-07', '2024-02-19', true],
  ])('issued %s, published %s → late %s', (issued, published, late) => {
    expect(isLateForPublication(issued, published, H)).toBe(late)
  })

  it('judges an unpublished document against now, and a custom limit', () => {
    expect(isLateForPublication('2024-03-08', null, H, 2, '2024-03-12T10:00:00+07:00')).toBe(false)
    expect(isLateForPublication('2024-03-08', null, H, 2, '2024-03-13T10:00:00+07:00')).toBe(true)
    expect(isLateForPublication('2024-03-08', '2024-03-13', H, 3)).toBe(false)
    expect(isLateForPublication(null, '2024-03-13', H)).toBe(false)
  })

  it('gives the last allowed day', () => {
    expect(publicationDeadline('2024-03-08', H)).toBe('2024-03-12')
    expect(formatDateVN(publicationDeadline('2024-02-07', H))).toBe('16/02/2024')
  })
})

describe('DEFAULT_VN_HOLIDAYS', () => {
  it('covers 2011–2027 with the fixed holidays and Tết every year', () => {
    for (let y = 2011; y <= 2027; y++) {
      for (const md of ['01-01', '04-30', '05-01', '09-02']) expect(H).toContain(`${y}-${md}`)
      expect(
        DEFAULT_VN_HOLIDAYS.filter((h) => h.date.startsWith(`${y}-`) && h.name === 'Tết Nguyên đán').length,
      ).toBeGreaterThanOrEqual(4)
      expect(
        DEFAULT_VN_HOLIDAYS.some((h) => h.date.startsWith(`${y}-`) && h.name.startsWith('Giỗ Tổ Hùng Vương')),
      ).toBe(true)
    }
  })

  it.each([
    ['2020-01-25', 'Tết Nguyên đán'],
    ['2023-01-22', 'Tết Nguyên đán'],
    ['2025-01-29', 'Tết Nguyên đán'],
    ['2026-02-17', 'Tết Nguyên đán'],
    ['2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ])('%s is %s', (date, name) => {
    expect(DEFAULT_VN_HOLIDAYS.find((h) => h.date === date)?.name).toBe(name)
  })

  it('has two Quốc khánh days from 2021 only, and well-formed unique dates', () => {
    const nationalDays = (y: number) =>
      DEFAULT_VN_HOLIDAYS.filter((h) => h.date.startsWith(`${y}-`) && h.name.startsWith('Quốc khánh')).length
    expect(nationalDays(2020)).toBe(1)
    expect(nationalDays(2021)).toBe(2)
    expect(new Set(H).size).toBe(H.length)
    for (const d of H) expect(vnDayKey(d)).toBe(d)
  })
})
