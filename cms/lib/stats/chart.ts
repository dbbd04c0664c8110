/**
 * Server-rendered statistics charts: static SVG strings with no script and no inline style,
 * so they pass the portal's CSP (`style-src 'self'`) and work without JavaScript. Each chart
 * is one image to assistive technology (role="img" with a title and description); pair it with
 * dataTableHtml for the numbers themselves (WCAG 1.1.1, 1.3.1).
 */
import { escapeHtml } from '../html'

/** One bar: its label and value. */
export interface BarDatum {
  label: string
  value: number
}

/** Input of barChartSvg. */
export interface BarChartInput {
  /** Unique on the page; prefixes the ids of `<title>` and `<desc>`. */
  id: string
  title: string
  description: string
  data: BarDatum[]
  /** Appended to each value, e.g. `văn bản` or `%`. */
  unit?: string
  /** Width in pixels (viewBox units); default 640. */
  width?: number
}

/** One table column: row key, header text, and whether it holds numbers (right-aligned). */
export interface TableColumn {
  key: string
  header: string
  numeric?: boolean
}

/** Text shown when a chart or table has nothing to show. */
export const NO_DATA_TEXT = 'Không có dữ liệu'

// Bars need ≥ 3:1 against white (WCAG 1.4.11 non-text contrast); #1d4f91 gives about 8.6:1.
// Text uses near-black (about 17:1) to pass the 4.5:1 text threshold with room to spare.
const BAR_FILL = '#1d4f91'
const TEXT_FILL = '#1b1b1b'
const FONT_SIZE = 14
const LINE_HEIGHT = 18
const BAR_HEIGHT = 20
const ROW_GAP = 14
// A rough average advance of Vietnamese text at 14px in a sans-serif font: SVG has no
// wrapping, so labels are wrapped on an estimate, leaving a margin.
const CHAR_WIDTH = 8

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** Returns the text escaped for XML/HTML content and attribute values. */
function escapeText(text: string): string {
  return escapeHtml(text.normalize('NFC'))
}

/** Returns an id safe for XML and CSS selectors: other characters become `-`, and it starts with a letter. */
function safeId(id: string): string {
  const s = id.replace(/[^A-Za-z0-9_-]/g, '-')
  return /^[A-Za-z]/.test(s) ? s : `c-${s}`
}

/** Returns a value in Vietnamese number format (1.234,5) with its unit; `%` sticks to the number. */
export function formatValue(value: number, unit?: string): string {
  const n = numberFormat.format(value)
  if (!unit) return n
  return unit === '%' ? `${n}%` : `${n} ${unit}`
}

/** Returns the text cut into lines of at most `maxChars`, breaking at spaces (inside a word only when it is longer than a line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (let word of text.trim().split(/\s+/)) {
    while (word.length > maxChars) {
      if (line) lines.push(line)
      lines.push(word.slice(0, maxChars))
      word = word.slice(maxChars)
      line = ''
    }
    if (!line) line = word
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines.length > 0 ? lines : ['']
}

/**
 * Returns an accessible horizontal bar chart as an SVG string: labels above bars (long
 * Vietnamese labels wrap), values written next to bars, "Không có dữ liệu" when there is no
 * data or every value is 0. Negative or non-finite values are drawn as 0.
 */
export function barChartSvg(input: BarChartInput): string {
  const width = Math.max(240, Math.round(input.width ?? 640))
  const id = safeId(input.id)
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const data = input.data.map((d) => ({ label: d.label, value: Number.isFinite(d.value) ? Math.max(0, d.value) : 0 }))
  const max = Math.max(0, ...data.map((d) => d.value))

  const open = (height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-labelledby="${titleId} ${descId}" id="${id}" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}">` +
    `<title id="${titleId}">${escapeText(input.title)}</title><desc id="${descId}">${escapeText(input.description)}</desc>`

  if (data.length === 0 || max === 0) {
    const height = 40
    return `${open(height)}<text x="0" y="25" fill="${TEXT_FILL}">${NO_DATA_TEXT}</text></svg>`
  }

  const valueTexts = data.map((d) => formatValue(d.value, input.unit))
  const valueSpace = Math.max(...valueTexts.map((t) => t.length)) * CHAR_WIDTH + 12
  const barSpace = width - valueSpace
  const maxChars = Math.max(10, Math.floor(width / CHAR_WIDTH))

  const rows: string[] = []
  let y = 0
  data.forEach((d, i) => {
    const lines = wrapText(d.label, maxChars)
    const tspans = lines
      .map((line, j) => `<tspan x="0" dy="${j === 0 ? 0 : LINE_HEIGHT}">${escapeText(line)}</tspan>`)
      .join('')
    const labelY = y + FONT_SIZE
    const barY = y + lines.length * LINE_HEIGHT + 4
    // A non-zero value always gets a visible sliver, so "small" is never mistaken for "none".
    const barWidth = d.value === 0 ? 0 : Math.max(2, Math.round((d.value / max) * barSpace))
    rows.push(
      `<g><text x="0" y="${labelY}" fill="${TEXT_FILL}">${tspans}</text>` +
        `<rect x="0" y="${barY}" width="${barWidth}" height="${BAR_HEIGHT}" fill="${BAR_FILL}"/>` +
        `<text x="${barWidth + 6}" y="${barY + 15}" fill="${TEXT_FILL}">${escapeText(valueTexts[i])}</text></g>`,
    )
    y = barY + BAR_HEIGHT + ROW_GAP
  })
  const height = y
  return `${open(height)}${rows.join('')}</svg>`
}

/** Returns the cell text: numbers in Vietnamese format, null/undefined as ''. */
function cellHtml(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? numberFormat.format(value) : ''
  return escapeText(String(value))
}

/**
 * Returns an HTML `<table>` with a `<caption>`, `<th scope="col">` headers and the first
 * column as row headers (`<th scope="row">`); one "Không có dữ liệu" row when empty. A table of
 * more than two columns is marked to become one card per row on phones (class `table-reflow`,
 * each cell's column name in `data-label`, see site.css), with explicit table roles so that
 * screen readers still read a table when its parts are shown as blocks.
 */
export function dataTableHtml(input: {
  caption: string
  columns: TableColumn[]
  rows: Record<string, unknown>[]
}): string {
  const { caption, columns, rows } = input
  const reflow = columns.length > 2
  const role = (r: string) => (reflow ? ` role="${r}"` : '')
  const cls = (c: TableColumn) => (c.numeric ? ' class="numeric"' : '')
  const label = (c: TableColumn) => (reflow ? ` data-label="${escapeText(c.header)}"` : '')
  const head = columns.map((c) => `<th scope="col"${role('columnheader')}${cls(c)}>${escapeText(c.header)}</th>`).join('')
  const body =
    rows.length === 0
      ? `<tr${role('row')}><td${role('cell')} colspan="${Math.max(1, columns.length)}">${NO_DATA_TEXT}</td></tr>`
      : rows
          .map(
            (row) =>
              `<tr${role('row')}>${columns
                .map((c, i) =>
                  i === 0
                    ? `<th scope="row"${role('rowheader')}${cls(c)}>${cellHtml(row[c.key])}</th>`
                    : `<td${role('cell')}${cls(c)}${label(c)}>${cellHtml(row[c.key])}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('')
  const open = reflow ? '<table class="table-reflow" role="table">' : '<table>'
  return `${open}<caption>${escapeText(caption)}</caption><thead${role('rowgroup')}><tr${role('row')}>${head}</tr></thead><tbody${role('rowgroup')}>${body}</tbody></table>`
}
