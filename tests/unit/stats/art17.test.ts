import { describe, expect, it } from 'vitest'
import { art17Timeliness, ART17_RULES, type Art17Item } from '../../../cms/lib/stats/art17'
import { DEFAULT_VN_HOLIDAY_DATES } from '../../../cms/lib/working-days'

const holidays = [...DEFAULT_VN_HOLIDAY_DATES]
const now = new Date('2025-12-10T10:00:00+07:00')
const VN = (day: string, time = '09:00:00') => `${day}T${time}+07:00`

let n = 0
function item(rule: Art17Item['rule'], startAt: string | null, onlineAt: string | null, title = `Mục ${++n}`): Art17Item {
  return { rule, id: `i${++n}`, title, url: `/muc/${n}`, startAt, onlineAt }
}

const row = (rows: ReturnType<typeof art17Timeliness>, key: string) => rows.find((r) => r.key === key)!

describe('Decree 43/2011 Art 17 deadlines', () => {
  it('lists every limit of Art 17.1 with its provision: 2 and 10 days for documents, 10 for plans and projects, 15 for dissemination, 20 for science, 10 for statistics', () => {
    expect(ART17_RULES.map((r) => [r.key, r.workingDays, r.basis])).toEqual([
      ['own-documents', 2, 'Điểm c khoản 1 Điều 17'],
      ['other-documents', 10, 'Điểm c khoản 1 Điều 17'],
      ['plans', 10, 'Điểm d khoản 1 Điều 17'],
      ['projects', 10, 'Điểm d khoản 1 Điều 17'],
      ['dissemination', 15, 'Điểm b khoản 1 Điều 17'],
      ['science', 20, 'Điểm e khoản 1 Điều 17'],
      ['statistics', 10, 'Điểm g khoản 1 Điều 17'],
    ])
  })

  it('counts working days across Tết 2025 (27–31/01 off): a plan approved Friday 17/01 is on time on 07/02 (10 days) and late on 10/02 (11)', () => {
    const rows = art17Timeliness([item('plans', VN('2025-01-17'), VN('2025-02-07', '16:00:00'), 'Kế hoạch đúng hạn'), item('plans', VN('2025-01-17'), VN('2025-02-10', '08:00:00'), 'Kế hoạch muộn')], { holidays, now, year: 2025 })
    const plans = row(rows, 'plans')
    expect([plans.applicable, plans.onTime, plans.onTimeShare]).toEqual([2, 1, 0.5])
    expect(plans.late.map((l) => [l.title, l.workingDays])).toEqual([['Kế hoạch muộn', 11]])
  })

  it('applies each kind’s own limit: statistics late after 13 days, science on time at 20, dissemination on time at 15', () => {
    const rows = art17Timeliness(
      [
        item('statistics', VN('2025-03-03'), VN('2025-03-20'), 'Báo cáo thống kê quý I'),
        item('science', VN('2025-03-03'), VN('2025-03-31')),
        item('dissemination', VN('2025-03-03'), VN('2025-03-24')),
      ],
      { holidays, now, year: 2025 },
    )
    expect(row(rows, 'statistics').late.map((l) => [l.title, l.workingDays])).toEqual([['Báo cáo thống kê quý I', 13]])
    expect([row(rows, 'science').onTime, row(rows, 'science').late.length]).toEqual([1, 0])
    expect([row(rows, 'dissemination').onTime, row(rows, 'dissemination').late.length]).toEqual([1, 0])
    // Nothing of a kind: no share rather than 0 % or 100 %.
    expect(row(rows, 'projects')).toMatchObject({ applicable: 0, onTimeShare: null })
  })

  it('counts an item without the date its deadline runs from as not judged, never as on time', () => {
    const rows = art17Timeliness([item('projects', null, VN('2025-05-05')), item('projects', VN('2025-05-05'), VN('2025-05-06'))], { holidays, now, year: 2025 })
    expect(row(rows, 'projects')).toMatchObject({ applicable: 1, onTime: 1, notJudged: 1, onTimeShare: 1 })
  })

  it('judges a scheduled item (online date after now) as not online: late once its deadline has passed, counted to now', () => {
    const rows = art17Timeliness([item('plans', VN('2025-11-03'), VN('2026-01-05'), 'Hẹn giờ đăng')], { holidays, now, year: 2025 })
    // 04/11 … 10/12/2025: 27 working days (no holiday in between).
    expect(row(rows, 'plans').late).toEqual([expect.objectContaining({ title: 'Hẹn giờ đăng', onlineAt: null, workingDays: 27 })])
  })

  it('keeps to the year asked for and lets the settings lower the limit for the agency’s own documents', () => {
    const items = [item('own-documents', VN('2025-03-03'), VN('2025-03-05')), item('own-documents', VN('2024-03-01'), VN('2024-03-05')), item('other-documents', VN('2025-03-03'), VN('2025-03-14'))]
    const rows = art17Timeliness(items, { holidays, now, year: 2025, workingDays: { 'own-documents': 1 } })
    // 03/03 → 05/03 is 2 working days: late against 1; the 2024 document is out of the year.
    expect(row(rows, 'own-documents')).toMatchObject({ workingDays: 1, applicable: 1, onTime: 0 })
    // 03/03 → 14/03 is 9 working days: within 10.
    expect(row(rows, 'other-documents')).toMatchObject({ applicable: 1, onTime: 1 })
  })
})
