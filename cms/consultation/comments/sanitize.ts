/**
 * Comment text is stored as plain text and escaped when shown. sanitize-html strips any markup
 * people paste (Word, web pages) or inject; the rest removes characters that can make a
 * published comment look like something it is not.
 */
import sanitizeHtml from 'sanitize-html'
import { escapeHtml, unescapeHtml } from '../../lib/html'

// No tag survives. Elements whose content is code or hidden UI are dropped with their content,
// not unwrapped, so `<script>alert(1)</script>` leaves nothing behind.
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'xmp', 'noembed', 'noframes', 'title', 'head', 'svg', 'math'],
}

// Bidi embeddings/overrides/isolates (U+202A–202E, U+2066–2069) reorder what readers see
// ("Trojan Source"); LRM/RLM, zero-width space/joiners, word joiner and BOM are invisible and
// let two different-looking strings compare equal or hide words from moderators and
// duplicate detection. None has a use in Vietnamese prose.
const INVISIBLE_FORMAT_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
// C0/C1 controls except tab and newline: they break XML/CSV exports and terminals.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/** Returns text with line endings as `\n` (CRLF, CR, U+2028/2029) and invisible bidi/zero-width/control characters removed. */
export function stripUnsafeCharacters(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE_FORMAT_CHARS, '')
    .replace(CONTROL_CHARS, '')
}

// sanitize-html decodes entities while parsing and re-escapes only & < > (and " in
// attributes, which we never keep), so undoing those gives the plain text back.
const unescapeSanitizerOutput = unescapeHtml

// Text pasted from a web page or Word as HTML keeps its line and paragraph breaks.
function blockTagsToNewlines(html: string): string {
  return html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|div|li|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n\n')
}

/**
 * Returns plain NFC text with all markup removed (script/style content too), entities decoded,
 * unsafe characters stripped, trailing spaces trimmed and blank-line runs collapsed to one.
 * Text that merely looks like a tag (`a<b c>`) is removed as markup; `a < b` is kept.
 */
export function sanitizeCommentText(raw: string): string {
  const stripped = sanitizeHtml(blockTagsToNewlines(stripUnsafeCharacters(String(raw ?? ''))), SANITIZE_OPTIONS)
  // Entities such as `&#x202E;` only become characters after parsing: strip again.
  return stripUnsafeCharacters(unescapeSanitizerOutput(stripped))
    .normalize('NFC')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Returns a one-line sanitised value (names, organisations): like sanitizeCommentText with all whitespace runs as one space. */
export function sanitizeSingleLine(raw: string): string {
  return sanitizeCommentText(raw).replace(/\s+/g, ' ').trim()
}


/**
 * Returns comment text as HTML: escaped, blank lines start a new `<p>`, single newlines become
 * `<br>`. Empty text gives ''. Unsafe characters are stripped again in case stored text
 * bypassed sanitizeCommentText (imports, admin edits).
 */
export function renderCommentHtml(text: string): string {
  const clean = stripUnsafeCharacters(String(text ?? '')).normalize('NFC').trim()
  if (!clean) return ''
  return clean
    .split(/\n[ \t]*\n\s*/)
    .map((para) => `<p>${para.split('\n').map((line) => escapeHtml(line.trim())).join('<br>')}</p>`)
    .join('\n')
}
