import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listArticles, parseLegalText, renderLegalHtml, tableOfContents } from '../../../cms/lib/legal-text'
import { childAnchors, htmlText, missingWords, parsedText, unit } from './fixtures/units'

const source = readFileSync(new URL('./fixtures/chi-thi-15-CT-TTg-2012.txt', import.meta.url), 'utf8')
const parsed = parseLegalText(source)

describe('Chỉ thị 15/CT-TTg (directive with numbered sections)', () => {
  it('finds the eight sections as article-level units dieu-1…dieu-8', () => {
    expect(parsed.structured).toBe(true)
    expect(parsed.body.map((u) => [u.kind, u.anchor, u.label])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ['article', `dieu-${n}`, `${n}.`]),
    )
    expect(unit(parsed, 'dieu-4').title).toBe('Bộ Thông tin và Truyền thông có trách nhiệm:')
  })

  it('nests points a)–d) under section 1 and a)–e) with đ) under section 4', () => {
    expect(childAnchors(unit(parsed, 'dieu-1'))).toEqual(['a', 'b', 'c', 'd'].map((p) => `dieu-1-diem-${p}`))
    expect(childAnchors(unit(parsed, 'dieu-4'))).toEqual(['a', 'b', 'c', 'd', 'dd', 'e'].map((p) => `dieu-4-diem-${p}`))
    const dd = unit(parsed, 'dieu-4-diem-dd')
    expect([dd.label, dd.number]).toEqual(['đ)', 'đ'])
    expect(dd.paragraphs[0]).toMatch(/^Hoàn chỉnh hệ thống tiêu chuẩn/)
  })

  it('puts the five dash items under point 1 a)', () => {
    const items = unit(parsed, 'dieu-1-diem-a').children
    expect(items.map((i) => [i.kind, i.anchor, i.label])).toEqual(
      [1, 2, 3, 4, 5].map((n) => ['item', `dieu-1-diem-a-y-${n}`, '-']),
    )
    expect(items[4]!.paragraphs[0]).toMatch(/^Triển khai việc số hóa/)
  })

  it('keeps the follow-on paragraph "Trong năm 2013…" inside point 4 a)', () => {
    const a = unit(parsed, 'dieu-4-diem-a')
    expect(a.paragraphs).toHaveLength(2)
    expect(a.paragraphs[1]).toMatch(/^Trong năm 2013, trình Thủ tướng/)
    expect(unit(parsed, 'dieu-4-diem-b').paragraphs[0]).toMatch(/^Phối hợp với Ban Cơ yếu/)
  })

  it('keeps the body of a section without points in the section', () => {
    expect(unit(parsed, 'dieu-8').paragraphs).toEqual([expect.stringMatching(/^Ưu tiên bố trí kinh phí/)])
  })

  it('separates title, preamble and closing from the sections', () => {
    expect(parsed.header).toEqual([])
    expect(parsed.title).toEqual([
      'CHỈ THỊ',
      'Về việc tăng cường sử dụng văn bản điện tử',
      'trong hoạt động của cơ quan nhà nước',
    ])
    expect(parsed.preamble).toHaveLength(1)
    expect(parsed.preamble[0]).toMatch(/^Thực hiện Nghị định số 64\/2007\/NĐ-CP.*Thủ tướng Chính phủ chỉ thị:$/)
    expect(parsed.closing).toEqual([expect.stringMatching(/^Các Bộ trưởng, Thủ trưởng .*Chỉ thị này\.\/\.$/)])
  })

  it('reads recipients and the signature, which the source interleaves with tabs', () => {
    expect(parsed.recipients[0]).toBe('- Ban Bí thư Trung ương Đảng;')
    expect(parsed.recipients).toHaveLength(22)
    // The wrapped line ' Cổng TTĐT, …' continues the VPCP entry.
    expect(parsed.recipients).toContain(
      '- VPCP: BTCN, các PCN, các Trợ lý TTCP, Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo;',
    )
    expect(parsed.recipients.at(-1)).toBe('- Lưu: Văn thư, KGVX (5b).Q.')
    expect(parsed.signature).toEqual(['THỦ TƯỚNG', '(Đã ký)', 'Nguyễn Tấn Dũng'])
    expect(parsed.warnings).toEqual([])
  })

  it('loses no word of the source, in the structure or in the HTML', () => {
    expect(missingWords(source, htmlText(renderLegalHtml(parsed)))).toEqual([])
    const structure = parsedText(parsed)
    expect(missingWords(source, structure)).toEqual([])
  })

  it('lists the sections as articles for indexing and the table of contents', () => {
    expect(tableOfContents(parsed).map((e) => [e.anchor, e.level])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`dieu-${n}`, 1]),
    )
    const [first] = listArticles(parsed)
    expect(first!.path).toEqual([])
    expect(first!.text.split('\n').slice(0, 3)).toEqual([
      '1. Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương có trách nhiệm:',
      'a) Tăng cường sử dụng văn bản điện tử trong hoạt động nội bộ của mỗi cơ quan nhà nước:',
      expect.stringMatching(/^- Các cơ quan nhà nước từ cấp đơn vị trực thuộc/),
    ])
    expect(first!.text).not.toContain('2. Thủ trưởng')
  })
})
