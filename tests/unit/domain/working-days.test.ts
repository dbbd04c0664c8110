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

describe('DEFAULT_VN_HOLIDAYS (content/holidays.json)', () => {
  const ofYear = (y: number) => DEFAULT_VN_HOLIDAYS.filter((h) => h.date.startsWith(`${y}-`))

  it('is sorted by date, one row per day, every date a real yyyy-mm-dd', () => {
    for (let i = 1; i < H.length; i++) expect(H[i - 1] < H[i], `${H[i - 1]} before ${H[i]}`).toBe(true)
    expect(new Set(H).size).toBe(H.length)
    for (const d of H) {
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // A day that does not exist (2029-02-29) rolls over to another day.
      expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d)
      expect(vnDayKey(d)).toBe(d)
    }
    for (const h of DEFAULT_VN_HOLIDAYS) expect(h.name.trim()).not.toBe('')
  })

  it('has every statutory holiday each year 2011–2030', () => {
    expect(H[0]).toBe('2011-01-01')
    expect(H[H.length - 1].slice(0, 4)).toBe('2030')
    for (let y = 2011; y <= 2030; y++) {
      const rows = ofYear(y)
      const named = (name: string) => rows.filter((h) => h.name === name).map((h) => h.date)
      expect(named('Tết Dương lịch'), `${y}`).toEqual([`${y}-01-01`])
      expect(named('Ngày Chiến thắng (30/4)'), `${y}`).toEqual([`${y}-04-30`])
      expect(named('Ngày Quốc tế Lao động (1/5)'), `${y}`).toEqual([`${y}-05-01`])
      expect(named('Quốc khánh (2/9)'), `${y}`).toEqual([`${y}-09-02`])
      expect(named('Giỗ Tổ Hùng Vương (10/3 âm lịch)'), `${y}`).toHaveLength(1)
      // 4 days of Tết under the 1994 Labour Code (until 2013), 5 from 2014; some announced ranges add weekends.
      expect(named('Tết Nguyên đán').length, `${y}`).toBeGreaterThanOrEqual(y <= 2013 ? 4 : 5)
    }
  })

  it('gives substitute days off on weekdays only', () => {
    for (const h of DEFAULT_VN_HOLIDAYS.filter((h) => h.name.startsWith('Nghỉ bù'))) {
      expect(isWorkingDay(h.date, []), `${h.date} ${h.name}`).toBe(true)
    }
  })

  it.each([
    ['2020-01-25', 'Tết Nguyên đán'],
    ['2023-01-22', 'Tết Nguyên đán'],
    ['2025-01-29', 'Tết Nguyên đán'],
    ['2026-02-17', 'Tết Nguyên đán'],
    ['2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    // Mùng 1 Tết and 10/3 lunar, Vietnamese lunar calendar (UTC+7).
    ['2028-01-26', 'Tết Nguyên đán'],
    ['2029-02-13', 'Tết Nguyên đán'],
    ['2030-02-02', 'Tết Nguyên đán'], // the new moon is at 23:09 in Vietnam on 2/2, 00:09 on 3/2 in China
    ['2028-04-04', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    ['2029-04-23', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    ['2030-04-12', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ])('%s is %s', (date, name) => {
    expect(DEFAULT_VN_HOLIDAYS.find((h) => h.date === date)?.name).toBe(name)
  })

  it('has two Quốc khánh days from 2021 only', () => {
    const nationalDays = (y: number) => ofYear(y).filter((h) => h.name.startsWith('Quốc khánh')).length
    expect(nationalDays(2020)).toBe(1)
    for (let y = 2021; y <= 2030; y++) expect(nationalDays(y), `${y}`).toBe(2)
  })

  it('counts 15 working days across Tết 2029', () => {
    // Worked by hand. Tết Kỷ Dậu: Mon 12/02/2029 (last day of the lunar year) to Fri 16/02 off.
    // From Fri 09/02: Sat 10, Sun 11 weekend; Mon 12 – Fri 16 Tết; Sat 17, Sun 18 weekend;
    // Mon 19 – Fri 23 = days 1–5; Mon 26 – Fri 02/03 = days 6–10 (February 2029 has 28 days);
    // Mon 05/03 – Fri 09/03 = days 11–15. Without holidays day 15 would be Fri 02/03.
    expect(vnDayKey(addWorkingDays('2029-02-09', 15, H))).toBe('2029-03-09')
    expect(vnDayKey(addWorkingDays('2029-02-09', 15, []))).toBe('2029-03-02')
    expect(workingDaysBetween('2029-02-09', '2029-03-09', H)).toBe(15)
    expect(vnDayKey(addWorkingDays('2029-03-09', -15, H))).toBe('2029-02-09')
    expect(isLateForPublication('2029-02-09', '2029-02-20', H)).toBe(false) // Mon 19, Tue 20
    expect(isLateForPublication('2029-02-09', '2029-02-21', H)).toBe(true)
  })
})

describe('workingDaysBetween counts without walking the days', () => {
  /** The day-by-day count it replaced, as the law reads: each day after `from` up to `to`, Monday–Friday and not a holiday. */
  function walked(from: string, to: string, holidays: readonly string[]): number {
    const set = new Set(holidays)
    let n = 0
    for (let t = Date.parse(`${from}T00:00:00Z`) + 86_400_000; t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
      const d = new Date(t)
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !set.has(d.toISOString().slice(0, 10))) n++
    }
    return n
  }
  const key = (t: number) => new Date(t).toISOString().slice(0, 10)

  it('agrees with the day-by-day count on 2,000 random ranges, from 1945 to 2040, with and without holidays', () => {
    let seed = 7
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const start = Date.UTC(1945, 0, 1)
    const span = Date.UTC(2040, 0, 1) - start
    for (let i = 0; i < 2000; i++) {
      const from = key(start + Math.floor(rand() * span / 86_400_000) * 86_400_000)
      const to = key(Date.parse(`${from}T00:00:00Z`) + Math.floor(rand() * (i % 10 === 0 ? 20_000 : 40)) * 86_400_000)
      for (const holidays of [H, [] as string[]]) expect(workingDaysBetween(`${from}T12:00:00+07:00`, `${to}T08:00:00+07:00`, holidays), `${from} → ${to}`).toBe(walked(from, to, holidays))
    }
  })

  it('counts a holiday once, and a holiday on a weekend not at all', () => {
    // 2024-09-02 (Monday) listed twice; 2024-09-01 is a Sunday.
    expect(workingDaysBetween('2024-08-30', '2024-09-06', ['2024-09-02', '2024-09-02', '2024-09-01'])).toBe(4)
  })
})
