/** The pure rules behind the Decree 43 duties (issue #16): maintenance notice, re-verification, ratable pages, rating statistics, Dublin Core XML. */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { ratablePath } from '../../../cms/consultation/ratings/levels'
import { successionNote } from '../../../cms/lib/agencies/succession'
import { verificationDue, verificationMonths, verificationText } from '../../../cms/lib/agencies/verification'
import { earliestStart, maintenanceNotice, nextNoticeChange, noticeFrom } from '../../../cms/lib/maintenance'
import { buildDublinCoreXml } from '../../../cms/lib/opendata/dublin-core'
import { portalPart, ratingStats } from '../../../cms/lib/stats/ratings'
import { otherLanguagePath } from '../../../site/lib/language'
import { CACHE_HEADER, capCacheAge } from '../../../site/lib/page-cache'

const vn = (s: string) => new Date(`${s}+07:00`)

describe('planned maintenance notice: 7 working days ahead', () => {
  // Mon 14/12/2026 … ; Tết-like days off on Wed 16 and Thu 17/12 (an invented calendar).
  const holidays = ['2026-12-16', '2026-12-17']

  it('counts the notice in working days, skipping weekends and holidays', () => {
    // From Monday 14/12: Tue 15, Fri 18, Mon 21, Tue 22, Wed 23, Thu 24, Fri 25 → Friday 25/12.
    expect(earliestStart(vn('2026-12-14T10:00:00'), holidays)).toEqual(vn('2026-12-25T00:00:00'))
    expect(earliestStart(vn('2026-12-14T10:00:00'), [])).toEqual(vn('2026-12-23T00:00:00'))
    // A window on Friday 25/12 at 22:00 is announced from Monday 14/12, 00:00.
    expect(noticeFrom(vn('2026-12-25T22:00:00'), holidays)).toEqual(vn('2026-12-14T00:00:00'))
  })

  it('shows from the first day of notice until the window ends, and says when that changes', () => {
    const window = { start: vn('2026-12-25T22:00:00'), end: vn('2026-12-26T02:00:00'), text: '' }
    expect(maintenanceNotice(window, vn('2026-12-13T23:59:59'), holidays)).toBeNull()
    expect(maintenanceNotice(window, vn('2026-12-14T00:00:00'), holidays)?.text).toMatch(/^Cổng thông tin tạm ngừng hoạt động để bảo trì/)
    expect(maintenanceNotice(window, vn('2026-12-26T01:59:59'), holidays)).not.toBeNull()
    expect(maintenanceNotice(window, vn('2026-12-26T02:00:00'), holidays)).toBeNull()
    expect(nextNoticeChange(window, vn('2026-12-10T12:00:00'), holidays)).toEqual(vn('2026-12-14T00:00:00'))
    expect(nextNoticeChange(window, vn('2026-12-20T12:00:00'), holidays)).toEqual(window.end)
    expect(nextNoticeChange(window, vn('2026-12-27T00:00:00'), holidays)).toBeNull()
    // No window, or one that ends before it starts: nothing to show.
    expect(maintenanceNotice({ start: window.end, end: window.start }, vn('2026-12-20T12:00:00'), holidays)).toBeNull()
    expect(maintenanceNotice(null, vn('2026-12-20T12:00:00'), holidays)).toBeNull()
  })

  it('caps how long a cached page is kept to the next change of the notice', () => {
    const res = (cache: string) => new Response('x', { headers: { [CACHE_HEADER]: cache } })
    const publicPage = res('public')
    capCacheAge(publicPage, 90.4)
    expect(publicPage.headers.get(CACHE_HEADER)).toBe('max-age=90')
    const shortPage = res('max-age=30')
    capCacheAge(shortPage, 90)
    expect(shortPage.headers.get(CACHE_HEADER)).toBe('max-age=30')
  })
})

