/**
 * Readable differences between two versions of a draft, article by article, so commenters see
 * what changed since the version they read. Articles are matched by anchor (`dieu-5`).
 */
import { diffWordsWithSpace, type Change } from 'diff'
import { escapeHtml } from '../../lib/html'

/** The part of a parsed article the diff needs (a subset of legal-text's listArticles rows). */
export interface ArticleText {
  anchor: string
  label: string
  title: string
  text: string
}

/** What happened to an article between the two versions. */
export type ArticleDiffStatus = 'added' | 'removed' | 'changed' | 'unchanged'

/** One article of the diff; `html` is escaped and marks changes with `<ins>`/`<del>`. */
export interface ArticleDiff {
  anchor: string
  label: string
  status: ArticleDiffStatus
  html: string
}

// Colour and strike-through are invisible to screen readers, which usually do not announce
// <ins>/<del> either: a hidden text prefix says what the change is (WCAG 1.3.1, 1.4.1).
const INS_PREFIX = '<span class="visually-hidden">[thêm] </span>'
const DEL_PREFIX = '<span class="visually-hidden">[xóa] </span>'
// Beyond this many edits a word diff is unreadable anyway and costly to compute: show the
// whole old text removed and the whole new text added.
const MAX_EDIT_LENGTH = 5000

// Whitespace differences (re-wrapping, double spaces, CRLF) are not changes to the law.
function normaliseText(text: string): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const textHtml = (text: string) => escapeHtml(text).replace(/\n/g, '<br>')
const ins = (text: string) => `<ins>${INS_PREFIX}${textHtml(text)}</ins>`
const del = (text: string) => `<del>${DEL_PREFIX}${textHtml(text)}</del>`

function changesHtml(before: string, after: string): string {
  if (before === after) return textHtml(after)
  const changes: Change[] | undefined = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH })
  if (!changes) return (before ? del(before) : '') + (after ? ins(after) : '')
  return changes
    .map((c) => {
      // A whitespace-only change is shown as the new layout, without announcing it.
      if (!c.value.trim()) return c.removed ? '' : textHtml(c.value)
      if (c.added) return ins(c.value)
      if (c.removed) return del(c.value)
      return textHtml(c.value)
    })
    .join('')
}

// Title and text are separate paragraphs; an empty one is left out rather than rendered empty.
function articleHtml(title: string, text: string): string {
  const parts: string[] = []
  if (title) parts.push(`<p class="article-diff-title">${title}</p>`)
  if (text) parts.push(`<p class="article-diff-text">${text}</p>`)
  return parts.join('\n')
}

/**
 * Returns one row per article of either version: in the new version's order, removed articles
 * placed after the article that preceded them. Status is 'changed' when the label, title or
 * text differ (ignoring whitespace). If an anchor repeats, its first occurrence is used.
 */
export function diffArticles(before: readonly ArticleText[], after: readonly ArticleText[]): ArticleDiff[] {
  const firstByAnchor = (list: readonly ArticleText[]) => {
    const map = new Map<string, ArticleText>()
    for (const a of list) if (!map.has(a.anchor)) map.set(a.anchor, a)
    return map
  }
  const oldByAnchor = firstByAnchor(before)
  const newByAnchor = firstByAnchor(after)

  const rows: ArticleDiff[] = []
  for (const a of newByAnchor.values()) {
    const old = oldByAnchor.get(a.anchor)
    const title = normaliseText(a.title)
    const text = normaliseText(a.text)
    if (!old) {
      rows.push({ anchor: a.anchor, label: a.label, status: 'added', html: articleHtml(title ? ins(title) : '', text ? ins(text) : '') })
      continue
    }
    const oldTitle = normaliseText(old.title)
    const oldText = normaliseText(old.text)
    const same = oldTitle === title && oldText === text && old.label.normalize('NFC') === a.label.normalize('NFC')
    rows.push({
      anchor: a.anchor,
      label: a.label,
      status: same ? 'unchanged' : 'changed',
      html: articleHtml(changesHtml(oldTitle, title), changesHtml(oldText, text)),
    })
  }

  // Place each removed article right after its predecessor in the old version, so a reader
  // sees the gap where it used to be rather than a list of removals at the end.
  let previousAnchor: string | null = null
  for (const old of oldByAnchor.values()) {
    if (!newByAnchor.has(old.anchor)) {
      const title = normaliseText(old.title)
      const text = normaliseText(old.text)
      const row: ArticleDiff = {
        anchor: old.anchor,
        label: old.label,
        status: 'removed',
        html: articleHtml(title ? del(title) : '', text ? del(text) : ''),
      }
      const at = previousAnchor === null ? 0 : rows.findIndex((r) => r.anchor === previousAnchor) + 1
      rows.splice(at, 0, row)
    }
    previousAnchor = old.anchor
  }
  return rows
}

/** Counts of a diff's rows by status, and the total. */
export interface DiffSummary {
  added: number
  removed: number
  changed: number
  unchanged: number
  total: number
}

/** Returns how many articles were added, removed, changed and unchanged. */
export function diffSummary(result: readonly { status: ArticleDiffStatus }[]): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, unchanged: 0, total: result.length }
  for (const row of result) summary[row.status]++
  return summary
}
