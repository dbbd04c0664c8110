import { defineMiddleware } from 'astro:middleware'

import { CACHE_HEADER, cachedResponse, cacheKey, storeResponse } from './lib/page-cache'

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
  const hit = key ? cachedResponse(key) : null
  const response = hit ?? (await next())
  if (!hit && key && response.headers.has(CACHE_HEADER)) return withSecurityHeaders(await storeResponse(key, response))
  return withSecurityHeaders(response)
})

function withSecurityHeaders(response: Response): Response {
  const headers = response.headers
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', PUBLIC_CSP)
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('X-Frame-Options', 'DENY')
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  return response
}
