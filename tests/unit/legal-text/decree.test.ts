import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listArticles, parseLegalText, renderLegalHtml, tableOfContents } from '../../../cms/lib/legal-text'
import { allUnits, childAnchors, htmlText, missingWords, parsedText, unit } from './fixtures/units'

const source = readFileSync(new URL('./fixtures/nghi-dinh.txt', import.meta.url), 'utf8')
const parsed = parseLegalText(source)

describe('a Nghị định with Chương, Mục, Điều, khoản, điểm', () => {
  it('builds chapters with their titles from the next line, and a section inside chapter II', () => {
    expect(parsed.body.map((u) => [u.kind, u.anchor, u.label, u.title])).toEqual([
      ['chapter', 'chuong-i', 'Chương I', 'NHỮNG QUY ĐỊNH CHUNG'],
      ['chapter', 'chuong-ii', 'Chương II', 'CUNG CẤP THÔNG TIN'],
    ])
    expect(childAnchors(unit(parsed, 'chuong-i'))).toEqual(['dieu-1', 'dieu-2'])
    const section = unit(parsed, 'chuong-ii-muc-1')
    expect([section.kind, section.label, section.title]).toEqual(['section', 'Mục 1', 'THÔNG TIN BẮT BUỘC'])
    expect(childAnchors(section)).toEqual(['dieu-5a', 'dieu-6'])
  })

  it('reads article titles after the dot and article numbers with a letter', () => {
    const a = unit(parsed, 'dieu-5a')
    expect([a.kind, a.label, a.number, a.title]).toEqual(['article', 'Điều 5a', '5a', 'Thông tin về dự thảo'])
    expect(childAnchors(a)).toEqual(['dieu-5a-khoan-1', 'dieu-5a-khoan-2'])
    expect(unit(parsed, 'dieu-1').paragraphs).toEqual([
      'Nghị định này quy định về cổng thông tin điện tử của cơ quan nhà nước.',
    ])
  })

  it('anchors clauses and points under their article, with đ) as dd', () => {
    const article = unit(parsed, 'dieu-2')
    expect(article.paragraphs).toEqual(['Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:'])
    expect(childAnchors(article)).toEqual(['dieu-2-khoan-1', 'dieu-2-khoan-2'])
    expect(childAnchors(unit(parsed, 'dieu-2-khoan-2'))).toEqual(
      ['a', 'b', 'c', 'd', 'dd', 'e'].map((p) => `dieu-2-khoan-2-diem-${p}`),
    )
    expect(childAnchors(unit(parsed, 'dieu-2-khoan-2-diem-dd'))).toEqual([
      'dieu-2-khoan-2-diem-dd-y-1',
      'dieu-2-khoan-2-diem-dd-y-2',
    ])
    expect(unit(parsed, 'dieu-2-khoan-2-diem-e').paragraphs).toEqual(['Thông tin liên hệ.'])
  })

  it('keeps the execution sentence ending in ./. inside the last article, not as closing', () => {
    expect(unit(parsed, 'dieu-6').paragraphs).toHaveLength(2)
    expect(parsed.closing).toEqual([])
  })

  it('splits header, title, preamble, recipients and a two-line signing title', () => {
    expect(parsed.header).toEqual([
      'CHÍNH PHỦ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 99/2030/NĐ-CP',
      'Hà Nội, ngày 01 tháng 3 năm 2030',
    ])
    expect(parsed.title).toEqual(['NGHỊ ĐỊNH', 'Quy định về cổng thông tin điện tử của cơ quan nhà nước'])
    expect(parsed.preamble).toHaveLength(3)
    expect(parsed.recipients).toEqual(['- Ban Bí thư Trung ương Đảng;', '- Lưu: VT, KGVX.'])
    expect(parsed.signature).toEqual(['TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Nguyễn Văn An'])
  })

  it('gives a table of contents with levels relative to the headings present', () => {
    expect(tableOfContents(parsed).map((e) => [e.level, e.label, e.anchor])).toEqual([
      [1, 'Chương I', 'chuong-i'],
      [2, 'Điều 1', 'dieu-1'],
      [2, 'Điều 2', 'dieu-2'],
      [1, 'Chương II', 'chuong-ii'],
      [2, 'Mục 1', 'chuong-ii-muc-1'],
      [3, 'Điều 5a', 'dieu-5a'],
      [3, 'Điều 6', 'dieu-6'],
    ])
  })

  it('lists each article with its path and full text for per-article search and comments', () => {
    const articles = listArticles(parsed)
    expect(articles.map((a) => [a.anchor, a.path])).toEqual([
      ['dieu-1', ['Chương I']],
      ['dieu-2', ['Chương I']],
      ['dieu-5a', ['Chương II', 'Mục 1']],
      ['dieu-6', ['Chương II', 'Mục 1']],
    ])
    expect(articles[1]!.text.split('\n')).toEqual([
      'Điều 2. Giải thích từ ngữ',
      'Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:',
      '1. Cổng thông tin điện tử là điểm truy cập duy nhất trên môi trường mạng.',
      '2. Thông tin trên cổng bao gồm:',
      'a) Văn bản quy phạm pháp luật;',
      'b) Dự thảo văn bản cần lấy ý kiến;',
      'c) Tin tức, sự kiện;',
      'd) Thủ tục hành chính;',
      'đ) Thông tin khác, gồm:',
      '- Lịch công tác của lãnh đạo;',
      '- Danh bạ điện thoại, thư điện tử.',
      'e) Thông tin liên hệ.',
    ])
  })

  it('gives every unit a unique anchor and loses no word', () => {
    const anchors = allUnits(parsed).map((u) => u.anchor)
    expect(new Set(anchors).size).toBe(anchors.length)
    expect(missingWords(source, parsedText(parsed))).toEqual([])
    expect(missingWords(source, htmlText(renderLegalHtml(parsed)))).toEqual([])
  })
})
