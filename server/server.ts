import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import compression from 'compression'
import next from 'next'

import { fromRoot, siteDistDir } from '../cms/paths'
import { etagOf, STORED_PAGE_PATH } from '../site/lib/stored-pages'
import { answerClientError, bodyLimitFor, HEADER_LIMIT, limitBody, refuseCrossOriginWrite, refuseLongUrl, stampClientAddress, transportSecurity } from './limits'
import { createStaticHandler } from './static-files'
import { isUnsubscribePost, serveUnsubscribePost } from './unsubscribe'
import { runtime } from '../cms/runtime'

export interface PortalServer {
  server: http.Server
  url: string
  close: () => Promise<void>
}

type AstroHandler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next?: (err?: unknown) => void,
) => Promise<void>

/** Paths owned by Payload's admin app (Next); everything else is the Astro site. */
export function isAdminPath(pathname: string): boolean {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return true
  if (pathname.startsWith('/_next/')) return true
  if (pathname === '/api' || pathname.startsWith('/api/')) return !(pathname === '/api/v1' || pathname.startsWith('/api/v1/'))
  return false
}

/** An anonymous GET or HEAD of a document page without a query: the stored-page service may answer it. */
function storedPageWanted(req: http.IncomingMessage, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (!runtime().pages || !STORED_PAGE_PATH.test(pathname) || req.url !== pathname) return false
  return !req.headers.cookie?.includes('payload-token')
}

/** True when the client accepts gzip (and has not refused it with q=0). */
function acceptsGzip(req: http.IncomingMessage): boolean {
  return String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .some((part) => {
      const [name, ...params] = part.split(';').map((x) => x.trim())
      const q = params.find((x) => x.startsWith('q='))
      return name?.toLowerCase() === 'gzip' && (!q || Number(q.slice(2)) > 0)
    })
}

/**
 * True when If-None-Match lists a validator of this page in either encoding: both stand for the
 * same content, so the copy the browser has is current (weak comparison, RFC 9110 §13.1.2).
 */
function notModified(req: http.IncomingMessage, etags: string[]): boolean {
  const header = req.headers['if-none-match']
  return Boolean(header && header.split(',').some((tag) => etags.includes(tag.trim().replace(/^W\//, ''))))
}

/** Sends the stored render of a document page while it is current (304 to a browser that has it). */
async function serveStoredPage(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<boolean> {
  const pages = runtime().pages!
  const fingerprint = pages.fingerprint(pathname)
  if (!fingerprint) return false
  const page = await pages.get(req.headers.host ?? '', pathname, fingerprint, acceptsGzip(req))
  if (!page) return false
  for (const [name, value] of page.headers) res.setHeader(name, value)
  // Each representation has its own validator (RFC 9110 §8.8.3).
  const etag = etagOf(page.encoding ? `${fingerprint}-gz` : fingerprint)
  res.setHeader('ETag', etag)
  res.setHeader('Vary', 'Accept-Encoding')
  if (page.encoding) res.setHeader('Content-Encoding', page.encoding)
  if (page.status === 200 && notModified(req, [etagOf(fingerprint), etagOf(`${fingerprint}-gz`)])) {
    res.statusCode = 304
    res.removeHeader('Content-Length')
    res.end()
    return true
  }
  res.statusCode = page.status
  res.setHeader('Content-Length', page.body.length)
  res.end(req.method === 'HEAD' ? undefined : page.body)
  return true
}

/**
 * The admin speaks Vietnamese unless its user chose another language (Payload's account screen
 * keeps the choice in the `payload-lng` cookie): a civil servant's browser set to English no
 * longer turns the admin English. Payload reads the cookie first, then Accept-Language.
 */
function vietnameseUnlessChosen(req: http.IncomingMessage): void {
  if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'vi'
}

function adminSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
  res.setHeader('Content-Security-Policy', "frame-ancestors 'self'; base-uri 'self'; object-src 'none'")
}

/**
 * Starts one HTTP server for both the public site (Astro, middleware mode) and the admin
 * (Payload on Next), so they share one origin, one process and one Payload instance.
 */
export async function startPortalServer(options: { host: string; port: number }): Promise<PortalServer> {
  const nextApp = next({ dev: false, dir: fromRoot('cms'), hostname: options.host, port: options.port, customServer: true, quiet: true })
  await nextApp.prepare()
  const nextHandle = nextApp.getRequestHandler()
  const entry = pathToFileURL(path.join(siteDistDir(), 'server', 'entry.mjs')).href
  const { handler: astroHandler } = (await import(entry)) as { handler: AstroHandler }
  const serveStatic = createStaticHandler(path.join(siteDistDir(), 'client'))
  const gzip = compression({ threshold: 1024 })
  const compress = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => gzip(req as never, res as never, next)

  const renderNotFound = (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.url = '/404'
    void astroHandler(req, res, () => {
      res.statusCode = 404
      res.end('404')
    })
  }

  const server = http.createServer({ maxHeaderSize: HEADER_LIMIT }, (req, res) => {
    transportSecurity(res)
    if (refuseLongUrl(req, res)) return
    const pathname = (req.url ?? '/').split('?')[0] ?? '/'
    const admin = isAdminPath(pathname)
    // Every body is counted as it arrives (declared or chunked) and refused past its limit.
    if (!limitBody(req, res, bodyLimitFor(pathname, admin))) return
    if (admin) {
      adminSecurityHeaders(res)
      if (refuseCrossOriginWrite(req, res)) return
      stampClientAddress(req)
      vietnameseUnlessChosen(req)
      void nextHandle(req, res)
      return
    }
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    if (serveStatic(req, res, pathname)) return
    if (isUnsubscribePost(req, pathname)) return void serveUnsubscribePost(req, res)
    // Rendered pages, feeds and API answers go out gzip-compressed to readers that accept it
    // (compression, the Express middleware: a draft page with its comments is a fifth of the bytes).
    const render = () => compress(req, res, () => void astroHandler(req, res, () => renderNotFound(req, res)))
    if (storedPageWanted(req, pathname)) void serveStoredPage(req, res, pathname).then((served) => served || render(), render)
    else render()
  })
  server.on('clientError', answerClientError)
  // Slow or stuck clients must not hold sockets forever.
  server.requestTimeout = 30_000
  server.headersTimeout = 20_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host
  return {
    server,
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${options.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
