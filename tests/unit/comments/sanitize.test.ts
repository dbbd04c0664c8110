import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../../cms/lib/html'
import { renderCommentHtml, sanitizeCommentText, sanitizeSingleLine } from '../../../cms/consultation/comments/sanitize'

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">bấm vào đây</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&lt;img src=x onerror=alert(1)&gt;',
  '＜script＞alert(1)＜/script＞',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<!--<script>alert(1)</script>-->',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  'Góp ý \u202Egnp.exe\u202C cho Điều 5',
  '<input autofocus onfocus=alert(1)>',
]

// Only <p> and <br> may appear as tags in a rendered comment.
function tagsIn(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][^\s/>]*)/g)].map((m) => m[1]!.toLowerCase())
}

describe('comment text is safe to publish', () => {
  it.each(XSS_PAYLOADS)('renders %j without any active markup', (payload) => {
    const html = renderCommentHtml(sanitizeCommentText(payload))
    expect(html).not.toMatch(/<script/i)
    // Escaped text may mention "onerror=", but never inside a tag.
    expect(html).not.toMatch(/<[^>]*\bon[a-z]+\s*=/i)
    expect(html).not.toMatch(/<[^>]*javascript:/i)
    expect(tagsIn(html).filter((t) => t !== 'p' && t !== 'br')).toEqual([])
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })

  it('is safe even when unsanitised text reaches the renderer', () => {
    for (const payload of XSS_PAYLOADS) {
      expect(tagsIn(renderCommentHtml(payload)).filter((t) => t !== 'p' && t !== 'br')).toEqual([])
    }
  })

  it('drops script and style content instead of showing it as text', () => {
    expect(sanitizeCommentText('<style>body{display:none}</style>Tôi tán thành.<script>steal()</script>')).toBe('Tôi tán thành.')
  })

  it('removes bidi overrides and zero-width characters used to disguise text', () => {
    expect(sanitizeCommentText('tai\u200Blieu \u202Efdp.exe\u202C \u2066x\u2069 \uFEFFok')).toBe('tailieu fdp.exe x ok')
    // An entity only becomes the override character after parsing: it must go too.
    expect(sanitizeCommentText('a&#x202E;b')).toBe('ab')
  })

  it('removes control characters but keeps tabs and newlines', () => {
    expect(sanitizeCommentText('a\u0000b\u0007c\td\ne\u0085')).toBe('abc\td\ne')
  })
})

describe('comment text keeps what the person meant', () => {
  it('keeps comparison signs, ampersands and quotes as typed', () => {
    const text = 'Mức phạt < 5 triệu và > 2 triệu; "A & B" là đúng.'
    expect(sanitizeCommentText(text)).toBe(text)
    expect(renderCommentHtml(text)).toBe('<p>Mức phạt &lt; 5 triệu và &gt; 2 triệu; &quot;A &amp; B&quot; là đúng.</p>')
  })

  it('stores NFC, normalises line endings and collapses runs of blank lines', () => {
    const raw = 'Điều 5:\r\nkhoản 1   \r\n\r\n\r\n\r\n\rkhoản 2'.normalize('NFD')
    expect(sanitizeCommentText(raw)).toBe('Điều 5:\nkhoản 1\n\nkhoản 2'.normalize('NFC'))
  })

  it('keeps paragraphs of pasted HTML', () => {
    expect(sanitizeCommentText('<p>Đoạn một</p><p>Đoạn hai<br>dòng hai</p>')).toBe('Đoạn một\n\nĐoạn hai\ndòng hai')
  })

  it('renders paragraphs and line breaks', () => {
    expect(renderCommentHtml('Kính gửi Ban soạn thảo,\nTôi đề nghị:\n\nSửa Điều 5.')).toBe(
      '<p>Kính gửi Ban soạn thảo,<br>Tôi đề nghị:</p>\n<p>Sửa Điều 5.</p>',
    )
    expect(renderCommentHtml('  \n ')).toBe('')
  })

  it('makes names one line', () => {
    expect(sanitizeSingleLine('  Nguyễn\n  Văn\tAn ')).toBe('Nguyễn Văn An')
  })

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})
