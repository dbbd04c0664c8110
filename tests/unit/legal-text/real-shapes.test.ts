import { describe, expect, it } from 'vitest'
import { parseLegalText, renderLegalHtml, tableOfContents } from '../../../cms/lib/legal-text'
import { allUnits, childAnchors, unit } from './fixtures/units'

// Issue 14 item 7: shapes met in real texts, written as they are printed.

describe('article headings printed without the dot', () => {
  const text = [
    'NGHỊ ĐỊNH',
    'Quy định chi tiết một số điều của Luật Lưu trữ',
    'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    'Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Lưu trữ.',
    'Điều 1. Phạm vi điều chỉnh',
    'Nghị định này quy định chi tiết về tài liệu lưu trữ.',
    'Điều 2 Đối tượng áp dụng',
    'Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân.',
    'Điều 3 Chính sách của Nhà nước về lưu trữ',
    '1. Đầu tư cho lưu trữ điện tử.',
    'Điều 7 Luật Lưu trữ được hướng dẫn như sau.',
    'Điều 4. Hiệu lực thi hành',
    'Nghị định này có hiệu lực từ ngày 01 tháng 7 năm 2025.',
  ].join('\n')
  const parsed = parseLegalText(text)

  it('opens an article when the numbering continues, keeping the anchors of the dotted ones', () => {
    expect(parsed.body.map((u) => [u.anchor, u.label, u.title])).toEqual([
      ['dieu-1', 'Điều 1', 'Phạm vi điều chỉnh'],
      ['dieu-2', 'Điều 2', 'Đối tượng áp dụng'],
      ['dieu-3', 'Điều 3', 'Chính sách của Nhà nước về lưu trữ'],
      ['dieu-4', 'Điều 4', 'Hiệu lực thi hành'],
    ])
    expect(childAnchors(unit(parsed, 'dieu-3'))).toEqual(['dieu-3-khoan-1'])
  })

  it('keeps a sentence that starts with "Điều 7 …" out of order as text of the open unit', () => {
    expect(unit(parsed, 'dieu-3-khoan-1').paragraphs).toContain('Điều 7 Luật Lưu trữ được hướng dẫn như sau.')
    expect(parsed.warnings).toEqual([])
  })

  it('prints the dot back on the heading', () => {
    expect(renderLegalHtml(parsed)).toContain('<span class="unit-label">Điều 2.</span> <span class="unit-title">Đối tượng áp dụng</span>')
  })
})

describe('annexes after the signature and the recipients', () => {
  const text = [
    'QUYẾT ĐỊNH',
    'Ban hành Danh mục dịch vụ công trực tuyến',
    'Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ;',
    'Điều 1. Ban hành kèm theo Quyết định này Danh mục dịch vụ công trực tuyến tại Phụ lục I.',
    'Điều 2. Quyết định này có hiệu lực từ ngày ký.',
    'Nơi nhận:\tKT. BỘ TRƯỞNG',
    '- Như Điều 2;\tTHỨ TRƯỞNG',
    '- Lưu: VT, VP.\t(Đã ký)',
    '\tNguyễn Văn A',
    'PHỤ LỤC I',
    'DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN',
    '(Kèm theo Quyết định số 123/QĐ-BNV ngày 01 tháng 3 năm 2024 của Bộ trưởng Bộ Nội vụ)',
    'STT\tTên dịch vụ\tMức độ',
    '1\tCấp giấy phép\tToàn trình',
    '2\tGia hạn giấy phép\tMột phần',
    'Ghi chú: danh mục được cập nhật hằng năm.',
    'Phụ lục II',
    'MẪU BÁO CÁO',
    'Nơi nhận:',
    '- Bộ Nội vụ;',
    'THỦ TRƯỞNG CƠ QUAN',
  ].join('\n')
  const parsed = parseLegalText(text)

  it('keeps each annex apart with its anchor, heading and rows', () => {
    expect(parsed.annexes.map((a) => [a.anchor, a.label])).toEqual([
      ['phu-luc-1', 'PHỤ LỤC I'],
      ['phu-luc-2', 'Phụ lục II'],
    ])
    const [first, second] = parsed.annexes
    expect(first!.title).toEqual([
      'DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN',
      '(Kèm theo Quyết định số 123/QĐ-BNV ngày 01 tháng 3 năm 2024 của Bộ trưởng Bộ Nội vụ)',
    ])
    expect(first!.rows[0]).toEqual(['STT', 'Tên dịch vụ', 'Mức độ'])
    expect(second!.rows.map((r) => r.join(' '))).toEqual(['Nơi nhận:', '- Bộ Nội vụ;', 'THỦ TRƯỞNG CƠ QUAN'])
  })

  it('never files the annex as recipients or signature, nor inside the last article', () => {
    expect(parsed.recipients).toEqual(['- Như Điều 2;', '- Lưu: VT, VP.'])
    expect(parsed.signature).toEqual(['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', '(Đã ký)', 'Nguyễn Văn A'])
    expect(unit(parsed, 'dieu-2').paragraphs).toEqual([])
    expect(allUnits(parsed).flatMap((u) => u.paragraphs).join(' ')).not.toMatch(/PHỤ LỤC|Cấp giấy phép/)
  })

  it('renders annexes with their anchors, the table with column headings, and lists them in the contents', () => {
    const html = renderLegalHtml(parsed)
    expect(html).toContain('<section class="unit unit-annex" id="phu-luc-1">')
    expect(html).toContain('<th scope="col">Tên dịch vụ</th>')
    expect(html).toContain('<td>Cấp giấy phép</td>')
    expect(html.indexOf('id="phu-luc-1"')).toBeGreaterThan(html.indexOf('class="signature"'))
    expect(tableOfContents(parsed).slice(-2).map((e) => e.anchor)).toEqual(['phu-luc-1', 'phu-luc-2'])
  })

  it('reads "Phụ lục" in an article\'s wording as text, not as an annex', () => {
    expect(unit(parsed, 'dieu-1').title).toContain('tại Phụ lục I.')
  })
})

