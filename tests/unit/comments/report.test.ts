import { describe, expect, it } from 'vitest'
import { RESPONSE_LABELS, STANCE_LABELS, summariseComments, type CommentForReport } from '../../../cms/consultation/comments/report'

const articles = [
  { anchor: 'dieu-1', label: 'Điều 1' },
  { anchor: 'dieu-2', label: 'Điều 2' },
  { anchor: 'dieu-5', label: 'Điều 5' },
]

const comments: CommentForReport[] = [
  { stance: 'agree', submitterCategory: 'individual', article: null, response: { kind: 'accepted', text: 'Tiếp thu.' } },
  { stance: 'agree', submitterCategory: 'individual', article: 'dieu-5', response: null },
  { stance: 'disagree', submitterCategory: 'business', article: 'dieu-5', response: { kind: 'explained', text: 'Giữ như dự thảo vì…' } },
  { stance: 'partlyAgree', submitterCategory: 'organisation', article: 'dieu-1', response: { kind: null } },
  { stance: 'disagree', submitterCategory: 'business', article: 'dieu-9' },
]

describe('summariseComments', () => {
  const s = summariseComments(comments, articles)

  it('counts by stance and by commenter category, known codes always present', () => {
    expect(s.total).toBe(5)
    expect(s.byStance).toEqual({ agree: 2, disagree: 2, partlyAgree: 1 })
    expect(s.byCategory).toEqual({ individual: 2, business: 2, organisation: 1 })
    expect(summariseComments([], articles).byStance).toEqual({ agree: 0, disagree: 0, partlyAgree: 0 })
  })

  it('lists the whole draft, then every article in draft order, then articles no longer in the draft', () => {
    expect(s.byArticle).toEqual([
      { anchor: null, label: 'Toàn bộ dự thảo', count: 1 },
      { anchor: 'dieu-1', label: 'Điều 1', count: 1 },
      { anchor: 'dieu-2', label: 'Điều 2', count: 0 },
      { anchor: 'dieu-5', label: 'Điều 5', count: 2 },
      { anchor: 'dieu-9', label: 'dieu-9', count: 1 },
    ])
  })

  it('counts answered comments (tiếp thu or giải trình) and their share', () => {
    expect(s.answered).toBe(2)
    expect(s.byResponse).toEqual({ accepted: 1, explained: 1 })
    expect(s.answeredShare).toBeCloseTo(0.4)
    expect(summariseComments([], articles).answeredShare).toBe(0)
  })

  it('exposes the Vietnamese labels used in the report', () => {
    expect(RESPONSE_LABELS).toEqual({ accepted: 'Tiếp thu', explained: 'Giải trình' })
    expect(STANCE_LABELS.partlyAgree).toBe('Đồng ý một phần')
  })
})
