import { defineMiddleware } from 'astro:middleware'

import { secondsUntilNoticeChange } from './lib/cms/maintenance'
import { CACHE_HEADER, cachedResponse, cacheKey, capCacheAge, contentVersion, storeResponse } from './lib/page-cache'
import { etagOf, pageService, STORED_PAGE_PATH, type PageService } from './lib/stored-pages'

/** Security headers for every public response. No inline scripts are allowed on public pages. */
export const PUBLIC_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

export const onRequest = defineMiddleware(async (context, next) => {
  const key = cacheKey(context.request, context.url)
  // Document pages are kept by the stored-page service (the server answers hits before Astro).
  const pages = key && !context.url.search && STORED_PAGE_PATH.test(context.url.pathname) ? pageService() : undefined
  const fingerprint = pages?.fingerprint(context.url.pathname)
  if (pages && fingerprint) return storeRendered(pages, context.request, context.url.pathname, fingerprint, withSecurityHeaders(await next()))
  const hit = key ? cachedResponse(key) : null
  const version = contentVersion()
  const response = hit ?? (await next())
  if (!hit && key && response.headers.has(CACHE_HEADER)) {
    // Every page shows the maintenance notice: a kept page goes when the notice comes or goes.
    const noticeChange = await secondsUntilNoticeChange()
    if (noticeChange !== null) capCacheAge(response, noticeChange)
    return withSecurityHeaders(await storeResponse(key, response, version))
  }
  return withSecurityHeaders(response)
})

function withSecurityHeaders(response: Response): Response {
  const headers = response.headers
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', PUBLIC_CSP)
  headers.set('X-Content-Type-Options', 'nosniff')
  // A page whose address carries a key (receipts, the unsubscribe link) sends no Referer at all.
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('X-Frame-Options', 'DENY')
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  return response
}

/** Headers that belong to one response, never to a stored page. */
const NOT_STORED = new Set(['set-cookie', 'content-length', 'transfer-encoding', 'connection', 'date', 'keep-alive'])

/**
 * Keeps a rendered document page (200, or 410 for a withdrawn one) when it opted in and nothing
 * it shows changed while it was rendered; the page is sent with its validator either way.
 */
async function storeRendered(pages: PageService, request: Request, pathname: string, fingerprint: string, response: Response): Promise<Response> {
  const cacheable = response.headers.has(CACHE_HEADER) && (response.status === 200 || response.status === 410)
  response.headers.delete(CACHE_HEADER)
  if (!cacheable) return response
  const body = Buffer.from(await response.arrayBuffer())
  if (pages.fingerprint(pathname) === fingerprint) {
    response.headers.set('ETag', etagOf(fingerprint))
    // The server sends the stored gzip copy to readers who accept it.
    response.headers.set('Vary', 'Accept-Encoding')
    const headers = [...response.headers].filter(([name]) => !NOT_STORED.has(name.toLowerCase()))
    pages.put(request.headers.get('host') ?? '', pathname, fingerprint, { status: response.status, headers, body })
  }
  return new Response(body, { status: response.status, headers: response.headers })
}
