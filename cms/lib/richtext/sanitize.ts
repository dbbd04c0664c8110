/**
 * Editors' rich text is stored as HTML rendered once at save time. This allow-list keeps what
 * an official page needs (headings, paragraphs, lists, tables, links, emphasis, quotes) and
 * drops what Word and web pages bring along: scripts, styles, classes, event handlers, fonts.
 * The public CSP forbids inline styles anyway, so a `style=` would only be dead weight.
 */
import sanitizeHtml from 'sanitize-html'

import { nfc } from '../vietnamese'

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr',
    'ul', 'ol', 'li',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'a', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'blockquote',
  ],
  allowedAttributes: {
    a: ['href'],
    ol: ['start'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Not listed (div, span, font, Word's o:p…): the tag goes, its content stays.
  disallowedTagsMode: 'discard',
  // Content of these is code or hidden UI: drop it whole instead of unwrapping it into text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'title', 'head', 'svg', 'math', 'xml'],
  transformTags: {
    // The page title is the h1; a pasted Heading 1 becomes a section heading.
    h1: 'h2',
    b: 'strong',
    i: 'em',
  },
  // Word pastes empty paragraphs (`<p>&nbsp;</p>`) as spacing.
  exclusiveFilter: (frame) => frame.tag === 'p' && !frame.text.replace(/\u00a0/g, ' ').trim(),
}

/**
 * The structure our own legal-text renderer writes (cms/lib/legal-text/render*.ts): sections,
 * headings and spans with classes and anchors. Still no form, meta, base, media, style or event
 * attribute, and only same-page (`#…`) or web links.
 */
const LEGAL_OPTIONS: sanitizeHtml.IOptions = {
  ...OPTIONS,
  allowedTags: [...(OPTIONS.allowedTags as string[]), 'section', 'header', 'div', 'span'],
  allowedAttributes: {
    ...OPTIONS.allowedAttributes,
    '*': ['class', 'id'],
    a: ['href', 'class', 'aria-label'],
    // A citation of another document, linked at render time (cms/lib/legal-text/citations.ts).
    span: ['class', 'data-cite', 'data-cite-anchor'],
  },
  transformTags: {},
  exclusiveFilter: undefined,
}

/**
 * Re-sanitises stored HTML as a public page prints it (defence in depth: the stored copy was
 * sanitised or generated at save time, but a page never trusts what the database holds).
 * `legal` allows the legal-text renderer's structure; `rich` is editors' rich text.
 */
export function sanitizeStoredHtml(html: string | null | undefined, profile: 'rich' | 'legal'): string {
  if (!html) return ''
  return sanitizeHtml(String(html), profile === 'legal' ? LEGAL_OPTIONS : OPTIONS)
}

/** Returns HTML reduced to the allow-list above, in NFC; '' for empty input. */
export function sanitizeRichHtml(html: string | null | undefined): string {
  if (!html) return ''
  // Word wraps conditional comments and Office namespaces (`<o:p>`) around the content.
  const withoutOffice = String(html)
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<\/?o:p>/gi, '')
  return nfc(sanitizeHtml(withoutOffice, OPTIONS)).trim()
}
