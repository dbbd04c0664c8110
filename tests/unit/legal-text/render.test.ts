import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLegalText, renderLegalHtml, tableOfContents } from '../../../cms/lib/legal-text'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const decreeHtml = renderLegalHtml(parseLegalText(fixture('nghi-dinh.txt')))
const directiveHtml = renderLegalHtml(parseLegalText(fixture('chi-thi-15-CT-TTg-2012.txt')))

describe('renderLegalHtml', () => {
  it('escapes markup typed into the text everywhere', () => {
    const html = renderLegalHtml(
      parseLegalText(
        'QUYẾT ĐỊNH <b>\nĐiều 1. <script>alert("x")</script>\n1. Tom & Jerry\'s <img src=x onerror=alert(1)>\n' +
          'Nơi nhận:\n- <i>Bộ</i>;\nBỘ TRƯỞNG\n<Tên>',
      ),
    )
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<Tên>/)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('Tom &amp; Jerry&#39;s &lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&lt;i&gt;Bộ&lt;/i&gt;;')
  })

  it('renders unstructured text as plain paragraphs, escaped', () => {
    const html = renderLegalHtml(parseLegalText('Một đoạn <văn>.\nĐoạn hai.'))
    expect(html).toContain('<div class="plain"><p>Một đoạn &lt;văn&gt;.</p><p>Đoạn hai.</p></div>')
  })

  it('gives each unit a section with its anchor as id, and ids are unique', () => {
    expect(decreeHtml).toContain('<section class="unit unit-article" id="dieu-5a">')
    expect(decreeHtml).toContain('<section class="unit unit-chapter" id="chuong-i">')
    expect(decreeHtml).toContain('<section class="unit unit-point" id="dieu-2-khoan-2-diem-dd">')
    const ids = [...decreeHtml.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
    for (const entry of tableOfContents(parseLegalText(fixture('nghi-dinh.txt')))) {
      expect(ids).toContain(entry.anchor)
    }
  })

  it('uses headings that do not skip levels: chapter h2, article h3, article under a section h4', () => {
    expect(decreeHtml).toContain(
      '<h2 class="unit-heading"><span class="unit-label">Chương I</span><br><span class="unit-title">NHỮNG QUY ĐỊNH CHUNG</span></h2>',
    )
    expect(decreeHtml).toMatch(
      /<h3 class="unit-heading"><span class="unit-label">Điều 1\.<\/span> <span class="unit-title">Phạm vi điều chỉnh<\/span> <a class="anchor-link" href="#dieu-1" aria-label="Liên kết đến Điều 1">#<\/a><\/h3>/,
    )
    expect(decreeHtml).toContain('<h3 class="unit-heading"><span class="unit-label">Mục 1</span>')
    expect(decreeHtml).toContain('<h4 class="unit-heading"><span class="unit-label">Điều 5a.</span>')
  })

  it('adds a plain copy-link to articles, clauses and points, and none to items or chapters', () => {
    expect(decreeHtml).toContain(
      '<p><span class="unit-label">đ)</span> Thông tin khác, gồm: <a class="anchor-link" href="#dieu-2-khoan-2-diem-dd" aria-label="Liên kết đến đ)">#</a></p>',
    )
    expect(decreeHtml).toContain('href="#dieu-5a-khoan-2"')
    expect(decreeHtml).not.toContain('href="#chuong-i"')
    expect(decreeHtml).not.toContain('href="#dieu-2-khoan-2-diem-dd-y-1"')
    expect(decreeHtml).not.toMatch(/\son[a-z]+=|<script|javascript:/)
  })

  it('renders dash items as nested lists', () => {
    expect(directiveHtml).toContain(
      '<ul class="unit-items"><li class="unit unit-item" id="dieu-1-diem-a-y-1"><p>Các cơ quan nhà nước',
    )
    const bnv = renderLegalHtml(parseLegalText(fixture('chi-thi-02-CT-BNV-2012.txt')))
    expect(bnv).toMatch(
      /id="dieu-1-diem-a-y-1"><p>[^<]*<\/p><ul class="unit-items"><li class="unit unit-item" id="dieu-1-diem-a-y-1-y-1">/,
    )
  })

  it('wraps header, title, preamble, closing, recipients and signature in their blocks', () => {
    expect(decreeHtml).toContain('<header class="doc-header"><p class="doc-meta">CHÍNH PHỦ</p>')
    expect(decreeHtml).toContain(
      '<p class="doc-title">NGHỊ ĐỊNH<br>Quy định về cổng thông tin điện tử của cơ quan nhà nước</p></header>',
    )
    expect(decreeHtml).toContain('<div class="preamble"><p>Căn cứ Luật Tổ chức Chính phủ')
    expect(directiveHtml).toContain('<div class="closing"><p>Các Bộ trưởng')
    expect(directiveHtml).toContain(
      '<div class="recipients"><p><strong>Nơi nhận:</strong></p><ul><li>Ban Bí thư Trung ương Đảng;</li>',
    )
    expect(directiveHtml).toContain('<div class="signature"><p>THỦ TƯỚNG</p><p>(Đã ký)</p><p>Nguyễn Tấn Dũng</p></div>')
  })
})
