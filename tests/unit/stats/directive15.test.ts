import { describe, expect, it } from 'vitest'

import { consultationStats, periodStart, type ConsultationDraft } from '../../../cms/lib/stats/consultation'
import { directive15Report, type Directive15Input } from '../../../cms/lib/stats/directive15'
import { parseDay, readPeriod } from '../../../site/lib/stats/directive15'

const VN = (day: string, time = '09:00:00') => `${day}T${time}+07:00`

const input: Directive15Input = {
  documents: [
    { publishedAt: VN('2025-01-10'), hasSignedFile: true },
    { publishedAt: VN('2025-06-30', '23:30:00'), hasSignedFile: false },
    { publishedAt: VN('2025-07-01', '00:10:00'), hasSignedFile: true },
    { publishedAt: VN('2024-12-31'), hasSignedFile: true },
    { publishedAt: null, hasSignedFile: true },
  ],
  drafts: [{ onlineAt: VN('2025-03-01') }, { onlineAt: VN('2024-11-01') }, { onlineAt: null }],
  agencies: [
    { publishesAddress: true, addresses: 2, govVnAddresses: 2 },
    { publishesAddress: false, addresses: 1, govVnAddresses: 0 },
    { publishesAddress: true, addresses: 1, govVnAddresses: 1 },
  ],
  entered: [
    { item: '1b-dien-tu', year: 2025, value: 540, total: 1000, source: 'Hệ thống quản lý văn bản' },
    { item: '1b-dien-tu', year: 2024, value: 700, total: 1000, source: 'Báo cáo Văn phòng 2024', note: 'Ước tính' },
    { item: '1c-dao-tao', year: 2025, value: 35, source: 'Danh sách lớp tập huấn' },
  ],
}

const row = (rows: ReturnType<typeof directive15Report>, code: string) => rows.find((r) => r.code === code)!

describe('the Directive 15 report, item by item', () => {
  it('counts what the portal knows for a year (Vietnam time) and leaves the rest to entered figures', () => {
    const rows = directive15Report(input, { year: 2025 })
    // Documents online in 2025: 10/01, 30/06 23:30 and 01/07 00:10 (Vietnam); not 31/12/2024, not the unpublished one.
    expect(row(rows, '1b-van-ban')).toMatchObject({ origin: 'computed', value: 3, total: null })
    expect(row(rows, '1b-ky-so')).toMatchObject({ value: 2, total: 3 })
    expect(row(rows, '1b-ky-so').share).toBeCloseTo(2 / 3)
    expect(row(rows, '1b-du-thao')).toMatchObject({ value: 1 })
    expect(row(rows, '1b-dia-chi')).toMatchObject({ value: 2, total: 3 })
    expect(row(rows, '3b-danh-ba')).toMatchObject({ value: 3, total: 4, share: 0.75 })
    // 540 of 1,000 exchanged electronically: below the Directive's 60 % target.
    expect(row(rows, '1b-dien-tu')).toMatchObject({ origin: 'entered', value: 540, total: 1000, share: 0.54, target: 0.6, metTarget: false, source: 'Hệ thống quản lý văn bản', years: [2025] })
    expect(row(rows, '1c-dao-tao')).toMatchObject({ origin: 'entered', value: 35, total: null, share: null })
    expect(row(rows, '1d-kiem-tra')).toMatchObject({ origin: 'missing', value: null })
    expect(rows.map((r) => r.section)).toEqual([...rows.map((r) => r.section)].sort())
  })

  it('takes any range of days, both ends included, and sums the entered figures of every year it spans', () => {
    const rows = directive15Report(input, { from: '2024-12-31', to: '2025-06-30' })
    expect(row(rows, '1b-van-ban').value).toBe(3)
    expect(row(rows, '1b-du-thao').value).toBe(1)
    const exchange = row(rows, '1b-dien-tu')
    expect(exchange).toMatchObject({ value: 1240, total: 2000, share: 0.62, metTarget: true, years: [2024, 2025], note: '2024: Ước tính' })
    expect(exchange.source).toBe('2024: Báo cáo Văn phòng 2024; 2025: Hệ thống quản lý văn bản')
  })

  it('reads the period from the query, naming the parameter it cannot use', () => {
    const now = new Date('2026-12-04T03:00:00Z')
    expect(readPeriod(new URLSearchParams(''), now)).toEqual({ period: { year: 2026 } })
    expect(readPeriod(new URLSearchParams('nam=2025'), now)).toEqual({ period: { year: 2025 } })
    expect(readPeriod(new URLSearchParams('tu=01/01/2025&den=2025-06-30'), now)).toEqual({ period: { from: '2025-01-01', to: '2025-06-30' } })
    expect(readPeriod(new URLSearchParams('tu=31/02/2025&den=01/03/2025'), now).problem?.param).toBe('tu')
    expect(readPeriod(new URLSearchParams('tu=01/03/2025&den=01/01/2025'), now).problem?.param).toBe('den')
    expect(readPeriod(new URLSearchParams('nam=1999'), now).problem?.param).toBe('nam')
    expect(parseDay('29/02/2024')).toBe('2024-02-29')
    expect(parseDay('29/02/2025')).toBeNull()
  })
})

describe('consultation periods count from when the draft actually went online', () => {
  const base: ConsultationDraft = { id: 'x', title: 'Dự thảo', url: '/du-thao/x', opensAt: VN('2025-03-01', '00:00:00'), closesAt: VN('2025-05-01', '00:00:00'), documentType: 'Nghị định', minimumDays: 60 }

  it('a draft posted ten days after its announced opening had less than its minimum', () => {
    const late = { ...base, onlineAt: VN('2025-03-11', '00:00:00') }
    expect(periodStart(late)).toBe(late.onlineAt)
    const stats = consultationStats([late], [], { now: new Date('2025-06-01T00:00:00Z') })
    expect(stats.draftsBelowMinimum.map((d) => [d.periodDays, d.minimumDays])).toEqual([[51, 60]])
    expect(consultationStats([base], [], { now: new Date('2025-06-01T00:00:00Z') }).draftsMeetingMinimum).toBe(1)
  })

  it('a text loaded after its period ended (an archive) keeps its announced period', () => {
    expect(periodStart({ ...base, onlineAt: VN('2026-12-01') })).toBe(base.opensAt)
    expect(periodStart({ ...base, onlineAt: VN('2025-02-20') })).toBe(base.opensAt)
  })
})
