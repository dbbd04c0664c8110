import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLegalText } from '../../../cms/lib/legal-text'
import { allUnits, childAnchors, missingWords, parsedText, unit } from './fixtures/units'

const source = readFileSync(new URL('./fixtures/sua-doi.txt', import.meta.url), 'utf8')
const parsed = parseLegalText(source)

describe('an amending decree quoting whole articles', () => {
  it('does not turn the quoted “Điều 5.” or “Điều 5a.” into articles', () => {
    expect(parsed.body.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-2'])
    const anchors = allUnits(parsed).map((u) => u.anchor)
    expect(anchors).not.toContain('dieu-5')
    expect(anchors).not.toContain('dieu-5a')
  })

  it('still detects the amending clauses after each closing quote', () => {
    expect(childAnchors(unit(parsed, 'dieu-1'))).toEqual([1, 2, 3, 4].map((n) => `dieu-1-khoan-${n}`))
    expect(unit(parsed, 'dieu-1-khoan-2').paragraphs[0]).toBe('Bổ sung Điều 5a vào sau Điều 5 như sau:')
  })

  it('keeps the quoted text verbatim, line by line, in the amending clause', () => {
    const clause = unit(parsed, 'dieu-1-khoan-1')
    expect(clause.children).toEqual([])
    expect(clause.paragraphs).toEqual([
      'Sửa đổi Điều 5 như sau:',
      '“Điều 5. Nguyên tắc cung cấp thông tin',
      '1. Thông tin phải chính xác, kịp thời.',
      '2. Thông tin được cung cấp theo các hình thức sau:',
      'a) Đăng trên cổng thông tin điện tử;',
      'b) Gửi qua thư điện tử.”',
    ])
    expect(unit(parsed, 'dieu-1-khoan-3').paragraphs).toEqual([
      'Sửa đổi điểm a khoản 2 Điều 7 như sau:',
      '"a) Văn bản được đăng trong 2 ngày làm việc;"',
    ])
  })

  it('handles quotes that open and close on the same line', () => {
    expect(unit(parsed, 'dieu-1-khoan-4').paragraphs).toHaveLength(1)
    expect(unit(parsed, 'dieu-2').paragraphs).toEqual(['Nghị định này có hiệu lực từ ngày ký.'])
    expect(parsed.warnings).toEqual([])
    expect(missingWords(source, parsedText(parsed))).toEqual([])
  })

  it('treats a quotation mark that is never closed as plain text and warns', () => {
    const text = [
      'Điều 1. Sửa đổi',
      '1. Thay cụm từ “cổng thông tin bằng cụm từ khác.',
      '2. Bãi bỏ Điều 9.',
      'Điều 2. Hiệu lực',
      'Nghị định này có hiệu lực từ ngày ký.',
    ].join('\n')
    const result = parseLegalText(text)
    expect(result.body.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-2'])
    expect(childAnchors(unit(result, 'dieu-1'))).toEqual(['dieu-1-khoan-1', 'dieu-1-khoan-2'])
    expect(result.warnings).toEqual([expect.stringMatching(/^Dấu ngoặc kép mở ở dòng 2 không được đóng/)])
  })

  it('reports many unclosed quotation marks in one warning and still finds every article', () => {
    const lines = Array.from({ length: 300 }, (_, i) => [`Điều ${i + 1}. Tiêu đề “lẻ`, '1. Khoản “một']).flat()
    const result = parseLegalText(lines.join('\n'))
    expect(result.body).toHaveLength(300)
    expect(result.warnings).toEqual([
      'Dấu ngoặc kép mở ở dòng 1, 2, 3, 4, 5 và 595 chỗ khác không được đóng; đã bỏ qua khi nhận diện cấu trúc.',
    ])
  })

  it('reads « » guillemets and a closing quote typed as an opening one', () => {
    const text = [
      'Điều 1. Sửa đổi',
      '1. Sửa đổi khoản 1 Điều 3 như sau:',
      '«1. Nội dung mới.',
      'a) Điểm mới.»',
      '2. Sửa đổi khoản 2 Điều 3 như sau:',
      '“2. Nội dung khác.“',
      '3. Bãi bỏ Điều 9.',
    ].join('\n')
    const result = parseLegalText(text)
    expect(childAnchors(unit(result, 'dieu-1'))).toEqual([1, 2, 3].map((n) => `dieu-1-khoan-${n}`))
    expect(unit(result, 'dieu-1-khoan-1').paragraphs).toHaveLength(3)
    expect(result.warnings).toEqual([])
  })
})
