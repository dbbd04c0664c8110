import { contentVersion } from '../../cms/hooks/contentEvents'

export { contentVersion }
import { vnDayKey } from '../../cms/lib/dates'
import { signFormStart } from '../../cms/lib/form-start'

/**
 * Response header a page sets to let its anonymous GET response be cached (removed before
 * sending): `public` (until content changes or the day turns) or `max-age=N` (also at most N
 * seconds: a page that changes by itself at a known moment, e.g. a consultation closing).
 */
export const CACHE_HEADER = 'X-Portal-Cache'

interface Entry {
  body: string
  status: number
  headers: [string, string][]
  version: number
  day: string
  /** Epoch ms after which the page is rendered again (max-age pages). */
  expires: number
}

const MAX_ENTRIES = 5000
const MAX_BYTES = 256 * 1024 * 1024
const entries = new Map<string, Entry>()
let bytes = 0

/** Returns the cache key for a request, or null when it must not use the cache (signed-in staff, not GET). */
export function cacheKey(request: Request, url: URL): string | null {
  if (request.method !== 'GET') return null
  if (request.headers.get('cookie')?.includes('payload-token')) return null
  // The host is part of the key: pages carry absolute addresses (canonical, Dublin Core), and a
  // request with an invented Host header must not change what other readers get.
  return `${(request.headers.get('host') ?? '').toLowerCase()}${url.pathname}${url.search}`
}

/**
 * Returns a cached page while no content changed and the calendar day (in Vietnam) is the same:
 * pages show validity and consultation states computed from today's date.
 */
export function cachedResponse(key: string): Response | null {
  const e = entries.get(key)
  if (!e) return null
  if (e.version !== contentVersion() || e.day !== vnDayKey(new Date()) || Date.now() >= e.expires) {
    drop(key)
    return null
  }
  // Map order is insertion order: re-insert to keep the most recently used at the end.
  entries.delete(key)
  entries.set(key, e)
  return new Response(withRenderTime(e.body), { status: e.status, headers: e.headers })
}

/**
 * A form's start time (`startedAt`, for the comment and question forms' fill-time check) is the
 * moment this reader got the page, not the moment the shared render was made: a bot that fetches
 * a cached page and posts it back at once is still "too fast".
 */
const RENDER_TIME = /(<input type="hidden" name="startedAt" value=")[^"]*(")/g
function withRenderTime(body: string): string {
  return body.includes('name="startedAt"') ? body.replace(RENDER_TIME, `$1${signFormStart(Date.now())}$2`) : body
}

function drop(key: string): void {
  const e = entries.get(key)
  if (e) bytes -= e.body.length * 2
  entries.delete(key)
}

/**
 * Shortens how long a page that opted in may be kept to at most `seconds` (a change due at a
 * known moment that the page shows, such as the maintenance notice appearing or going away).
 */
export function capCacheAge(response: Response, seconds: number): void {
  const current = /max-age=(\d+)/.exec(response.headers.get(CACHE_HEADER) ?? '')
  const limit = Math.max(0, Math.floor(seconds))
  if (!current || Number(current[1]) > limit) response.headers.set(CACHE_HEADER, `max-age=${limit}`)
}

/**
 * Stores a page that opted in; returns the response to send (its body has been read). `version`
 * is contentVersion() when rendering began: a change announced during the render makes the
 * stored page stale at once (it is rendered again on the next request).
 */
export async function storeResponse(key: string, response: Response, version: number): Promise<Response> {
  const maxAge = /max-age=(\d+)/.exec(response.headers.get(CACHE_HEADER) ?? '')
  const expires = maxAge ? Date.now() + Number(maxAge[1]) * 1000 : Number.POSITIVE_INFINITY
  response.headers.delete(CACHE_HEADER)
  const body = await response.text()
  if (response.status === 200 && expires > Date.now()) {
    drop(key)
    entries.set(key, { body, status: response.status, headers: [...response.headers], version, day: vnDayKey(new Date()), expires })
    bytes += body.length * 2
    while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) drop(entries.keys().next().value!)
  }
  return new Response(body, { status: response.status, headers: response.headers })
}
