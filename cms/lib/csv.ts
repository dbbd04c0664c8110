/**
 * The portal's one CSV writer, for every export: open-data lists and the API's CSV, the agency
 * directory, the consultation report, statistics. The main readers are civil servants who
 * double-click the file and get Excel, so the output is shaped for Excel first (BOM, CRLF,
 * formula guard) while staying RFC 4180 for machines. One formula-guard policy everywhere:
 * every text cell that starts like a formula gets a leading apostrophe; numbers never do.
 */
import { stringify } from 'csv-stringify/sync'
import { DAY_MS, isoDateTimeVN, toDate, VN_OFFSET_MS, vnDayKey } from './dates'

/** One CSV column: the key to read (a dot path into nested values, e.g. `issuer.name`) and the header text to show. */
export interface CsvColumn {
  key: string
  header: string
}

/** Returns CSV columns from `header` or `header=dot.path` words. */
export const csvColumns = (spec: string): CsvColumn[] =>
  spec.split(/\s+/).filter(Boolean).map((word) => {
    const [header, key = header] = word.split('=')
    return { header: header!, key }
  })

/** Returns the value at a dot path; through arrays it collects every element's value. */
function valueAt(item: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return item
  if (Array.isArray(item)) return item.map((el) => valueAt(el, path)).flat()
  if (item === null || typeof item !== 'object') return undefined
  return valueAt((item as Record<string, unknown>)[path[0]!], path.slice(1))
}

// Excel (and LibreOffice) evaluate a cell that starts with one of these as a formula
// (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`, DDE payloads). Comments and titles come from the
// public, and the file is opened by civil servants on office machines: a leading apostrophe
// makes the spreadsheet show the cell as text (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/

/** Returns a date as `yyyy-mm-dd` when it is a Vietnamese midnight (a calendar date), else an ISO date-time with +07:00. */
function formatDate(date: Date): string {
  // Legal dates are stored as 00:00 Vietnam time = 17:00 UTC the day before, so
  // toISOString() would print the previous day; a calendar date is what the reader expects.
  const isVnMidnight = (((date.getTime() + VN_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS === 0
  return isVnMidnight ? vnDayKey(date) : isoDateTimeVN(date)
}

/** Returns the text of one cell value before the formula guard. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value)
  if (Array.isArray(value)) {
    return value
      .map(cellText)
      .filter((s) => s !== '')
      .join('; ')
  }
  if (typeof value === 'string') {
    // Payload hands dates over as ISO strings; treat them like Date values.
    if (ISO_INSTANT.test(value)) {
      const d = toDate(value)
      if (d) return formatDate(d)
    }
    return value.normalize('NFC')
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value) ?? ''
}

/** Returns the cell text with a leading `'` when Excel would otherwise run it as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** Returns the cell text for one value: '' for null, ISO dates, arrays joined with '; ', formulas neutralised; finite numbers as-is. */
export function csvCell(value: unknown): string {
  // A number cannot carry a formula, and prefixing -5 would turn data into text.
  if (typeof value === 'number') return cellText(value)
  return guardFormula(cellText(value))
}

/** Returns a UTF-8 CSV (BOM, CRLF, header row, one row per record, columns in order; missing keys are empty cells). */
export function toCsv(rows: readonly unknown[], columns: readonly CsvColumn[]): string {
  // The BOM matters: without it Excel reads the file in the Windows ANSI code page and
  // "Nghị định" turns into mojibake. CRLF is RFC 4180 and what Excel writes itself.
  const records = [
    columns.map((c) => guardFormula(c.header.normalize('NFC'))),
    ...rows.map((row) => columns.map((c) => csvCell(valueAt(row, c.key.split('.'))))),
  ]
  // Quote cells with edge whitespace too: some importers trim unquoted fields.
  return stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /^\s|\s$/ })
}
