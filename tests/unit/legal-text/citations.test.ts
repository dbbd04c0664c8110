import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLegalText, renderLegalHtml } from '../../../cms/lib/legal-text'
import { citedKeys, findCitations, linkCitations } from '../../../cms/lib/legal-text/citations'
import { sanitizeStoredHtml } from '../../../cms/lib/richtext/sanitize'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const catalogue: Record<string, string> = {
  '64/2007/NĐ-CP': '/van-ban/2007/64-2007-nd-cp',
  '15/CT-TTG': '/van-ban/2012/15-ct-ttg',
}
const resolve = (key: string) => catalogue[key] ?? null
/** What a reader gets: stored HTML, re-sanitised as the page does, then linked against the catalogue. */
const page = (text: string) => linkCitations(sanitizeStoredHtml(renderLegalHtml(parseLegalText(text)), 'legal'), resolve)

describe('findCitations', () => {
  it('finds a document by type and number-symbol, with or without "số"', () => {
    const text = 'Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 và Chỉ thị 15/CT-TTg.'
    expect(findCitations(text).map((c) => [text.slice(c.start, c.end), c.key, c.anchor])).toEqual([
      ['Nghị định số 64/2007/NĐ-CP', '64/2007/NĐ-CP', ''],
      ['Chỉ thị 15/CT-TTg', '15/CT-TTG', ''],
    ])
  })

  it('finds a provision of another document and of the text itself', () => {
    const text = 'theo khoản 2 Điều 3 Nghị định số 43/2011/NĐ-CP và điểm đ khoản 1 Điều 5 của Luật này'
    expect(findCitations(text).map((c) => [text.slice(c.start, c.end), c.key, c.anchor])).toEqual([
      ['khoản 2 Điều 3 Nghị định số 43/2011/NĐ-CP', '43/2011/NĐ-CP', 'dieu-3-khoan-2'],
      ['điểm đ khoản 1 Điều 5 của Luật này', null, 'dieu-5-khoan-1-diem-dd'],
    ])
  })

  it('ignores "Chỉ thị này" without a provision and numbers that are not number-symbols', () => {
    expect(findCitations('Giao Bộ Nội vụ theo dõi việc thực hiện Chỉ thị này; Nghị định 2007.')).toEqual([])
  })
})

describe('citations in a rendered text', () => {
  it('links "Nghị định số 64/2007/NĐ-CP" in the seed 15/CT-TTg when 64/2007 is published', () => {
    const html = page(fixture('chi-thi-15-CT-TTg-2012.txt'))
    expect(html).toContain('Thực hiện <a class="cite" href="/van-ban/2007/64-2007-nd-cp">Nghị định số 64/2007/NĐ-CP</a> ngày 10 tháng 4')
  })

  it('leaves the citation as plain text while the cited document is not on the portal', () => {
    const html = linkCitations(sanitizeStoredHtml(renderLegalHtml(parseLegalText(fixture('chi-thi-15-CT-TTg-2012.txt'))), 'legal'), () => null)
    expect(html).toContain('Thực hiện Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4')
    expect(html).not.toContain('class="cite"')
  })

  it('links a provision of another document to its anchor', () => {
    const html = page('Điều 1. Phạm vi\nThực hiện theo khoản 2 Điều 3 Nghị định số 64/2007/NĐ-CP.')
    expect(html).toContain('<a class="cite" href="/van-ban/2007/64-2007-nd-cp#dieu-3-khoan-2">khoản 2 Điều 3 Nghị định số 64/2007/NĐ-CP</a>')
  })

  it('links "Điều 5 của Luật này" to the article on the same page, and a missing clause to its article', () => {
    const html = page(
      'Điều 1. Phạm vi\nTrừ trường hợp quy định tại Điều 2 của Luật này và khoản 9 Điều 2 Luật này.\nĐiều 2. Giải thích từ ngữ\n1. Cổng thông tin.',
    )
    expect(html).toContain('<a class="cite" href="#dieu-2">Điều 2 của Luật này</a>')
    expect(html).toContain('<a class="cite" href="#dieu-2">khoản 9 Điều 2 Luật này</a>')
    expect(page('Điều 1. Phạm vi\nXem Điều 7 của Luật này.')).not.toContain('class="cite"')
  })

  it('never links inside quoted wording, even across paragraphs of an amending article', () => {
    const text = [
      'NGHỊ ĐỊNH',
      'Sửa đổi Nghị định số 64/2007/NĐ-CP',
      'Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 64/2007/NĐ-CP',
      '1. Sửa đổi Điều 4 như sau:',
      '“Điều 4. Nguyên tắc',
      'Thực hiện theo Chỉ thị số 15/CT-TTg và Điều 5 của Nghị định này.”',
      '2. Thay cụm từ “Nghị định số 64/2007/NĐ-CP” bằng cụm từ “Chỉ thị số 15/CT-TTg”.',
      'Điều 2. Hiệu lực',
      'Nghị định này có hiệu lực từ ngày ký.',
    ].join('\n')
    const html = page(text)
    expect(html).toContain('một số điều của <a class="cite" href="/van-ban/2007/64-2007-nd-cp">Nghị định số 64/2007/NĐ-CP</a>')
    expect(html).toContain('Thực hiện theo Chỉ thị số 15/CT-TTg và Điều 5 của Nghị định này.”')
    expect(html).toContain('Thay cụm từ “Nghị định số 64/2007/NĐ-CP” bằng cụm từ “Chỉ thị số 15/CT-TTg”.')
    expect(html.match(/class="cite"/g)).toHaveLength(1)
  })

  it('lists the cited number-symbols of a stored text once each', () => {
    const stored = renderLegalHtml(parseLegalText('Điều 1. Căn cứ Nghị định số 64/2007/NĐ-CP, Chỉ thị số 15/CT-TTg và Nghị định số 64/2007/NĐ-CP.'))
    expect(citedKeys(stored)).toEqual(['64/2007/NĐ-CP', '15/CT-TTG'])
  })

  it('cannot be used to inject a link: a forged mark with an outside URL is dropped by the resolver', () => {
    const forged = '<span class="cite" data-cite="X">a</span>'
    expect(linkCitations(forged, () => 'https://evil.example/')).toBe('a')
  })
})
