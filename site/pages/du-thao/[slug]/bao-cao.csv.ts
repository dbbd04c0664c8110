import type { APIRoute } from 'astro'

import { csvResponse } from '../../../lib/api/http'
import { loadReport, REPORT_COLUMNS, reportRows } from '../../../lib/drafts/report-data'

export const prerender = false

/** GET /du-thao/{slug}/bao-cao.csv: the published report as CSV (UTF-8 with BOM for Excel). */
export const GET: APIRoute = async ({ params }) => {
  const data = await loadReport(params.slug ?? '')
  if (!data) return new Response('Không tìm thấy báo cáo.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return csvResponse(reportRows(data), REPORT_COLUMNS, `bao-cao-tiep-thu-giai-trinh-${data.draft.slug}.csv`, { headers: { 'Cache-Control': 'public, max-age=60' } })
}
