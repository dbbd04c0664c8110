import http from 'node:http'
import type { Socket } from 'node:net'

import { CLIENT_IP_HEADER } from '../cms/auth/throttle'
import { isTrustedOrigin, publicIsHttps } from '../cms/lib/public-url'

/** Longest request URL served; longer ones get 414 (a 100 KB query is never a real reader's). */
export const URL_LIMIT = 8 * 1024
/** Largest request line plus headers Node parses (beyond: 431, or 414 when the URL alone is too long). */
export const HEADER_LIMIT = 32 * 1024
/** Body limits: public forms (a comment with its 10 MB attachment), Payload's API and admin (a code's full text), uploads. */
export const PUBLIC_BODY_LIMIT = 12 * 1024 * 1024
export const ADMIN_BODY_LIMIT = 16 * 1024 * 1024
export const UPLOAD_BODY_LIMIT = 64 * 1024 * 1024

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`

/** Returns the body limit for a request path (admin paths, uploads, the public site). */
export function bodyLimitFor(pathname: string, admin: boolean): number {
  if (pathname === '/api/media' || pathname.startsWith('/api/media/')) return UPLOAD_BODY_LIMIT
  // Check a copy: the page reads up to 20 MB and drains the rest, so an over-size file gets the
  // page with its error (and the form) rather than a cut connection.
  if (pathname === '/kiem-tra-van-ban' || pathname === '/api/v1/check') return UPLOAD_BODY_LIMIT
  // The comment form: an attachment over 10 MB is read to its end and dropped, and the form comes
  // back with what the person typed (site/lib/drafts/form-body.ts), not a cut connection.
  if (/^\/du-thao\/[^/]+\/?$/.test(pathname)) return UPLOAD_BODY_LIMIT
  // The question form, the same way.
  if (/^\/hoi-dap\/gui-cau-hoi\/?$/.test(pathname)) return UPLOAD_BODY_LIMIT
  return admin ? ADMIN_BODY_LIMIT : PUBLIC_BODY_LIMIT
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close', 'Content-Length': Buffer.byteLength(text) })
  res.end(text)
}

/**
 * Counts a request body as it arrives (declared length or chunked) and answers 413 as soon as it
 * passes the limit, without reading the rest: the handler never sees more than `limit` bytes.
 * Returns false when the request was already refused by its declared length.
 */
export function limitBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number): boolean {
  const message = `Dữ liệu gửi lên quá lớn (tối đa ${MB(limit)}).`
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    plain(res, 413, message)
    req.resume()
    res.once('finish', () => req.socket.destroy())
    return false
  }
  let seen = 0
  let refused = false
  const push = req.push.bind(req)
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (refused) return false
    if (chunk) seen += (chunk as Buffer).length
    if (seen > limit) {
      refused = true
      plain(res, 413, message)
      res.once('finish', () => req.socket.destroy())
      // The handler reading the body sees it end here, short, and its answer is discarded.
      return push(null)
    }
    return push(chunk as Buffer, encoding)
  }
  return true
}

/** Returns the caller's address: the socket's, or with TRUST_PROXY=1 the proxy's last X-Forwarded-For entry. */
export function clientAddress(req: http.IncomingMessage): string {
  if (process.env.TRUST_PROXY === '1') {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    if (forwarded.length) return forwarded[forwarded.length - 1]!
  }
  return req.socket.remoteAddress ?? 'unknown'
}

/** Replaces any client-sent copy of the address header with the real address (sign-in throttling reads it). */
export function stampClientAddress(req: http.IncomingMessage): void {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req)
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Refuses a cookie-authenticated write to the admin or Payload's API from another origin (CSRF),
 * whatever the content type. Returns true when it answered.
 */
export function refuseCrossOriginWrite(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!UNSAFE.has(req.method ?? '') || !String(req.headers.cookie ?? '').includes('payload-token')) return false
  const origin = req.headers.origin
  const crossSite = origin ? !isTrustedOrigin(origin) : req.headers['sec-fetch-site'] === 'cross-site'
  if (!crossSite) return false
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.writeHead(403)
  res.end(JSON.stringify({ errors: [{ message: 'Yêu cầu thay đổi dữ liệu từ trang web khác bị từ chối (CSRF).' }] }))
  req.resume()
  return true
}

/** Strict-Transport-Security when readers reach the portal over https. */
export function transportSecurity(res: http.ServerResponse): void {
  if (publicIsHttps()) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
}

/** Answers a request Node could not parse with a status and a short Vietnamese reason instead of a reset. */
export function answerClientError(err: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void {
  if (!socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) {
    socket.destroy()
    return
  }
  let status = 400
  let text = 'Yêu cầu không hợp lệ.'
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    const raw = err.rawPacket?.toString('latin1') ?? ''
    const lineEnd = raw.indexOf('\r\n')
    if (lineEnd === -1 || lineEnd > URL_LIMIT) {
      status = 414
      text = 'Địa chỉ (URL) quá dài.'
    } else {
      status = 431
      text = 'Phần đầu (header) của yêu cầu quá lớn.'
    }
  } else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408
    text = 'Hết thời gian chờ yêu cầu.'
  }
  const body = Buffer.from(text)
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${text}`)
}

/** Answers 414 for a parsed request whose URL is longer than URL_LIMIT. Returns true when it answered. */
export function refuseLongUrl(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if ((req.url ?? '').length <= URL_LIMIT) return false
  plain(res, 414, 'Địa chỉ (URL) quá dài.')
  req.resume()
  return true
}
