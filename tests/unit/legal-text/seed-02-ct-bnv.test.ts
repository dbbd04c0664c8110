import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLegalText, renderLegalHtml } from '../../../cms/lib/legal-text'
import { childAnchors, htmlText, missingWords, parsedText, unit } from './fixtures/units'

const source = readFileSync(new URL('./fixtures/chi-thi-02-CT-BNV-2012.txt', import.meta.url), 'utf8')
const parsed = parseLegalText(source)

describe('Chỉ thị 02/CT-BNV (metadata block, + items, truncated)', () => {
  it('keeps the metadata block and the quốc hiệu in the header', () => {
    expect(parsed.header[0]).toMatch(/^Chỉ thị 02\/CT-BNV năm 2012/)
    expect(parsed.header).toContain('Số hiệu 02/CT-BNV')
    expect(parsed.header).toContain('BỘ NỘI VỤ')
    expect(parsed.header).toContain('Số: 02/CT-BNV')
    expect(parsed.header.at(-1)).toBe('Hà Nội, ngày 11 tháng 09 năm 2012')
    expect(parsed.title).toEqual([
      'CHỈ THỊ',
      'VỀ VIỆC TĂNG CƯỜNG SỬ DỤNG VĂN BẢN ĐIỆN TỬ TRONG HOẠT ĐỘNG CỦA BỘ NỘI VỤ',
    ])
    expect(parsed.preamble.map((p) => p.slice(0, 12))).toEqual(['Thực hiện Ng', 'Để khắc phục'])
  })

  it('finds section 1 with points a), b), c)', () => {
    expect(parsed.body.map((u) => u.anchor)).toEqual(['dieu-1'])
    expect(childAnchors(unit(parsed, 'dieu-1'))).toEqual(['dieu-1-diem-a', 'dieu-1-diem-b', 'dieu-1-diem-c'])
  })

  it('nests + items under the dash item they follow', () => {
    const dashes = unit(parsed, 'dieu-1-diem-a').children
    expect(dashes.map((d) => d.label)).toEqual(['-', '-', '-', '-', '-'])
    expect(childAnchors(dashes[0]!)).toEqual([1, 2, 3, 4].map((n) => `dieu-1-diem-a-y-1-y-${n}`))
    expect(dashes[0]!.children.map((c) => c.label)).toEqual(['+', '+', '+', '+'])
    expect(dashes[1]!.children).toHaveLength(5)
    expect(dashes[2]!.children).toEqual([])
    expect(dashes[2]!.paragraphs).toEqual(['Từng bước xử lý Hồ sơ công việc trên mạng;'])
  })

  it('keeps the truncation mark "[...]" and has no closing or signature', () => {
    expect(unit(parsed, 'dieu-1-diem-c-y-1').paragraphs.at(-1)).toBe('[...]')
    expect(parsed.closing).toEqual([])
    expect(parsed.recipients).toEqual([])
    expect(parsed.signature).toEqual([])
  })

  it('loses no word of the source', () => {
    expect(missingWords(source, parsedText(parsed))).toEqual([])
    expect(missingWords(source, htmlText(renderLegalHtml(parsed)))).toEqual([])
  })
})
