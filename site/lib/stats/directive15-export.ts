/** The Directive 15 report as CSV or JSON, for the period the query names (shared by the two routes). */
import { toCsv } from '../../../cms/lib/csv'
import { DIRECTIVE15_SECTIONS } from '../../../cms/lib/stats/directive15'
import { contentDisposition, errorResponse, jsonResponse, withCaching } from '../api/http'
import { directive15Rows, periodQuery, readPeriod } from './directive15'

const PARAMS = new Set(['nam', 'tu', 'den'])

const COLUMNS = [
  { key: 'section', header: 'Mục' },
  { key: 'code', header: 'Mã chỉ tiêu' },
  { key: 'label', header: 'Chỉ tiêu' },
  { key: 'value', header: 'Số liệu' },
  { key: 'total', header: 'Tổng số' },
  { key: 'sharePercent', header: 'Tỷ lệ (%)' },
  { key: 'targetPercent', header: 'Mục tiêu (%)' },
  { key: 'metTarget', header: 'Đạt mục tiêu' },
  { key: 'unit', header: 'Đơn vị tính' },
  { key: 'origin', header: 'Cách có số liệu' },
  { key: 'source', header: 'Nguồn' },
  { key: 'note', header: 'Ghi chú' },
]

const ORIGIN_VI = { computed: 'Cổng tự tính', entered: 'Quản trị viên nhập', missing: 'Chưa có số liệu' } as const

export async function exportReport(request: Request, url: URL, format: 'csv' | 'json'): Promise<Response> {
  for (const key of url.searchParams.keys()) {
    if (!PARAMS.has(key)) return errorResponse(400, 'unknown_parameter', `Unknown query parameter "${key}".`, key, { messageVi: `Tham số "${key}" không được hỗ trợ.` })
  }
  const now = new Date()
  const { period, problem } = readPeriod(url.searchParams, now)
  if (problem) return errorResponse(400, 'invalid_parameter', problem.en, problem.param, { messageVi: problem.vi })
  const rows = (await directive15Rows(period, now)).map((r) => ({
    ...r,
    sectionTitle: DIRECTIVE15_SECTIONS[r.section],
    sharePercent: r.share === null ? null : Math.round(r.share * 1000) / 10,
    targetPercent: r.target === null ? null : Math.round(r.target * 100),
  }))
  const name = `chi-thi-15-${periodQuery(period).replace(/[^0-9-]+/g, '-').replace(/^-|-$/g, '')}`
  if (format === 'json') {
    const body = JSON.stringify({ directive: '15/CT-TTg', period, generatedAt: now.toISOString(), items: rows }, null, 1)
    const caching = withCaching(request, body)
    if (caching.notModified) return caching.notModified
    return jsonResponse(body, { headers: { 'Access-Control-Allow-Origin': '*', ...caching.headers } })
  }
  const csv = toCsv(rows.map((r) => ({ ...r, origin: ORIGIN_VI[r.origin], metTarget: r.metTarget === null ? '' : r.metTarget ? 'Đạt' : 'Chưa đạt' })), COLUMNS)
  const caching = withCaching(request, csv)
  if (caching.notModified) return caching.notModified
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': contentDisposition(`${name}.csv`), 'Access-Control-Allow-Origin': '*', ...caching.headers } })
}
