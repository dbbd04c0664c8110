import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLegalText } from '../../../cms/lib/legal-text'
import { proposeEffects } from '../../../cms/lib/effects/propose'
import { textOnDate } from '../../../cms/lib/effects/apply'
import { footnoteText, renderPointInTime } from '../../../cms/lib/effects/consolidated'
import { readDateParam } from '../../../cms/lib/effects/date-param'
import type { AppliedEffect } from '../../../cms/lib/effects/types'

const body = (file: string) => readFileSync(new URL(`../../../content/documents/${file}`, import.meta.url), 'utf8').split(/^---$/m)[2]!
const original = parseLegalText(body('mau-02-2025-nd-mau.md'))
const amending = parseLegalText(body('mau-03-2026-nd-mau.md'))
const proposal = proposeEffects(amending)
const first: AppliedEffect[] = proposal.effects.map((e) => ({
  ...e,
  effectiveAt: '2026-04-01',
  amendingTitle: 'Nghị định số 03/2026/NĐ-MAU',
  amendingPath: '/van-ban/2026/03-2026-nd-mau',
}))
// A second, later amendment (hand-written) to test a date between the two.
const second: AppliedEffect = {
  operation: 'amend',
  target: 'dieu-3-khoan-1',
  after: '',
  wording: ['1. Văn bản quy phạm pháp luật được đăng ngay trong ngày ký.'],
  phraseFrom: '',
  phraseTo: '',
  source: 'dieu-1',
  sourceLabel: 'Điều 1',
  effectiveAt: '2027-01-01',
  amendingTitle: 'Nghị định số 04/2026/NĐ-MAU',
  amendingPath: '',
}
const effects = [...first, second]

const find = (units: typeof original.body, anchor: string): (typeof original.body)[number] | undefined => {
  for (const u of units) {
    if (u.anchor === anchor) return u
    const inner = find(u.children, anchor)
    if (inner) return inner
  }
  return undefined
}

describe('the seeded sample pair', () => {
  it('proposes one effect per amending clause and leaves nothing unplaced', () => {
    expect(proposal.unplaced).toEqual([])
    expect(proposal.effects.map((e) => [e.operation, e.target, e.sourceLabel])).toEqual([
      ['amend', 'dieu-2-khoan-2', 'khoản 1 Điều 1'],
      ['amend', 'dieu-3-khoan-1', 'khoản 2 Điều 1'],
      ['repeal', 'dieu-3-khoan-2-diem-c', 'khoản 3 Điều 1'],
      ['insert', 'dieu-4a', 'khoản 4 Điều 1'],
      ['substitute', 'dieu-4', 'khoản 5 Điều 1'],
    ])
  })
})

