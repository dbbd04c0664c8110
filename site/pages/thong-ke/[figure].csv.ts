import type { APIRoute } from 'astro'

import { contentDisposition, errorResponse, notFoundResponse, withCaching } from '../../lib/api/http'
import { loadRatingCounts, loadStatsInput } from '../../lib/cms/stats'
import { computeStats } from '../../lib/stats/compute'
import { figureById } from '../../lib/stats/figures'
import { figureCsv, parseYearParam } from '../../lib/stats/render'
import { publicOrigin } from '../../../cms/lib/public-url'

/** GET /thong-ke/{figure}.csv?nam=2025: one figure of the statistics as CSV (UTF-8 with BOM). */
export const GET: APIRoute = async ({ params, request, url }) => {
  const figure = figureById(params.figure ?? '')
  if (!figure) return notFoundResponse()
  for (const key of url.searchParams.keys()) {
    if (key !== 'nam') {
      return errorResponse(400, 'unknown_parameter', `Unknown query parameter "${key}".`, key, { messageVi: `Tham số "${key}" không được hỗ trợ.` })
    }
  }
  const year = parseYearParam(url.searchParams.get('nam'))
  if (year === 'invalid') {
    return errorResponse(400, 'invalid_parameter', 'Parameter "nam" must be a year between 1945 and 2100.', 'nam', { messageVi: 'Tham số "nam" phải là năm từ 1945 đến 2100.' })
  }
  const now = new Date()
  const [input, ratings] = await Promise.all([loadStatsInput(publicOrigin(), now), figure.group === 'ratings' ? loadRatingCounts(year, now) : undefined])
  const csv = figureCsv(figure, computeStats({ ...input, ratings }, { year, now }))
  const caching = withCaching(request, csv)
  if (caching.notModified) return caching.notModified
  const name = `${figure.id}${year && !figure.allYears ? `-${year}` : ''}.csv`
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': contentDisposition(name), 'Access-Control-Allow-Origin': '*', ...caching.headers },
  })
}
