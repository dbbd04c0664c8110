/** GET /api/v1/search: search over documents, drafts, agencies and pages, with facets. */
import { nextLink } from '../../../../cms/lib/api/cursor'
import { API_ENDPOINT_BY_ID } from '../../../../cms/lib/api/endpoints'
import { paramErrorResponse, respond } from '../../../../cms/lib/api/http'
import type { Handler } from '../context'
import { absoluteUrl } from '../format'
import { runSearch, type SiteSearchHit } from '../search-source'

const FACETS = ['documentType', 'issuer', 'field', 'year', 'validity', 'kind'] as const
/** Marks a search cursor, so a cursor of another list is refused rather than read as an offset. */
const CURSOR_TAG = 'search'

/** Returns one page of results, most relevant first. The cursor holds the offset of the next page. */
export const search: Handler<'search'> = async ({ request, url, origin, values, headers }) => {
  const offset = values.cursor?.sortValue ?? 0
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0 || (values.cursor && values.cursor.id !== CURSOR_TAG)) {
    return paramErrorResponse(
      {
        code: 'invalid_parameter',
        parameter: 'cursor',
        message: 'Parameter "cursor" is not a valid cursor; use the "next" link of the previous page.',
        messageVi: 'Tham số "cursor" không hợp lệ; hãy dùng liên kết "next" của trang trước.',
      },
      headers,
    )
  }
  const limit = values.limit
  const base = { q: values.q, kind: values.kind, documentType: values.type, issuer: values.issuer, field: values.field, year: values.year, validity: values.validity }
  // Pages of `limit` items; a cursor made with another limit may start inside one, so read two.
  const first = Math.floor(offset / limit) + 1
  const pages = offset % limit === 0 ? [first] : [first, first + 1]
  const answers = await Promise.all(pages.map((page) => runSearch({ ...base, page, pageSize: limit })))
  const skip = offset - (first - 1) * limit
  const hits: SiteSearchHit[] = answers.flatMap((a) => a.results).slice(skip, skip + limit)
  const total = answers[0]!.total
  const last = hits[hits.length - 1]
  const next = last && offset + hits.length < total ? nextLink(url, { sortValue: offset + hits.length, id: CURSOR_TAG }, limit) : null
  const results = hits.map((h) => ({
    kind: h.kind,
    id: String(h.id),
    url: absoluteUrl(origin, h.url),
    title: h.title,
    numberSymbol: h.numberSymbol || null,
    snippet: h.snippet,
    score: h.score,
  }))
  const facets = Object.fromEntries(FACETS.map((f) => [f, answers[0]!.facets[f] ?? {}]))
  return respond(request, url, {
    json: { total, results, facets, next, limit },
    csv: { rows: results, columns: API_ENDPOINT_BY_ID.search.csv!.columns, filename: 'tim-kiem.csv' },
    next,
    headers,
  })
}
