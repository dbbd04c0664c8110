import type { TextUnit, UnitKind } from './types'
import { escapeHtml } from '../html'
import { paragraphsHtml, textHtml } from './html'
import { printedLabel } from './labels'

const BASE_HEADING_LEVEL: Partial<Record<UnitKind, number>> = { part: 2, chapter: 2, section: 3, article: 3 }
const LINKED = new Set<UnitKind>(['article', 'clause', 'subclause', 'point'])

/** The copy-link control: a plain link so it works without script; a site script may enhance it. */
function anchorLink(unit: TextUnit): string {
  const label = escapeHtml(unit.label.trim())
  return `<a class="anchor-link" href="#${escapeHtml(unit.anchor)}" aria-label="Liên kết đến ${label}">#</a>`
}

function headingHtml(unit: TextUnit, level: number): string {
  const labelHtml = `<span class="unit-label">${escapeHtml(printedLabel(unit))}</span>`
  // Part/chapter/section titles are printed on their own line under the label.
  const gap = unit.kind === 'article' ? ' ' : '<br>'
  const titleHtml = unit.title ? `${gap}<span class="unit-title">${textHtml(unit.title)}</span>` : ''
  const link = LINKED.has(unit.kind) ? ` ${anchorLink(unit)}` : ''
  return `<h${level} class="unit-heading">${labelHtml}${titleHtml}${link}</h${level}>`
}

/** Clause and point: the label and link sit in the first paragraph, as printed. */
function leadParagraphHtml(unit: TextUnit): string {
  const [first = '', ...rest] = unit.paragraphs
  const lead = `<p><span class="unit-label">${escapeHtml(unit.label)}</span> ${textHtml(first)} ${anchorLink(unit)}</p>`
  return lead + paragraphsHtml(rest)
}

/** Renders children, wrapping each run of consecutive items in one `<ul>`. */
function childrenHtml(children: TextUnit[], headingLevel: number): string {
  let html = ''
  let items = ''
  for (const child of children) {
    if (child.kind === 'item') {
      items += itemHtml(child, headingLevel)
      continue
    }
    if (items) html += `<ul class="unit-items">${items}</ul>`
    items = ''
    html += unitHtml(child, headingLevel)
  }
  return items ? `${html}<ul class="unit-items">${items}</ul>` : html
}

function itemHtml(unit: TextUnit, headingLevel: number): string {
  const body = paragraphsHtml(unit.paragraphs) + childrenHtml(unit.children, headingLevel)
  return `<li class="unit unit-item" id="${escapeHtml(unit.anchor)}">${body}</li>`
}

/**
 * Returns the HTML of one unit and its descendants. `parentLevel` is the heading level of
 * the closest heading above (1 = the page title), so nested headings never skip upwards.
 */
export function unitHtml(unit: TextUnit, parentLevel = 1): string {
  if (unit.kind === 'item') return `<ul class="unit-items">${itemHtml(unit, parentLevel)}</ul>`
  const base = BASE_HEADING_LEVEL[unit.kind]
  const level = base === undefined ? parentLevel : Math.min(4, Math.max(base, parentLevel + 1))
  const content =
    base === undefined ? leadParagraphHtml(unit) : headingHtml(unit, level) + paragraphsHtml(unit.paragraphs)
  const open = `<section class="unit unit-${unit.kind}" id="${escapeHtml(unit.anchor)}">`
  return `${open}${content}${childrenHtml(unit.children, level)}</section>`
}
