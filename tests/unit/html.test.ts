import { describe, expect, it } from 'vitest'

import { escapeHtml, htmlToText, jsonForScript, unescapeHtml } from '../../cms/lib/html'

describe('the one HTML escaper', () => {
  it('escapes the five characters, so text cannot open a tag or leave a quoted attribute, in HTML and XML alike', () => {
    const text = `<script>alert("x")</script> & 'Điều 5'`
    expect(escapeHtml(text)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Điều 5&#39;')
    expect(unescapeHtml(escapeHtml(text))).toBe(text)
  })
  it('gives back the text of a fragment with one space between its parts', () => {
    expect(htmlToText('<p>Điều 1.</p>\n<p>Quy&nbsp;định &amp; &lt;phạm vi&gt;</p>')).toBe('Điều 1. Quy&nbsp;định & <phạm vi>')
  })
  it('writes JSON that no value can close a script element with, and that parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', note: 'a & b \u2028' }
    const json = jsonForScript(value)
    expect(json).not.toMatch(/<|>|&/)
    expect(JSON.parse(json)).toEqual(value)
  })
})
