/**
 * HTTP plumbing of the public API on standard `Request`/`Response`: JSON and CSV bodies,
 * conditional requests (ETag / Last-Modified → 304), CORS for read-only use from any site,
 * rate-limit headers and the error shape every endpoint shares.
 */
import { createHash } from 'node:crypto'

import fresh from 'fresh'
import Negotiator from 'negotiator'

import { rateLimitHeaders, type RateLimitResult } from '../../../cms/consultation/comments/rate-limit'
import { type CsvColumn, toCsv } from '../../../cms/lib/csv'

import type { ParamError } from './define'

/** The X-RateLimit-* headers (and Retry-After when refused) are the portal's one way of telling a limit. */
export { rateLimitHeaders }

/** Headers the browser may read from a cross-origin answer. */
const EXPOSED_HEADERS = ['ETag', 'Last-Modified', 'Link', 'Content-Disposition', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' }
const csvType = (filename: string) => ({ 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': contentDisposition(filename) })

type HeaderRecord = Record<string, string>

/** Returns the CORS headers of a public read-only API: any origin, GET/HEAD/OPTIONS, no credentials. */
export function corsHeaders(): HeaderRecord {
  return {
    'Access-Control-Allow-Origin': '*',
    // POST only for /check (a file in, a verdict out); nothing in the API writes.
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Accept, Content-Type, If-None-Match, If-Modified-Since',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    'Access-Control-Max-Age': '86400',
  }
}

/** Returns a response with the CORS headers and the given ones (a later source wins). */
function reply(body: BodyInit | null, status: number, ...sources: (HeadersInit | undefined)[]): Response {
  const headers = new Headers(corsHeaders())
  for (const source of sources) new Headers(source).forEach((value, key) => headers.set(key, value))
  return new Response(body, { status, headers })
}

/** Returns the 204 answer to a CORS preflight (OPTIONS). */
export function preflightResponse(): Response {
  return reply(null, 204)
}

/** Returns a JSON response with CORS headers; a string body is sent as is (already serialised JSON). */
export function jsonResponse(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  return reply(typeof body === 'string' ? body : JSON.stringify(body), init.status ?? 200, JSON_TYPE, init.headers)
}

/**
 * Returns the JSON error answer `{ error: { code, message, messageVi?, parameter? } }`, not
 * cacheable, with CORS headers.
 */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  parameter?: string,
  extra: { messageVi?: string; headers?: HeadersInit } = {},
): Response {
  const error: Record<string, string> = { code, message }
  if (extra.messageVi) error.messageVi = extra.messageVi
  if (parameter) error.parameter = parameter
  return reply(JSON.stringify({ error }), status, JSON_TYPE, { 'Cache-Control': 'no-store' }, extra.headers)
}

/** Returns the 400 answer for a parseParams failure. */
export function paramErrorResponse(error: ParamError, headers?: HeadersInit): Response {
  return errorResponse(400, error.code, error.message, error.parameter, { messageVi: error.messageVi, headers })
}

/** Returns the 404 answer for an unknown item or path. */
export function notFoundResponse(headers?: HeadersInit): Response {
  return errorResponse(404, 'not_found', 'Not found.', undefined, { messageVi: 'Không tìm thấy.', headers })
}

/** Returns the 429 answer of a refused request: `Retry-After` (seconds, at least 1) and the rate-limit headers. */
export function tooManyRequests(result: RateLimitResult): Response {
  const wait = result.retryAfterSeconds
  return errorResponse(429, 'rate_limited', `Too many requests; retry after ${wait} seconds.`, undefined, {
    messageVi: `Quá nhiều yêu cầu; vui lòng thử lại sau ${wait} giây.`,
    headers: rateLimitHeaders(result),
  })
}

/** Returns whether CSV was asked for: path ends in `.csv`, `format=csv`, or Accept prefers text/csv over JSON (JSON on a tie). */
export function wantsCsv(request: Request, url: URL): boolean {
  if (url.pathname.toLowerCase().endsWith('.csv')) return true
  const format = url.searchParams.get('format')
  if (format === 'csv' || format === 'json') return format === 'csv'
  const accept = request.headers.get('accept')
  return Boolean(accept) && new Negotiator({ headers: { accept: accept! } }).mediaType(['application/json', 'text/csv']) === 'text/csv'
}

/** Returns the `Content-Disposition` of a download: ASCII fallback name plus RFC 6266 `filename*`. */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_')
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** Returns a CSV download response (see toCsv) with CORS headers. */
export function csvResponse(rows: readonly unknown[], columns: readonly CsvColumn[], filename: string, init: { status?: number; headers?: HeadersInit } = {}): Response {
  return reply(toCsv(rows, columns), init.status ?? 200, csvType(filename), init.headers)
}

/** Returns the strong ETag of a body: the quoted SHA-1 of its UTF-8 bytes. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body, 'utf8').digest('hex')}"`
}

/** What withCaching decided: the validator headers to send, and the 304 answer when the client copy is fresh. */
export interface CachingResult {
  etag: string
  headers: HeaderRecord
  notModified: Response | null
}

/**
 * Returns the caching headers of a body (strong ETag, Last-Modified, `Cache-Control: public,
 * max-age=60`) and a ready 304 when `If-None-Match` matches or, without If-None-Match,
 * `If-Modified-Since` is at or after `lastModified` (compared to the second, as HTTP dates are).
 */
export function withCaching(request: Request, body: string, lastModified?: Date | null): CachingResult {
  const etag = etagOf(body)
  const headers: HeaderRecord = { ETag: etag, 'Cache-Control': 'public, max-age=60' }
  if (lastModified && !Number.isNaN(lastModified.getTime())) headers['Last-Modified'] = lastModified.toUTCString()
  // `fresh` (jshttp, as Express uses): If-None-Match with the weak comparison of RFC 9110 §13.1.2,
  // else If-Modified-Since against Last-Modified; a request's `Cache-Control: no-cache` is never fresh.
  const conditional = ['GET', 'HEAD'].includes(request.method.toUpperCase())
  const isFresh = conditional && fresh(Object.fromEntries(request.headers), { etag, 'last-modified': headers['Last-Modified'] })
  return { etag, headers, notModified: isFresh ? reply(null, 304, headers) : null }
}

/** What a handler hands to respond(): the JSON body and, for lists, the CSV rendering of its rows. */
export interface RespondOptions {
  json: unknown
  csv?: { rows: readonly unknown[]; columns: readonly CsvColumn[]; filename: string } | null
  lastModified?: Date | null
  /** URL of the next page, also sent as `Link: <…>; rel="next"` (the only way to page through CSV). */
  next?: string | null
  headers?: HeadersInit
}

/**
 * Returns the 200 answer in the representation asked for (JSON, or CSV when offered and
 * wanted), with ETag/Last-Modified, 304 when fresh, CORS, `Vary: Accept`, a `Link` to the next
 * page and the caller's headers (e.g. rateLimitHeaders); HEAD gets the headers only.
 */
export function respond(request: Request, url: URL, options: RespondOptions): Response {
  const csv = options.csv && wantsCsv(request, url) ? options.csv : null
  const body = csv ? toCsv(csv.rows, csv.columns) : JSON.stringify(options.json)
  const caching = withCaching(request, body, options.lastModified)
  const extra: HeaderRecord = {}
  if (options.csv) extra.Vary = 'Accept'
  if (options.next) extra.Link = `<${options.next}>; rel="next"`
  if (caching.notModified) return reply(null, 304, caching.headers, extra, options.headers)
  const type = csv ? csvType(csv.filename) : JSON_TYPE
  return reply(request.method.toUpperCase() === 'HEAD' ? null : body, 200, type, caching.headers, extra, options.headers)
}