describe('directives and letters with Roman-numbered sections', () => {
  const text = [
    'CHỈ THỊ',
    'Về việc tăng cường công tác phòng, chống thiên tai năm 2024',
    'Để chủ động ứng phó với thiên tai, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
    'I. MỤC TIÊU, YÊU CẦU',
    '1. Chủ động phòng ngừa, ứng phó kịp thời.',
    '2. Bảo đảm an toàn tính mạng của Nhân dân.',
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Sở Nông nghiệp và Phát triển nông thôn:',
    'a) Kiểm tra hệ thống đê điều;',
    'b) Tổng hợp báo cáo thiệt hại.',
    '2. Sở Tài chính:',
    '2.1. Bố trí kinh phí dự phòng.',
    '2.2. Hướng dẫn thanh quyết toán:',
    '- Hồ sơ thanh toán;',
    '- Thời hạn quyết toán.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Giám đốc các sở, ngành triển khai Chỉ thị này.',
    'Nơi nhận:',
    '- Bộ Nông nghiệp và PTNT;',
    '- Lưu: VT.',
    'CHỦ TỊCH',
    'Trần Văn B',
  ].join('\n')
  const parsed = parseLegalText(text)

  it('opens a section per Roman numeral with the numbered items under it', () => {
    expect(parsed.body.map((u) => [u.kind, u.anchor, u.label, u.title])).toEqual([
      ['section', 'muc-i', 'I.', 'MỤC TIÊU, YÊU CẦU'],
      ['section', 'muc-ii', 'II.', 'NHIỆM VỤ CỤ THỂ'],
      ['section', 'muc-iii', 'III.', 'TỔ CHỨC THỰC HIỆN'],
    ])
    expect(parsed.preamble).toEqual(['Để chủ động ứng phó với thiên tai, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:'])
  })

  it('gives the restarted numbers unique anchors under their section, without duplicate warnings', () => {
    expect(childAnchors(unit(parsed, 'muc-i'))).toEqual(['muc-i-dieu-1', 'muc-i-dieu-2'])
    expect(childAnchors(unit(parsed, 'muc-ii'))).toEqual(['muc-ii-dieu-1', 'muc-ii-dieu-2'])
    expect(childAnchors(unit(parsed, 'muc-ii-dieu-1'))).toEqual(['muc-ii-dieu-1-diem-a', 'muc-ii-dieu-1-diem-b'])
    const anchors = allUnits(parsed).map((u) => u.anchor)
    expect(new Set(anchors).size).toBe(anchors.length)
    expect(parsed.warnings).toEqual([])
  })

  it('reads numbered sub-items 2.1, 2.2 under item 2, with their own dash lists', () => {
    expect(childAnchors(unit(parsed, 'muc-ii-dieu-2'))).toEqual(['muc-ii-dieu-2-muc-2-1', 'muc-ii-dieu-2-muc-2-2'])
    const sub = unit(parsed, 'muc-ii-dieu-2-muc-2-2')
    expect([sub.kind, sub.label, sub.paragraphs]).toEqual(['subclause', '2.2.', ['Hướng dẫn thanh quyết toán:']])
    expect(childAnchors(sub)).toEqual(['muc-ii-dieu-2-muc-2-2-y-1', 'muc-ii-dieu-2-muc-2-2-y-2'])
    expect(parsed.recipients).toEqual(['- Bộ Nông nghiệp và PTNT;', '- Lưu: VT.'])
  })

  it('lists Roman sections and their items in the contents and renders an id for each', () => {
    expect(tableOfContents(parsed).slice(0, 3).map((e) => [e.anchor, e.level])).toEqual([
      ['muc-i', 1],
      ['muc-i-dieu-1', 2],
      ['muc-i-dieu-2', 2],
    ])
    expect(renderLegalHtml(parsed)).toContain('id="muc-ii-dieu-2-muc-2-1"')
  })
})

describe('numbered sub-items in a decree clause', () => {
  it('nests 2.1 and 2.2 under clause 2 of the article, points under them', () => {
    const parsed = parseLegalText(
      [
        'Điều 5. Yêu cầu kỹ thuật',
        '1. Yêu cầu chung.',
        '2. Yêu cầu cụ thể:',
        '2.1. Về hạ tầng:',
        'a) Máy chủ đặt tại Việt Nam;',
        '2.2. Về an toàn thông tin.',
        '3. Yêu cầu khác.',
      ].join('\n'),
    )
    expect(childAnchors(unit(parsed, 'dieu-5'))).toEqual(['dieu-5-khoan-1', 'dieu-5-khoan-2', 'dieu-5-khoan-3'])
    expect(childAnchors(unit(parsed, 'dieu-5-khoan-2'))).toEqual(['dieu-5-khoan-2-muc-2-1', 'dieu-5-khoan-2-muc-2-2'])
    expect(childAnchors(unit(parsed, 'dieu-5-khoan-2-muc-2-1'))).toEqual(['dieu-5-khoan-2-muc-2-1-diem-a'])
  })
})
