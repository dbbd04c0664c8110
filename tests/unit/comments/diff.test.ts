import { describe, expect, it } from 'vitest'
import { diffArticles, diffSummary, type ArticleText } from '../../../cms/consultation/drafts/diff'

const art = (n: string, title: string, text: string): ArticleText => ({ anchor: `dieu-${n}`, label: `Điều ${n}`, title, text })

const v1 = [
  art('1', 'Phạm vi điều chỉnh', 'Quy định này quy định về quản lý điểm trông giữ xe công cộng trên địa bàn thành phố.'),
  art('2', 'Đối tượng áp dụng', 'Cơ quan, tổ chức, cá nhân có liên quan.'),
  art('3', 'Giải thích từ ngữ', 'Điểm trông giữ xe là nơi được cấp phép.'),
  art('4', 'Mức thu', '1. Mức thu tối đa 5.000 đồng/lượt.\n2. Miễn thu đối với học sinh.'),
]
const v2 = [
  art('1', 'Phạm vi điều chỉnh', 'Quy định này quy định về quản lý điểm trông giữ xe công cộng trên địa bàn thành phố.'),
  art('3', 'Giải thích từ ngữ', 'Điểm   trông giữ xe là nơi được cấp phép.\r\n'),
  art('4', 'Mức thu phí', '1. Mức thu tối đa 3.000 đồng/lượt.\n2. Miễn thu đối với học sinh.'),
  art('5', 'Hiệu lực', 'Quy định này có hiệu lực từ ngày 01/7/2026 & thay thế <Quyết định 15>.'),
]

describe('diffArticles', () => {
  const result = diffArticles(v1, v2)

  it('matches articles by anchor and gives each a status, removed ones where they used to be', () => {
    expect(result.map((r) => `${r.anchor}:${r.status}`)).toEqual([
      'dieu-1:unchanged',
      'dieu-2:removed',
      'dieu-3:unchanged', // only whitespace changed
      'dieu-4:changed',
      'dieu-5:added',
    ])
    expect(result.map((r) => r.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 4', 'Điều 5'])
  })

  it('marks changed words with <ins>/<del> and a hidden prefix for screen readers', () => {
    const html = result.find((r) => r.anchor === 'dieu-4')!.html
    // diffWordsWithSpace splits "5.000" at the dot: only the digit that changed is marked.
    expect(html).toContain('tối đa <del><span class="visually-hidden">[xóa] </span>5</del><ins><span class="visually-hidden">[thêm] </span>3</ins>.000')
    expect(html).toContain('Mức thu<ins><span class="visually-hidden">[thêm] </span> phí</ins>')
    // Unchanged words are not marked, and line breaks survive.
    expect(html).toContain('đồng/lượt.<br>2. Miễn thu đối với học sinh.')
    expect(html.match(/<ins>/g)).toHaveLength(2)
  })

  it('shows a whole added or removed article as one insertion or deletion', () => {
    const removed = result.find((r) => r.anchor === 'dieu-2')!.html
    expect(removed).toContain('<del><span class="visually-hidden">[xóa] </span>Cơ quan, tổ chức, cá nhân có liên quan.</del>')
    expect(removed).not.toContain('<ins>')
    const unchanged = result.find((r) => r.anchor === 'dieu-1')!.html
    expect(unchanged).not.toMatch(/<ins>|<del>/)
  })

  it('escapes the text of the draft', () => {
    const added = result.find((r) => r.anchor === 'dieu-5')!.html
    expect(added).toContain('01/7/2026 &amp; thay thế &lt;Quyết định 15&gt;.')
    expect(added).not.toContain('<Quyết')
  })

  it('keeps Vietnamese words whole (a one-letter change marks the word, not the letter)', () => {
    const [row] = diffArticles([art('1', '', 'Miễn thu phí.')], [art('1', '', 'Miễn thu lệ phí.')])
    expect(row!.html).toBe('<p class="article-diff-text">Miễn thu <ins><span class="visually-hidden">[thêm] </span>lệ </ins>phí.</p>')
  })

  it('summarises the counts', () => {
    expect(diffSummary(result)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 2, total: 5 })
    expect(diffSummary(diffArticles([], []))).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 0, total: 0 })
  })

  it('places a removed first article first', () => {
    expect(diffArticles(v1, v1.slice(1)).map((r) => `${r.anchor}:${r.status}`)[0]).toBe('dieu-1:removed')
  })
})
