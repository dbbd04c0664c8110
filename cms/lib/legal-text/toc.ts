import type { ParsedLegalText, TextUnit, UnitKind } from './types'
import { printedLabel } from './labels'

/** One line of the table of contents. */
export interface TocEntry {
  anchor: string
  label: string
  title: string
  /** 1 for the outermost heading present in this document, up to 4. */
  level: number
}

/** One article-level unit with its text, for per-article search indexing and comments. */
export interface ArticleEntry {
  anchor: string
  label: string
  title: string
  /** Heading, own paragraphs and every descendant ('a) …', '- …'), joined by '\n'. */
  text: string
  /** Labels of the enclosing units, outermost first, e.g. ['Chương I', 'Mục 2']. */
  path: string[]
}

const TOC_KINDS = new Set<UnitKind>(['part', 'chapter', 'section', 'article'])


/**
 * Returns parts, chapters, sections and articles in document order. Levels count only the
 * headings actually present, so a directive's sections are level 1, and in a decree with
 * chapters, chapters are 1 and articles 2.
 */
export function tableOfContents(parsed: ParsedLegalText): TocEntry[] {
  const entries: TocEntry[] = []
  const walk = (units: TextUnit[], level: number): void => {
    for (const unit of units) {
      if (!TOC_KINDS.has(unit.kind)) continue
      entries.push({ anchor: unit.anchor, label: unit.label, title: unit.title, level: Math.min(level, 4) })
      walk(unit.children, level + 1)
    }
  }
  walk(parsed.body, 1)
  for (const annex of parsed.annexes ?? []) entries.push({ anchor: annex.anchor, label: annex.label, title: annex.title.join(' '), level: 1 })
  return entries
}

/** Returns the unit's text lines: its printed label with its first line, then the rest, depth first. */
function unitLines(unit: TextUnit): string[] {
  const [first = '', ...rest] = unit.title ? [unit.title, ...unit.paragraphs] : unit.paragraphs
  const lead = `${printedLabel(unit)} ${first}`.trim()
  return [lead, ...rest, ...unit.children.flatMap(unitLines)]
}

/** Returns every article-level unit (Điều, or a directive's numbered section) with its full plain text. */
export function listArticles(parsed: ParsedLegalText): ArticleEntry[] {
  const articles: ArticleEntry[] = []
  const walk = (units: TextUnit[], path: string[]): void => {
    for (const unit of units) {
      if (unit.kind === 'article') {
        const text = unitLines(unit).join('\n')
        articles.push({ anchor: unit.anchor, label: unit.label, title: unit.title, text, path })
      } else if (TOC_KINDS.has(unit.kind)) walk(unit.children, [...path, unit.label])
    }
  }
  walk(parsed.body, [])
  return articles
}
