import { describe, expect, it } from 'vitest'

import { lexicalToHtml } from '../../../cms/lib/richtext/lexical'
import { sanitizeRichHtml } from '../../../cms/lib/richtext/sanitize'
import { lexicalFromText } from '../../../cms/seed/lexical'

describe('rich text sanitiser', () => {
  it('keeps the structure of a Word paste and drops what is unsafe or useless', () => {
    const html = sanitizeRichHtml(
      '<div class="WordSection1"><h1 style="mso-x:1">Tiêu đề</h1><p class=MsoNormal>&nbsp;</p><ol start="3"><li onclick="x()">Ba</li></ol>' +
        '<blockquote>Trích</blockquote><table border=1><thead><tr><th scope="col" style="w">A</th></tr></thead><tbody><tr><td rowspan="2">1</td></tr></tbody></table>' +
        '<a href="//evil.example/x">proto</a><a href="https://vidu.gov.vn" title="t">ok</a><iframe src="https://x"></iframe><svg><script>1</script></svg></div>',
    )
    expect(html).toBe(
      '<h2>Tiêu đề</h2><ol start="3"><li>Ba</li></ol><blockquote>Trích</blockquote><table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td rowspan="2">1</td></tr></tbody></table><a>proto</a><a href="https://vidu.gov.vn">ok</a>',
    )
  })

  it('returns NFC text and empty string for nothing', () => {
    expect(sanitizeRichHtml('<p>Hòa bình</p>'.normalize('NFD'))).toBe('<p>Hòa bình</p>'.normalize('NFC'))
    expect(sanitizeRichHtml(null)).toBe('')
  })

  it('converts a Lexical state and tolerates a malformed one', () => {
    expect(sanitizeRichHtml(lexicalToHtml(lexicalFromText('## A\n\n- b\n- c\n\nd')))).toBe('<h2>A</h2><ul><li>b</li><li>c</li></ul><p>d</p>')
    expect(lexicalToHtml({ nope: true })).toBe('')
    expect(lexicalToHtml(null)).toBe('')
  })
})
