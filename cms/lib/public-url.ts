/**
 * The portal's public address, from configuration only — never from a request's Host header, which
 * anyone can forge (a receipt mailed with links to another site, a poisoned canonical URL).
 *
 * `PUBLIC_HOST` is the name readers use: a host (`congthongtin.vidu.gov.vn`, served over https)
 * or a full origin (`https://congthongtin.vidu.gov.vn`, `http://127.0.0.1:4321`). Unset, the
 * portal's own listen address stands in (development, tests).
 */

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i

/** Returns the listen address as an origin (0.0.0.0 and :: shown as 127.0.0.1). */
export function listenOrigin(): string {
  const host = process.env.HOST && !['0.0.0.0', '::'].includes(process.env.HOST) ? process.env.HOST : '127.0.0.1'
  const port = process.env.PORT ?? '4321'
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}

/** Returns whether PUBLIC_HOST is configured. */
export function publicHostConfigured(): boolean {
  return Boolean(process.env.PUBLIC_HOST?.trim())
}

/** Returns the public origin (scheme, host, port; no trailing slash). */
export function publicOrigin(): string {
  const raw = process.env.PUBLIC_HOST?.trim()
  if (!raw) return listenOrigin()
  if (raw.includes('://')) return new URL(raw).origin
  return `${LOCAL.test(raw) ? 'http' : 'https'}://${raw}`
}

/** Returns the public host name with port, as a Host header would carry it. */
export function publicHostName(): string {
  return new URL(publicOrigin()).host
}

/** Returns an absolute public URL for a path (`/van-ban/2012/15-ct-ttg`). */
export function publicUrl(path = '/'): string {
  return new URL(path, `${publicOrigin()}/`).href
}

/** Returns whether readers reach the portal over https (secure cookies, HSTS). */
export function publicIsHttps(): boolean {
  return publicOrigin().startsWith('https:')
}

/**
 * Origins allowed to make cookie-authenticated writes: the public origin, and the listen address
 * (as 127.0.0.1 and localhost) so the admin works when opened directly on the server.
 */
export function trustedOrigins(): string[] {
  const listen = new URL(listenOrigin())
  const origins = new Set([publicOrigin(), listen.origin, `http://localhost:${listen.port}`, `http://127.0.0.1:${listen.port}`])
  return [...origins]
}

/** Returns whether an Origin header value names one of the trusted origins. */
export function isTrustedOrigin(origin: string | null | undefined): boolean {
  return Boolean(origin) && trustedOrigins().includes(String(origin))
}
