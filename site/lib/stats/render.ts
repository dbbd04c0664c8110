/** Turns a figure into its accessible SVG chart, its HTML data table and its CSV file. */
import { formatDateVN } from '../../../cms/lib/dates'
import { toCsv } from '../../../cms/lib/csv'
import { barChartSvg, dataTableHtml } from '../../../cms/lib/stats/chart'
import type { StatsReport } from './compute'
import type { Figure } from './figures'

/** Returns the scope of a report in words: "năm 2025" or "tất cả các năm". */
export function scopeText(year: number | undefined): string {
  return year === undefined ? 'tất cả các năm' : `năm ${year}`
}

// The SVG scales down to the column it sits in: 360 units keep its 14-unit labels at 13 px or
// more on a 375 px phone (at the old 640 they were about 7 px); wider screens show it at 360 px.
const CHART_WIDTH = 360

/** Returns the chart SVG of a figure (null when it has none); ids are prefixed to stay unique on the page. */
export function figureChart(figure: Figure, report: StatsReport, idPrefix = 'chart'): string | null {
  if (!figure.chart) return null
  return barChartSvg({
    id: `${idPrefix}-${figure.id}`,
    title: `${figure.title} (${figure.allYears ? 'các năm' : scopeText(report.year)})`,
    description: `Biểu đồ thanh ngang. Số liệu đầy đủ ở bảng ngay sau biểu đồ. ${figure.description}`,
    data: figure.chart(report),
    unit: figure.unit,
    width: CHART_WIDTH,
  })
}

/** Returns the HTML data table of a figure (dates as dd/mm/yyyy, CSV-only columns left out). */
export function figureTable(figure: Figure, report: StatsReport): string {
  const columns = figure.columns.filter((c) => !c.csvOnly)
  const rows = figure.rows(report).map((row) => {
    const out = { ...row }
    for (const c of columns) if (c.date) out[c.key] = formatDateVN(row[c.key] as string | null) || '—'
    return out
  })
  return dataTableHtml({ caption: `${figure.title} (${figure.allYears ? 'các năm' : scopeText(report.year)})`, columns, rows })
}

/** Returns the CSV text of a figure (UTF-8 with BOM; dates ISO 8601). */
export function figureCsv(figure: Figure, report: StatsReport): string {
  return toCsv(
    figure.rows(report),
    figure.columns.map((c) => ({ key: c.key, header: c.header })),
  )
}

/** Returns the year asked for in `nam`: a number, undefined when absent, or 'invalid'. */
export function parseYearParam(value: string | null): number | undefined | 'invalid' {
  const v = (value ?? '').trim()
  if (v === '') return undefined
  if (!/^\d{4}$/.test(v)) return 'invalid'
  const year = Number(v)
  return year >= 1945 && year <= 2100 ? year : 'invalid'
}