describe('agency contact re-verification and succession', () => {
  it('is due when never verified or verified more than the set months ago', () => {
    expect(verificationDue(null, vn('2026-12-04T00:00:00'), 12)).toBe(true)
    expect(verificationDue(vn('2025-12-04T00:00:00'), vn('2026-12-04T00:00:00'), 12)).toBe(false)
    expect(verificationDue(vn('2025-12-03T00:00:00'), vn('2026-12-04T00:00:00'), 12)).toBe(true)
    expect(verificationText(vn('2025-02-28T00:00:00'), vn('2026-12-04T00:00:00'), 12)).toBe('Cần xác minh lại (lần cuối 28/02/2025, quá 12 tháng)')
    expect(verificationMonths(0)).toBe(12)
    expect(verificationMonths(6)).toBe(6)
  })

  it('words the succession in both languages', () => {
    expect(successionNote('renamed', 'Sở Khoa học và Công nghệ tỉnh Ví Dụ', vn('2025-07-01T00:00:00'))).toBe('Đã đổi tên thành Sở Khoa học và Công nghệ tỉnh Ví Dụ từ ngày 01/07/2025.')
    expect(successionNote('merged', 'Ministry of Science and Technology', vn('2025-03-01T00:00:00'), 'en')).toBe('Merged into Ministry of Science and Technology on 01/03/2025.')
  })
})

describe('every page may be rated', () => {
  it('accepts the home page, lists, documents, question codes and the API documentation; refuses the admin and the APIs', () => {
    for (const path of ['/', '/van-ban', '/van-ban/2012/15-ct-ttg', '/hoi-dap/HD-2026-000045', '/du-thao/du-thao-a/phien-ban/2', '/api/v1/docs', '/en/tuyen-bo-tiep-can'])
      expect(ratablePath(path), path).toBe(path)
    expect(ratablePath('/dich-vu-cong/')).toBe('/dich-vu-cong')
    for (const bad of ['/admin/collections/news', '/api/v1/documents', '/danh-gia', '/_next/x', '//', '/a b', '/a/b/c/d/e/f', '/x?y=1'])
      expect(ratablePath(bad), bad).toBeNull()
  })

  it('sums ratings per level, per part of the portal and per year', () => {
    const stats = ratingStats({
      pages: [
        { path: '/', verySatisfied: 2, satisfied: 1, unsatisfied: 1 },
        { path: '/van-ban/2012/15-ct-ttg', verySatisfied: 0, satisfied: 3, unsatisfied: 0 },
        { path: '/van-ban', verySatisfied: 1, satisfied: 0, unsatisfied: 0 },
        { path: '/khong-ro', verySatisfied: 0, satisfied: 0, unsatisfied: 2 },
      ],
      byYear: [{ year: 2026, verySatisfied: 3, satisfied: 4, unsatisfied: 3 }],
    })
    expect(stats.total).toBe(10)
    expect(stats.satisfiedShare).toBe(0.7)
    expect(stats.bySection.map((s) => [s.label, s.total, s.satisfied])).toEqual([
      ['Trang chủ', 4, 3],
      ['Văn bản pháp luật', 4, 4],
      ['Trang khác', 2, 0],
    ])
    expect(stats.byYear).toEqual([{ label: '2026', year: 2026, total: 10, satisfied: 7, share: 0.7 }])
    expect(portalPart('/en/co-quan/bo-noi-vu')).toBe('Trang tiếng Anh')
  })
})

describe('Dublin Core export and the accessibility statement in both languages', () => {
  it('writes well-formed XML whatever the text holds', () => {
    const xml = buildDublinCoreXml(
      [
        {
          oaiIdentifier: 'oai:cong.vidu.gov.vn:legal-documents:1',
          datestamp: '2026-12-04T00:00:00.000Z',
          title: 'Quyết định 01/QĐ-A: "A & B" <thử> \u0001',
          creator: 'Ủy ban nhân dân tỉnh Ví Dụ',
          subjects: ['Đất đai'],
          description: 'Trích yếu',
          publisher: 'Sở Ví Dụ',
          date: '2026-12-01',
          type: 'Quyết định',
          identifiers: ['https://cong.vidu.gov.vn/van-ban/2026/01-qd-a', '01/QĐ-A'],
          language: 'vi',
        },
      ],
      { generatedAt: '2026-12-04T00:00:00.000Z', source: 'https://cong.vidu.gov.vn' },
    )
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const dc = parsed.records.record.metadata['oai_dc:dc']
    expect(dc['dc:title']).toBe('Quyết định 01/QĐ-A: "A & B" <thử>')
    expect(xml).not.toContain('\u0001')
    expect(dc['dc:identifier']).toEqual(['https://cong.vidu.gov.vn/van-ban/2026/01-qd-a', '01/QĐ-A'])
    expect(parsed.records['@_count']).toBe('1')
  })

  it('switches language between the two statements', () => {
    expect(otherLanguagePath('/tuyen-bo-tiep-can')).toBe('/en/tuyen-bo-tiep-can')
    expect(otherLanguagePath('/en/tuyen-bo-tiep-can')).toBe('/tuyen-bo-tiep-can')
  })
})
