import type { APIRoute } from 'astro'

import { jsonResponse, notFoundResponse } from '../../../lib/api/http'
import { loadReport, reportJson } from '../../../lib/drafts/report-data'

export const prerender = false

/** GET /du-thao/{slug}/bao-cao.json: the published report as open data. */
export const GET: APIRoute = async ({ params }) => {
  const data = await loadReport(params.slug ?? '')
  if (!data) return notFoundResponse()
  return jsonResponse(reportJson(data), { headers: { 'Cache-Control': 'public, max-age=60' } })
}
