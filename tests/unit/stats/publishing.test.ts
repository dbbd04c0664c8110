import { describe, expect, it } from 'vitest'
import { publishingStats, type PublishingDoc } from '../../../cms/lib/stats/publishing'
import { DEFAULT_VN_HOLIDAY_DATES } from '../../../cms/lib/working-days'

const holidays = [...DEFAULT_VN_HOLIDAY_DATES]
const now = new Date('2025-12-10T10:00:00+07:00')

let n = 0
/** A document issued by the portal owner unless told otherwise. */
function doc(over: Partial<PublishingDoc> & Pick<PublishingDoc, 'issuedAt' | 'publishedAt'>): PublishingDoc {
  n++
  return {
    id: `d${n}`,
    numberSymbol: `${n}/QĐ-UBND`,
    url: `https://congthongtin.example.gov.vn/van-ban/${n}`,
    documentType: 'Quyết định',
    issuer: 'Ủy ban nhân dân tỉnh',
    hasHtmlFullText: true,
    hasSignedFile: true,
    ownDocument: true,
    ...over,
  }
}

const docs: PublishingDoc[] = [
  // d1, d2: issued Friday 29/08/2025 before the 2/9 holiday weekend (Mon 1/9 and Tue 2/9 off).
  // Working days after issue: Wed 3/9 (1), Thu 4/9 (2), Fri 5/9 (3).
  doc({ issuedAt: '2025-08-29', publishedAt: '2025-09-04T16:00:00+07:00' }), // on time: 6 calendar days, 2 working days
  doc({ issuedAt: '2025-08-29', publishedAt: '2025-09-05T08:00:00+07:00', numberSymbol: '20/QĐ-UBND' }), // late: 3
  doc({
    issuedAt: '2025-03-07',
    publishedAt: '2025-03-10T09:00:00+07:00',
    documentType: 'Chỉ thị',
    hasHtmlFullText: false,
  }), // on time: 1
  doc({
    issuedAt: '2025-03-05',
    publishedAt: '2025-03-10T09:00:00+07:00',
    numberSymbol: '10/QĐ-UBND',
    hasSignedFile: false,
  }), // late: 3
  doc({
    issuedAt: '2025-01-02',
    publishedAt: '2025-06-01T09:00:00+07:00',
    ownDocument: false,
    documentType: 'Nghị định',
    issuer: 'Chính phủ',
    hasHtmlFullText: false,
  }), // someone else's: Art 17 does not apply
  // Published 00:30 on 1/1/2025 in Vietnam, still 2024 in UTC: belongs to 2025. Issued Mon
  // 30/12: 31/12 is 1 working day, 1/1 is a holiday, so on time.
  doc({ issuedAt: '2024-12-30', publishedAt: '2024-12-31T17:30:00Z', documentType: 'Chỉ thị' }),
  doc({ issuedAt: '2025-12-01', publishedAt: null, numberSymbol: '99/QĐ-UBND' }), // unpublished, overdue: 7 working days by now
  doc({ issuedAt: '2025-12-09', publishedAt: null }), // unpublished, still within the deadline
  doc({ issuedAt: '2025-12-08', publishedAt: '2025-12-20T08:00:00+07:00' }), // scheduled: not online yet, within the deadline
  doc({ issuedAt: '2024-05-02', publishedAt: '2024-05-10T08:00:00+07:00', ownDocument: false, issuer: 'Chính phủ' }),
  // Friday 30/08/2024, with Mon 2/9 and Tue 3/9 off: Thursday 5/9 is the 2nd working day.
  doc({ issuedAt: '2024-08-30', publishedAt: '2024-09-05T17:00:00+07:00' }),
]

describe('publishingStats for 2025', () => {
  const stats = publishingStats(docs, { holidays, year: 2025, now })

  it('counts documents published in the year by Vietnamese calendar', () => {
    expect(stats.total).toBe(6)
    expect(stats.byYear).toEqual([
      { year: 2024, count: 2 },
      { year: 2025, count: 6 },
    ])
  })

  it('counts by type and issuer, most frequent first', () => {
    expect(stats.byType).toEqual([
      { label: 'Quyết định', count: 3 },
      { label: 'Chỉ thị', count: 2 },
      { label: 'Nghị định', count: 1 },
    ])
    expect(stats.byIssuer).toEqual([
      { label: 'Ủy ban nhân dân tỉnh', count: 5 },
      { label: 'Chính phủ', count: 1 },
    ])
  })

  it('computes full-text and signed-file shares', () => {
    expect(stats.fullTextShare).toBeCloseTo(4 / 6)
    expect(stats.signedFileShare).toBeCloseTo(5 / 6)
  })

  it('checks Art 17 in working days, own documents only', () => {
    const t = stats.timeliness
    expect(t.applicable).toBe(6)
    expect(t.onTime).toBe(3)
    expect(t.onTimeShare).toBe(0.5)
    expect(t.late).toEqual([
      {
        id: 'd7',
        numberSymbol: '99/QĐ-UBND',
        url: docs[6].url,
        issuedAt: '2025-12-01',
        publishedAt: null,
        workingDays: 7,
      },
      {
        id: 'd4',
        numberSymbol: '10/QĐ-UBND',
        url: docs[3].url,
        issuedAt: '2025-03-05',
        publishedAt: '2025-03-10T09:00:00+07:00',
        workingDays: 3,
      },
      {
        id: 'd2',
        numberSymbol: '20/QĐ-UBND',
        url: docs[1].url,
        issuedAt: '2025-08-29',
        publishedAt: '2025-09-05T08:00:00+07:00',
        workingDays: 3,
      },
    ])
    expect(t.late.map((l) => l.id)).not.toContain('d1')
  })

  it('honours a different limit', () => {
    const t = publishingStats(docs, { holidays, year: 2025, now, limitWorkingDays: 3 }).timeliness
    expect(t.late.map((l) => l.id)).toEqual(['d7'])
    expect(t.onTime).toBe(5)
  })

  it('without the holiday table the Friday document would be late', () => {
    const t = publishingStats([docs[0]], { holidays: [], now }).timeliness
    expect(t.late.map((l) => l.id)).toEqual(['d1'])
  })
})

describe('publishingStats over all years', () => {
  it('adds the 2024 documents', () => {
    const stats = publishingStats(docs, { holidays, now })
    expect(stats.total).toBe(8)
    expect(stats.timeliness.applicable).toBe(7)
    expect(stats.timeliness.onTime).toBe(4)
  })

  it('returns zeros for no documents', () => {
    const stats = publishingStats([], { holidays, now })
    expect(stats).toEqual({
      total: 0,
      byYear: [],
      byType: [],
      byIssuer: [],
      fullTextShare: 0,
      signedFileShare: 0,
      signedByYear: [],
      signedByIssuer: [],
      timeliness: { applicable: 0, onTime: 0, late: [], onTimeShare: 0 },
    })
  })
})
