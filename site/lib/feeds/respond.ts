/**
 * Serves a feed as RSS 2.0 or Atom 1.0 with caching validators (ETag, Last-Modified → 304).
 * Filters are checked like API parameters: an unknown or malformed one is a 400 naming it.
 */
import { errorResponse, notFoundResponse, withCaching } from '../api/http'
import { startOfVnDay } from '../../../cms/lib/dates'
import { buildFeed } from '../../../cms/lib/opendata/feeds'
import { getSettings } from '../cms/settings'
import { FEEDS, FeedParameterError, type FeedFilters } from './sources'
import { publicOrigin, publicUrl } from '../../../cms/lib/public-url'

const TYPES = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const

function badParameter(name: string, known: boolean): Response {
  return errorResponse(400, known ? 'invalid_parameter' : 'unknown_parameter', known ? `Parameter "${name}" is not in the expected format.` : `Unknown query parameter "${name}".`, name, {
    messageVi: known ? `Tham số "${name}" không đúng định dạng.` : `Tham số "${name}" không được hỗ trợ.`,
  })
}

/** Returns the feed `name` (e.g. `van-ban`) in the given format for the request, 404 for an unknown feed. */
export async function feedResponse(kind: 'rss' | 'atom', name: string | undefined, request: Request, now: Date = new Date()): Promise<Response> {
  const source = name && Object.hasOwn(FEEDS, name) ? FEEDS[name] : undefined
  if (!source) return notFoundResponse()
  const url = new URL(request.url)
  const filters: FeedFilters = {}
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key)
    const check = Object.hasOwn(source.filters, key) ? source.filters[key] : undefined
    if (!check) return badParameter(key, false)
    const value = values[0]!.normalize('NFC').trim()
    if (values.length > 1) return badParameter(key, true)
    // An empty value is no filter, as on the list page (its form sends every select).
    if (value === '') continue
    if (!check(value)) return badParameter(key, true)
    filters[key] = value
  }
  let items: Awaited<ReturnType<typeof source.items>>
  try {
    items = await source.items(filters, publicOrigin(), now)
  } catch (error) {
    if (error instanceof FeedParameterError) return badParameter(error.parameter, true)
    // A filter value the database cannot hold (`type=abc` where ids are numbers) is a bad parameter.
    const status = (error as { status?: number }).status
    if (typeof status === 'number' && status >= 400 && status < 500) return badParameter(Object.keys(filters)[0] ?? 'type', true)
    throw error
  }
  const settings = await getSettings()
  const self = publicUrl(`${url.pathname}${url.search}`)
  const updated = items.reduce<Date | null>((max, i) => (!max || i.date > max ? i.date : max), null) ?? startOfVnDay(now)!
  const title = `${source.titleFor?.(filters) ?? source.title} – ${settings.portalName ?? settings.agencyName}`
  // The HTML page listing the same items: the list page with the same filters.
  const query = new URLSearchParams(filters).toString()
  const xml = buildFeed(
    kind,
    {
      id: self,
      title,
      description: source.description,
      link: new URL(query ? `${source.page}?${query}` : source.page, publicOrigin()).href,
      selfLink: self,
      updated,
      author: settings.agencyName,
    },
    items,
  )
  const caching = withCaching(request, xml, updated)
  if (caching.notModified) return caching.notModified
  return new Response(request.method === 'HEAD' ? null : xml, {
    headers: { 'Content-Type': TYPES[kind], ...caching.headers, 'Access-Control-Allow-Origin': '*' },
  })
}
