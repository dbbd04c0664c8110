/**
 * A document page prints the HTML the renderer makes from the stored text without passing it
 * through sanitize-html again (8 ms a page; the HTML is no longer stored, so nothing but the
 * renderer writes it). This holds only while the renderer's output is already inside the
 * legal-text allowlist: sanitising it must change nothing, for real texts and hostile ones.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { renderFullTextForReading } from '../../../cms/collections/LegalDocuments/hooks/renderFullText'
import { sanitizeStoredHtml } from '../../../cms/lib/richtext/sanitize'

const root = path.resolve(__dirname, '../../..')
const texts: [string, string][] = [
  ...fs.readdirSync(path.join(root, 'content/documents')).filter((f) => f.endsWith('.md')).map((f): [string, string] => [f, fs.readFileSync(path.join(root, 'content/documents', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')]),
  ...fs.readdirSync(path.join(__dirname, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, fs.readFileSync(path.join(__dirname, 'fixtures', f), 'utf8')]),
  [
    'hostile',
    [
      'NGHỊ ĐỊNH <script>alert(1)</script>',
      'Căn cứ Nghị định số 64/2007/NĐ-CP "<img src=x onerror=alert(1)>";',
      'Chương I',
      'QUY ĐỊNH <b onclick="x()">CHUNG</b>',
      'Điều 1. Phạm vi & đối tượng <a href="javascript:alert(1)">xem</a>',
      '1. Sửa đổi khoản 2 Điều 3 Nghị định số 43/2011/NĐ-CP như sau: “Điều 3. <iframe src=//evil.example>',
      'a) Điểm a \' " < > &amp; &#60;',
      'Điều 2. Hiệu lực',
      'Theo khoản 1 Điều 1 Nghị định này.',
      'PHỤ LỤC I',
      'BẢNG <style>body{}</style>',
      'STT | Tên | Ghi chú',
      '1 | <svg onload=alert(1)> | x',
      'Nơi nhận:',
      '- Các Bộ <form action=//evil.example>;',
    ].join('\n'),
  ],
]

describe('the rendered legal text is already inside the allowlist', () => {
  it.each(texts.filter(([, text]) => text.trim()))('%s: sanitising the rendered HTML changes nothing', (_name, text) => {
    const { bodyHtml } = renderFullTextForReading(text)
    expect(bodyHtml).toContain('<')
    // Only how the same document is written may differ: sanitize-html writes `<br />`, and
    // quotation marks and apostrophes in text as themselves.
    const same = (html: string) => html.replace(/<br \/>/g, '<br>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    expect(same(sanitizeStoredHtml(bodyHtml, 'legal'))).toBe(same(bodyHtml))
  })

  it('a hostile text is printed as text, never as markup', () => {
    const { bodyHtml } = renderFullTextForReading(texts.at(-1)![1])
    const tags = [...bodyHtml.matchAll(/<([a-z0-9]+)([^>]*)>/g)]
    expect(tags.length).toBeGreaterThan(10)
    for (const [tag, name, attributes] of tags) {
      expect(['script', 'img', 'iframe', 'svg', 'style', 'form', 'b'], tag).not.toContain(name)
      expect(attributes, tag).not.toMatch(/\son[a-z]+=|javascript:/i)
    }
    expect(bodyHtml).toContain('&lt;script&gt;')
    expect(bodyHtml).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;')
  })
})
