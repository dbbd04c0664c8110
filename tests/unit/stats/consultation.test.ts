import { describe, expect, it } from 'vitest'
import {
  consultationStats,
  type ConsultationComment,
  type ConsultationDraft,
} from '../../../cms/lib/stats/consultation'

const now = new Date('2025-07-15T10:00:00+07:00')
const url = (id: string) => `https://congthongtin.example.gov.vn/du-thao/${id}`
const draft = (
  id: string,
  title: string,
  opensAt: string,
  closesAt: string,
  minimumDays: number | null,
  reportPublishedAt: string | null = null,
): ConsultationDraft => ({
  id,
  title,
  url: url(id),
  opensAt,
  closesAt,
  documentType: 'Nghị định',
  minimumDays,
  reportPublishedAt,
})

const drafts = [
  draft('A', 'Dự thảo Nghị định về cổng thông tin', '2025-06-01T00:00:00+07:00', '2025-07-31T00:00:00+07:00', 60), // 60 days, open
  draft(
    'B',
    'Dự thảo Luật Đất đai (sửa đổi)',
    '2025-03-01T00:00:00+07:00',
    '2025-03-21T00:00:00+07:00',
    60,
    '2025-04-10T09:00:00+07:00',
  ), // 20 < 60
  draft('C', 'Dự thảo Thông tư hướng dẫn', '2025-04-01T00:00:00+07:00', '2025-04-21T00:00:00+07:00', 20), // 20 days, closed
  draft('D', 'Dự thảo Quyết định chưa mở', '2025-08-01T00:00:00+07:00', '2025-08-21T00:00:00+07:00', null), // no minimum set
  // Opens 00:30 on 1/1/2025 in Vietnam (still 2024 in UTC): a 2025 draft; 60 days to 2/3.
  draft('E', 'Dự thảo Nghị quyết', '2024-12-31T17:30:00Z', '2025-03-02T00:00:00+07:00', 60),
  draft('F', 'Dự thảo năm 2024', '2024-05-01T00:00:00+07:00', '2024-06-30T00:00:00+07:00', 60),
]

const c = (draftId: string, stance: string, submitterCategory: string, answered: boolean): ConsultationComment => ({
  draftId,
  stance,
  submitterCategory,
  answered,
})
const comments = [
  c('A', 'agree', 'individual', true),
  c('A', 'disagree', 'business', false),
  c('A', 'partlyAgree', 'individual', false),
  c('B', 'disagree', 'organisation', true),
  c('B', 'disagree', 'individual', true),
  c('E', 'agree', 'organisation', false),
  c('F', 'agree', 'individual', true),
  c('F', 'agree', 'individual', true),
  c('Z', 'agree', 'individual', true), // a draft not in the list: ignored
]

describe('consultationStats for 2025', () => {
  const stats = consultationStats(drafts, comments, { year: 2025, now })

  it('counts drafts per opening year (Vietnam time) and comments per draft', () => {
    expect(stats.draftsByYear).toEqual([
      { year: 2024, count: 1 },
      { year: 2025, count: 5 },
    ])
    expect(stats.totalDrafts).toBe(5)
    expect(stats.totalComments).toBe(6)
    expect(stats.commentsPerDraft.map((d) => [d.id, d.count])).toEqual([
      ['A', 3],
      ['B', 2],
      ['E', 1],
      ['D', 0], // "Dự thảo Quyết định…" sorts before "Dự thảo Thông tư…"
      ['C', 0],
    ])
    expect(stats.commentsPerDraft[0]).toEqual({ id: 'A', title: drafts[0].title, url: url('A'), count: 3 })
  })

  it('counts stances and submitter categories with Vietnamese labels', () => {
    expect(stats.byStance).toEqual([
      { key: 'disagree', label: 'Không tán thành', count: 3 },
      { key: 'agree', label: 'Tán thành', count: 2 },
      { key: 'partlyAgree', label: 'Đồng ý một phần', count: 1 },
    ])
    expect(stats.byCategory).toEqual([
      { key: 'individual', label: 'Cá nhân', count: 3 },
      { key: 'organisation', label: 'Cơ quan, tổ chức', count: 2 },
      { key: 'business', label: 'Doanh nghiệp', count: 1 },
    ])
    expect(stats.answeredShare).toBe(0.5)
  })

  it('checks the minimum period per draft', () => {
    expect(stats.draftsMeetingMinimum).toBe(3)
    expect(stats.draftsWithoutMinimum).toBe(1)
    expect(stats.metMinimumShare).toBe(0.75)
    expect(stats.draftsBelowMinimum).toEqual([
      {
        id: 'B',
        title: drafts[1].title,
        url: url('B'),
        opensAt: drafts[1].opensAt,
        closesAt: drafts[1].closesAt,
        documentType: 'Nghị định',
        periodDays: 20,
        minimumDays: 60,
      },
    ])
  })

  it('counts consultation states at now', () => {
    expect(stats.byState.map((s) => [s.key, s.count])).toEqual([
      ['upcoming', 1],
      ['open', 1],
      ['closed', 2],
      ['reportPublished', 1],
    ])
  })
})

describe('consultationStats over all years and edge cases', () => {
  it('includes every draft when no year is given', () => {
    const stats = consultationStats(drafts, comments, { now })
    expect(stats.totalDrafts).toBe(6)
    expect(stats.totalComments).toBe(8)
    expect(stats.answeredShare).toBe(5 / 8)
    expect(stats.draftsMeetingMinimum).toBe(4)
  })

  it('returns zeros without data and shows unknown codes as they are', () => {
    const empty = consultationStats([], [], { now })
    expect(empty.answeredShare).toBe(0)
    expect(empty.metMinimumShare).toBe(0)
    expect(empty.commentsPerDraft).toEqual([])
    const odd = consultationStats([drafts[0]], [c('A', 'neutral', '', false)], { now })
    expect(odd.byStance).toEqual([{ key: 'neutral', label: 'neutral', count: 1 }])
    expect(odd.byCategory).toEqual([{ key: '', label: 'Không xác định', count: 1 }])
  })
})
