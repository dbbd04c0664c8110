import { describe, expect, it } from 'vitest'

import { insertArticleSlots, splitArticleSlots } from '../../../cms/consultation/drafts/article-slots'
import { renderDraftText, textChanged } from '../../../cms/consultation/drafts/render-version'

const TEXT = `NGHỊ ĐỊNH
Quy định thử

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi
1. Khoản một có <section> giả trong chữ.
2. Khoản hai.

Điều 2. Đối tượng
Áp dụng với mọi người.

Chương II
THI HÀNH

Điều 3. Hiệu lực
Có hiệu lực từ ngày ký./.`

describe('article slots', () => {
  it('puts one slot at the end of each article, after its clauses, even when the text mentions tags', () => {
    const { bodyHtml } = renderDraftText(TEXT)
    expect(bodyHtml.match(/<!--comments:[a-z0-9-]+-->/g)).toEqual(['<!--comments:dieu-1-->', '<!--comments:dieu-2-->', '<!--comments:dieu-3-->'])
    // The slot sits right before the article's own closing tag, after its last clause.
    expect(bodyHtml).toMatch(/Khoản hai\.[^]*?<\/section><!--comments:dieu-1--><\/section>/)
    expect(bodyHtml).toContain('&lt;section&gt; giả')
  })

  it('splits the HTML back into the text between slots and the anchors, losing nothing', () => {
    const html = insertArticleSlots('<div><section class="unit unit-chapter" id="chuong-i"><section class="unit unit-article" id="dieu-1"><p>a</p></section></section></div>')
    const parts = splitArticleSlots(html)
    expect(parts.map((p) => p.anchor)).toEqual(['dieu-1', null])
    expect(parts.map((p) => p.html).join('')).toBe(html.replace('<!--comments:dieu-1-->', ''))
  })

  it('lists the articles with label, title and text for the form, the diff and search', () => {
    const { articles, toc } = renderDraftText(TEXT)
    expect(articles.map((a) => [a.anchor, a.label, a.title])).toEqual([
      ['dieu-1', 'Điều 1', 'Phạm vi'],
      ['dieu-2', 'Điều 2', 'Đối tượng'],
      ['dieu-3', 'Điều 3', 'Hiệu lực'],
    ])
    expect(toc.map((e) => e.label)).toEqual(['Chương I', 'Điều 1', 'Điều 2', 'Chương II', 'Điều 3'])
    // The heading is not repeated in the text (the title is kept apart).
    expect(articles[1]!.text).toBe('Áp dụng với mọi người.')
    expect(articles[0]!.text).toMatch(/^1\. Khoản một/)
  })

  it('counts a text as changed only when more than line endings or trailing spaces differ', () => {
    expect(textChanged('Điều 1. A\r\nB  ', 'Điều 1. A\nB')).toBe(false)
    expect(textChanged('Điều 1. A', 'Điều 1. B')).toBe(true)
    // The same words typed as NFC or NFD are the same text.
    expect(textChanged('Hòa bình', 'Hòa bình'.normalize('NFD'))).toBe(false)
  })
})
