import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLegalText, UNSTRUCTURED_WARNING } from '../../../cms/lib/legal-text'
import { allUnits, childAnchors, missingWords, parsedText, unit } from './fixtures/units'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const FIXTURES = ['nghi-dinh.txt', 'sua-doi.txt', 'chi-thi-15-CT-TTg-2012.txt', 'chi-thi-02-CT-BNV-2012.txt']

/** The same text as typed on Windows, decomposed (NFD), with tabs, NBSPs and stray blank lines. */
function messUp(text: string): string {
  return text
    .normalize('NFD')
    .split('\n')
    .map((line, i) => (i % 3 === 0 ? `\t${line.replace(/ /, '\u00a0')} ` : line))
    .join('\r\n\r\n')
}

describe('parseLegalText: input tolerance', () => {
  it.each(FIXTURES)('gives the same result for CRLF/NFD/tab/NBSP input as for clean input (%s)', (name) => {
    const clean = parseLegalText(fixture(name))
    const messy = parseLegalText(messUp(fixture(name)))
    expect(messy).toEqual(clean)
    expect(JSON.stringify(messy)).toBe(JSON.stringify(messy).normalize('NFC'))
  })

  it.each(FIXTURES)('gives unique anchors (%s)', (name) => {
    const anchors = allUnits(parseLegalText(fixture(name))).map((u) => u.anchor)
    expect(anchors.length).toBeGreaterThan(3)
    expect(new Set(anchors).size).toBe(anchors.length)
  })

  it('suffixes a repeated article number and tells the editor', () => {
    const parsed = parseLegalText('Điều 3. Một\nNội dung.\nĐiều 3. Hai\n1. Khoản.\nĐiều 4. Ba')
    expect(parsed.body.map((u) => u.anchor)).toEqual(['dieu-3', 'dieu-3-2', 'dieu-4'])
    expect(childAnchors(parsed.body[1]!)).toEqual(['dieu-3-2-khoan-1'])
    expect(parsed.warnings).toEqual(['Số thứ tự "Điều 3" (dòng 3) bị trùng; liên kết được đặt là #dieu-3-2.'])
  })
})

describe('parseLegalText: text without structure', () => {
  const text =
    'THÔNG BÁO KẾT LUẬN\n\nNgày 5/3, lãnh đạo đã họp về cổng thông tin.\nCác đơn vị khẩn trương triển khai.\n'

  it('keeps every paragraph in plain and warns the editor', () => {
    const parsed = parseLegalText(text)
    expect(parsed.structured).toBe(false)
    expect(parsed.plain).toEqual([
      'THÔNG BÁO KẾT LUẬN',
      'Ngày 5/3, lãnh đạo đã họp về cổng thông tin.',
      'Các đơn vị khẩn trương triển khai.',
    ])
    expect(parsed.body).toEqual([])
    expect([...parsed.header, ...parsed.title, ...parsed.preamble, ...parsed.closing]).toEqual([])
    expect(parsed.warnings).toEqual([UNSTRUCTURED_WARNING])
    expect(UNSTRUCTURED_WARNING).toBe(
      'Không nhận diện được cấu trúc Chương/Điều/Khoản; văn bản được giữ dưới dạng các đoạn văn.',
    )
  })

  it('does not count dash lists or points alone as structure', () => {
    const parsed = parseLegalText('Kính gửi các đơn vị:\n- Văn phòng;\n- Vụ Pháp chế.\na) ghi chú')
    expect(parsed.structured).toBe(false)
    expect(parsed.plain).toHaveLength(4)
  })

  it('returns an empty unstructured result for empty input', () => {
    expect(parseLegalText(' \r\n\t\n').plain).toEqual([])
  })
})

