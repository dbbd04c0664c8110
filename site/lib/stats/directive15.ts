/** The Directive 15 report for a period (/thong-ke/chi-thi-15 and its CSV and JSON). */
import { directive15Report, type Directive15Period, type Directive15Row } from '../../../cms/lib/stats/directive15'
import { periodStart } from '../../../cms/lib/stats/consultation'
import { publicOrigin } from '../../../cms/lib/public-url'
import { loadStatsInput } from '../cms/stats'

/** A query parameter that could not be used: its name and why (Vietnamese and English). */
export interface PeriodProblem {
  param: 'nam' | 'tu' | 'den'
  vi: string
  en: string
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const VN_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

/** Returns `yyyy-mm-dd` for a day typed as dd/mm/yyyy or yyyy-mm-dd, or null when it is not a real day. */
export function parseDay(value: string): string | null {
  const v = value.trim()
  const iso = ISO_DAY.exec(v)
  const vn = VN_DAY.exec(v)
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : vn ? [Number(vn[3]), Number(vn[2]), Number(vn[1])] : [NaN, NaN, NaN]
  if (!Number.isInteger(y) || y < 2012 || y > 2100) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

/**
 * The period a query asks for: `nam=2025`, or `tu=01/01/2025&den=30/06/2025` (both ends
 * included; either form of day), or the current year when neither is given.
 */
export function readPeriod(params: URLSearchParams, now: Date): { period: Directive15Period; problem?: PeriodProblem } {
  const current = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(now))
  const fallback = { year: current }
  const from = params.get('tu')?.trim()
  const to = params.get('den')?.trim()
  if (from || to) {
    const f = from ? parseDay(from) : null
    const t = to ? parseDay(to) : null
    if (!f) return { period: fallback, problem: { param: 'tu', vi: `Từ ngày “${from ?? ''}” không hợp lệ: nhập ngày dạng dd/mm/yyyy, từ năm 2012.`, en: 'Parameter "tu" must be a day (dd/mm/yyyy or yyyy-mm-dd) from 2012.' } }
    if (!t) return { period: fallback, problem: { param: 'den', vi: `Đến ngày “${to ?? ''}” không hợp lệ: nhập ngày dạng dd/mm/yyyy, từ năm 2012.`, en: 'Parameter "den" must be a day (dd/mm/yyyy or yyyy-mm-dd) from 2012.' } }
    if (t < f) return { period: fallback, problem: { param: 'den', vi: 'Đến ngày phải sau hoặc bằng Từ ngày.', en: 'Parameter "den" must not be before "tu".' } }
    return { period: { from: f, to: t } }
  }
  const year = params.get('nam')?.trim()
  if (!year) return { period: fallback }
  if (!/^\d{4}$/.test(year) || Number(year) < 2012 || Number(year) > 2100) return { period: fallback, problem: { param: 'nam', vi: `Năm “${year}” không hợp lệ: chọn một năm từ 2012.`, en: 'Parameter "nam" must be a year from 2012 to 2100.' } }
  return { period: { year: Number(year) } }
}

/** The period in words: "năm 2025" or "từ 01/01/2025 đến 30/06/2025". */
export function periodText(period: Directive15Period): string {
  if ('year' in period) return `năm ${period.year}`
  const vn = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`
  return `từ ${vn(period.from)} đến ${vn(period.to)}`
}

/** The query string of a period (for the export links). */
export function periodQuery(period: Directive15Period): string {
  return 'year' in period ? `nam=${period.year}` : `tu=${period.from}&den=${period.to}`
}

/** The report's rows for a period, from the same cached inputs as /thong-ke. */
export async function directive15Rows(period: Directive15Period, now: Date): Promise<Directive15Row[]> {
  const input = await loadStatsInput(publicOrigin(), now)
  return directive15Report(
    {
      documents: input.documents.map((d) => ({ publishedAt: d.publishedAt && Date.parse(d.publishedAt) <= now.getTime() ? d.publishedAt : null, hasSignedFile: d.hasSignedFile })),
      drafts: input.drafts.map((d) => {
        const start = periodStart(d)
        return { onlineAt: Date.parse(start) <= now.getTime() ? start : null }
      }),
      agencies: input.agencies,
      entered: input.entered,
    },
    period,
  )
}
