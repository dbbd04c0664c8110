import { defineMiddleware } from 'astro:middleware'

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

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next()
  const headers = response.headers
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', PUBLIC_CSP)
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('X-Frame-Options', 'DENY')
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  return response
})