describe('parseLegalText: headings and markers', () => {
  it('reads Phần in words or Roman numerals and upper-case CHƯƠNG', () => {
    const parsed = parseLegalText(
      'PHẦN THỨ NHẤT\nNHỮNG QUY ĐỊNH CHUNG\nCHƯƠNG I\nPHẠM VI\nĐiều 1. A\nPhần II\nCHƯƠNG II. THỦ TỤC\nĐiều 2. B',
    )
    expect(parsed.body.map((u) => [u.anchor, u.label, u.number, u.title])).toEqual([
      ['phan-1', 'PHẦN THỨ NHẤT', '1', 'NHỮNG QUY ĐỊNH CHUNG'],
      ['phan-2', 'Phần II', '2', ''],
    ])
    expect(unit(parsed, 'chuong-ii').title).toBe('THỦ TỤC')
    expect(childAnchors(unit(parsed, 'chuong-i'))).toEqual(['dieu-1'])
  })

  it('accepts đ and Đ typed with look-alike letters from old encodings', () => {
    const parsed = parseLegalText('Ðiều 1. Phạm vi\n1. Gồm:\nd) bốn;\nð) năm;\nd\u0335) sáu;')
    expect(parsed.body[0]!.label).toBe('Điều 1')
    expect(childAnchors(unit(parsed, 'dieu-1-khoan-1'))).toEqual([
      'dieu-1-khoan-1-diem-d',
      'dieu-1-khoan-1-diem-dd',
      'dieu-1-khoan-1-diem-dd-2',
    ])
    expect(unit(parsed, 'dieu-1-khoan-1-diem-dd').label).toBe('đ)')
  })

  it('treats a numbered line outside any article as text in a Điều-structured document', () => {
    const parsed = parseLegalText('Chương I\nQUY ĐỊNH CHUNG\n1. Ghi chú lạc chỗ.\nĐiều 1. Phạm vi\n1. Khoản một.')
    expect(unit(parsed, 'chuong-i').paragraphs).toEqual(['1. Ghi chú lạc chỗ.'])
    expect(childAnchors(unit(parsed, 'dieu-1'))).toEqual(['dieu-1-khoan-1'])
  })

  it('reads "1.1." as a sub-item of section 1 (issue 14) but not "Phần lớn" as a part', () => {
    const parsed = parseLegalText('1. Mục tiêu\n1.1. Chi tiết\nPhần lớn cơ quan đã làm.\n2. Yêu cầu')
    expect(parsed.body.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-2'])
    expect(childAnchors(unit(parsed, 'dieu-1'))).toEqual(['dieu-1-muc-1-1'])
    expect(unit(parsed, 'dieu-1-muc-1-1').paragraphs).toEqual(['Chi tiết', 'Phần lớn cơ quan đã làm.'])
  })

  it('keeps "2.1." as text when it does not belong to section 2', () => {
    const parsed = parseLegalText('1. Mục tiêu\n2.1. Lạc chỗ\n2. Yêu cầu')
    expect(unit(parsed, 'dieu-1').paragraphs).toEqual(['2.1. Lạc chỗ'])
  })
})

describe('parseLegalText: end of the body', () => {
  it('takes a directive closing without ./. when it names the document', () => {
    const parsed = parseLegalText(
      '1. Bộ A có trách nhiệm:\na) Làm X.\nCác Bộ trưởng tổ chức thực hiện nghiêm túc Chỉ thị này.',
    )
    expect(parsed.closing).toEqual(['Các Bộ trưởng tổ chức thực hiện nghiêm túc Chỉ thị này.'])
  })

  it('keeps the only paragraph of the last section in the section', () => {
    const parsed = parseLegalText('1. Bộ A có trách nhiệm:\nTriển khai Chỉ thị này./.')
    expect(unit(parsed, 'dieu-1').paragraphs).toEqual(['Triển khai Chỉ thị này./.'])
    expect(parsed.closing).toEqual([])
  })

  it('takes the adoption record of a law as closing', () => {
    const parsed = parseLegalText(
      'LUẬT\nTIẾP CẬN THÔNG TIN\nĐiều 1. Phạm vi\nNội dung.\n' +
        'Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 11 thông qua ngày 06 tháng 4 năm 2016.\n' +
        'CHỦ TỊCH QUỐC HỘI\nNguyễn Thị Kim Ngân',
    )
    expect(parsed.title).toEqual(['LUẬT', 'TIẾP CẬN THÔNG TIN'])
    expect(parsed.closing).toEqual([expect.stringMatching(/^Luật này đã được Quốc hội/)])
    expect(parsed.signature).toEqual(['CHỦ TỊCH QUỐC HỘI', 'Nguyễn Thị Kim Ngân'])
    expect(unit(parsed, 'dieu-1').paragraphs).toEqual(['Nội dung.'])
  })

  it('splits recipients and signature pasted side by side with tabs', () => {
    const text =
      'Điều 1. Hiệu lực\nQuyết định có hiệu lực từ ngày ký.\n' +
      'Nơi nhận:\tKT. BỘ TRƯỞNG\n- Như Điều 1;\tTHỨ TRƯỞNG\n- Lưu: VT, VP.\t(Đã ký)\n\tVăn Tất Thu'
    const parsed = parseLegalText(text)
    expect(parsed.recipients).toEqual(['- Như Điều 1;', '- Lưu: VT, VP.'])
    expect(parsed.signature).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', '(Đã ký)', 'Văn Tất Thu'])
    expect(missingWords(text, parsedText(parsed))).toEqual([])
  })

  it('finds the signature printed before the recipients', () => {
    const parsed = parseLegalText(
      'Điều 1. A\nNội dung.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn B\nNơi nhận:\n- Như Điều 1;',
    )
    expect(unit(parsed, 'dieu-1').paragraphs).toEqual(['Nội dung.'])
    expect(parsed.signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn B'])
    expect(parsed.recipients).toEqual(['- Như Điều 1;'])
  })

  it('puts header lines before the body in the header when there is no type line', () => {
    const parsed = parseLegalText('BỘ NỘI VỤ\nSố: 5/QĐ-BNV\nHà Nội, ngày 1 tháng 2 năm 2020\nCăn cứ Luật X;\nĐiều 1. A')
    expect(parsed.header).toEqual(['BỘ NỘI VỤ', 'Số: 5/QĐ-BNV', 'Hà Nội, ngày 1 tháng 2 năm 2020'])
    expect(parsed.title).toEqual([])
    expect(parsed.preamble).toEqual(['Căn cứ Luật X;'])
  })
})