describe('point in time', () => {
  it('before any amendment shows the original and lists every amendment as not yet in force', () => {
    const pit = textOnDate(original, effects, '2025-06-01')
    expect(pit.applied).toEqual([])
    expect(pit.pending).toHaveLength(6)
    expect(find(pit.text.body, 'dieu-3-khoan-1')!.paragraphs[0]).toContain('5 ngày làm việc')
    expect(pit.text.body.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-3', 'dieu-4', 'dieu-5'])
  })

  it('between amendments applies the first decree only', () => {
    const pit = textOnDate(original, effects, '2026-06-30')
    expect(pit.applied).toHaveLength(5)
    expect(pit.pending).toEqual([second])
    expect(pit.missed).toEqual([])
    expect(find(pit.text.body, 'dieu-2-khoan-2')!.paragraphs[0]).toBe('Thông tin được cung cấp trên cổng thông tin điện tử và qua thư điện tử.')
    expect(find(pit.text.body, 'dieu-3-khoan-1')!.paragraphs[0]).toContain('2 ngày làm việc')
    expect(find(pit.text.body, 'dieu-3-khoan-2-diem-c')!.paragraphs).toEqual(['(được bãi bỏ)'])
    expect(pit.text.body.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-3', 'dieu-4', 'dieu-4a', 'dieu-5'])
    expect(find(pit.text.body, 'dieu-4')!.paragraphs[0]).toBe('Cổng thông tin điện tử bảo đảm truy cập liên tục, an toàn.')
    // The original is never modified.
    expect(find(original.body, 'dieu-3-khoan-1')!.paragraphs[0]).toContain('5 ngày làm việc')
  })

  it('after both, the later wording wins', () => {
    const pit = textOnDate(original, effects, '2027-01-01')
    expect(pit.pending).toEqual([])
    expect(find(pit.text.body, 'dieu-3-khoan-1')!.paragraphs[0]).toBe('Văn bản quy phạm pháp luật được đăng ngay trong ngày ký.')
  })

  it('reports an effect whose target is not in the text instead of guessing', () => {
    const pit = textOnDate(original, [{ ...second, target: 'dieu-9-khoan-1' }], '2027-06-01')
    expect(pit.applied).toEqual([])
    expect(pit.missed).toHaveLength(1)
  })
})

describe('the consolidated text', () => {
  const pit = textOnDate(original, first, '2026-06-30')
  it('footnotes each changed provision in the VBHN wording', () => {
    expect(pit.changes.map(footnoteText)).toEqual([
      'Khoản này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 Nghị định số 03/2026/NĐ-MAU, có hiệu lực kể từ ngày 01/04/2026.',
      'Khoản này được sửa đổi, bổ sung theo quy định tại khoản 2 Điều 1 Nghị định số 03/2026/NĐ-MAU, có hiệu lực kể từ ngày 01/04/2026.',
      'Điểm này được bãi bỏ theo quy định tại khoản 3 Điều 1 Nghị định số 03/2026/NĐ-MAU, có hiệu lực kể từ ngày 01/04/2026.',
      'Điều này được bổ sung theo quy định tại khoản 4 Điều 1 Nghị định số 03/2026/NĐ-MAU, có hiệu lực kể từ ngày 01/04/2026.',
      'Cụm từ “truy cập liên tục” được thay bằng cụm từ “truy cập liên tục, an toàn” theo quy định tại khoản 5 Điều 1 Nghị định số 03/2026/NĐ-MAU, có hiệu lực kể từ ngày 01/04/2026.',
    ])
  })

  it('renders numbered footnote references inside the changed provisions and the notes at the end', () => {
    const html = renderPointInTime(pit, { footnotes: true })
    expect(html).toMatch(/<section class="unit unit-changed unit-clause" id="dieu-2-khoan-2"><p>.*?<sup class="footnote-ref"><a href="#chu-thich-1"/)
    expect(html).toMatch(/id="dieu-4a"><h3 class="unit-heading">.*?chu-thich-5.*?<\/h3>/)
    expect(html.match(/<li id="chu-thich-\d+">/g)).toHaveLength(5)
    expect(html).not.toContain('5 ngày làm việc')
  })

  it('marks changed provisions on the page with a link to the amending provision', () => {
    const html = renderPointInTime(pit, { footnotes: false })
    expect(html).toContain('<a href="/van-ban/2026/03-2026-nd-mau#dieu-1-khoan-2">Được sửa đổi bởi khoản 2 Điều 1 Nghị định số 03/2026/NĐ-MAU</a>, từ 01/04/2026')
    expect(html).toContain('Bị bãi bỏ bởi khoản 3 Điều 1')
    expect(html).not.toContain('chu-thich')
  })
})

describe('?ngay=', () => {
  it('accepts yyyy-mm-dd and dd/mm/yyyy, defaults to today, and explains a bad date', () => {
    expect(readDateParam('2026-04-01', '2026-12-04')).toEqual({ ok: true, day: '2026-04-01' })
    expect(readDateParam('1/4/2026', '2026-12-04')).toEqual({ ok: true, day: '2026-04-01' })
    expect(readDateParam(null, '2026-12-04')).toEqual({ ok: true, day: '2026-12-04' })
    expect(readDateParam('31/02/2026', '2026-12-04')).toEqual({ ok: false, message: expect.stringContaining('dd/mm/yyyy') })
    expect(readDateParam('hôm qua', '2026-12-04').ok).toBe(false)
  })
})

describe('footnote numbers of the consolidated text', () => {
  it('run in reading order, whatever the order the amendments came in', () => {
    // The later amendment of khoản 1 Điều 3 listed first, before changes to Điều 2.
    const pit = textOnDate(original, [second, ...first], '2027-06-01')
    const html = renderPointInTime(pit, { footnotes: true })
    const numbers = [...html.matchAll(/id="tham-chieu-(\d+)"/g)].map((m) => Number(m[1]))
    expect(numbers.length).toBeGreaterThan(2)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })
})
