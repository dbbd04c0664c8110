import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import {
  contentDisposition,
  corsHeaders,
  csvResponse,
  errorResponse,
  etagOf,
  paramErrorResponse,
  preflightResponse,
  rateLimitHeaders,
  respond,
  tooManyRequests,
  wantsCsv,
  withCaching,
} from '../../../site/lib/api/http'
import { toCsv } from '../../../cms/lib/csv'

const URL_JSON = new URL('https://x.gov.vn/api/v1/documents')
const get = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request(URL_JSON, { method, headers })

describe('withCaching', () => {
  const body = '{"data":[]}'
  const lastModified = new Date('2025-03-01T10:00:00.500Z')

  it('sets a strong ETag (SHA-1 of the body) and Cache-Control', () => {
    const result = withCaching(get(), body, lastModified)
    expect(result.notModified).toBeNull()
    expect(result.etag).toMatch(/^"[0-9a-f]{40}"$/)
    expect(result.etag).toBe(etagOf(body))
    expect(etagOf(body + ' ')).not.toBe(result.etag)
    expect(result.headers['Cache-Control']).toBe('public, max-age=60')
    expect(result.headers['Last-Modified']).toBe('Sat, 01 Mar 2025 10:00:00 GMT')
  })

  it('answers 304 when If-None-Match matches (also weak form and lists)', () => {
    const etag = etagOf(body)
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const result = withCaching(get({ 'If-None-Match': inm }), body, lastModified)
      expect(result.notModified?.status, inm).toBe(304)
      expect(result.notModified?.headers.get('ETag')).toBe(etag)
    }
  })

  it('answers 200 when If-None-Match differs, even if If-Modified-Since is recent', () => {
    const result = withCaching(
      get({ 'If-None-Match': '"stale"', 'If-Modified-Since': 'Sun, 02 Mar 2025 00:00:00 GMT' }),
      body,
      lastModified,
    )
    expect(result.notModified).toBeNull()
  })

  it('answers 304 when If-Modified-Since is at or after Last-Modified (second precision)', () => {
    const same = withCaching(get({ 'If-Modified-Since': 'Sat, 01 Mar 2025 10:00:00 GMT' }), body, lastModified)
    expect(same.notModified?.status).toBe(304)
    const before = withCaching(get({ 'If-Modified-Since': 'Sat, 01 Mar 2025 09:59:59 GMT' }), body, lastModified)
    expect(before.notModified).toBeNull()
    const noDate = withCaching(get({ 'If-Modified-Since': 'Sat, 01 Mar 2025 10:00:00 GMT' }), body)
    expect(noDate.notModified).toBeNull()
    const garbage = withCaching(get({ 'If-Modified-Since': 'yesterday' }), body, lastModified)
    expect(garbage.notModified).toBeNull()
  })
})

describe('respond', () => {
  const json = { data: [{ id: '1', summary: 'Về việc, "trích yếu"' }], next: null, limit: 20 }
  const csv = { rows: json.data, columns: [{ key: 'id', header: 'id' }, { key: 'summary', header: 'summary' }], filename: 'van-ban.csv' }

  it('serves JSON with CORS, ETag, Vary and the caller headers', async () => {
    const res = respond(get(), URL_JSON, { json, csv, headers: rateLimitHeaders({ allowed: true, limit: 60, remaining: 59, resetAt: 1_700_000_000_000, retryAfterSeconds: 0 }) })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Vary')).toBe('Accept')
    expect(res.headers.get('X-RateLimit-Remaining')).toBe('59')
    expect(JSON.parse(await res.text())).toEqual(json)
  })

  it('serves CSV on .csv, format=csv or Accept: text/csv, with a different ETag', async () => {
    const jsonRes = respond(get(), URL_JSON, { json, csv })
    const byAccept = respond(get({ Accept: 'text/csv' }), URL_JSON, { json, csv })
    expect(byAccept.headers.get('Content-Type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(byAccept.headers.get('ETag')).not.toBe(jsonRes.headers.get('ETag'))
    const bySuffix = respond(get(), new URL('https://x.gov.vn/api/v1/documents.csv'), { json, csv })
    expect(bySuffix.headers.get('Content-Disposition')).toContain("filename*=UTF-8''van-ban.csv")
    const text = await bySuffix.text()
    expect(parse(text, { bom: true, columns: true })).toEqual([{ id: '1', summary: 'Về việc, "trích yếu"' }])
  })

  it('answers 304 to a matching If-None-Match, keeping CORS and Link', () => {
    const first = respond(get(), URL_JSON, { json, next: 'https://x.gov.vn/api/v1/documents?cursor=abc' })
    const again = respond(get({ 'If-None-Match': first.headers.get('ETag') as string }), URL_JSON, {
      json,
      next: 'https://x.gov.vn/api/v1/documents?cursor=abc',
    })
    expect(again.status).toBe(304)
    expect(again.body).toBeNull()
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(again.headers.get('Link')).toBe('<https://x.gov.vn/api/v1/documents?cursor=abc>; rel="next"')
  })

  it('sends no body to HEAD', async () => {
    const res = respond(get({}, 'HEAD'), URL_JSON, { json })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    expect(res.headers.get('ETag')).toBe(respond(get(), URL_JSON, { json }).headers.get('ETag'))
  })
})

describe('CSV', () => {
  const columns = [
    { key: 'numberSymbol', header: 'numberSymbol' },
    { key: 'summary', header: 'summary' },
    { key: 'fields.name', header: 'fields' },
    { key: 'signer.name', header: 'signer' },
    { key: 'count', header: 'count' },
  ]
  const rows = [
    {
      numberSymbol: '43/2011/NĐ-CP',
      summary: 'Quy định về việc cung cấp thông tin, dịch vụ công trực tuyến; "cổng thông tin", trang thông tin điện tử\ndòng hai',
      fields: [{ name: 'Công nghệ thông tin' }, { name: 'Hành chính' }],
      signer: { name: 'Nguyễn Tấn Dũng' },
      count: 3,
    },
    { numberSymbol: '15/CT-TTg', summary: 'Chỉ thị, có dấu phẩy', fields: [], signer: null, count: 0 },
  ]

  it('starts with a UTF-8 BOM and parses back with csv-parse', () => {
    const text = toCsv(rows, columns)
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text).toContain('\r\n')
    const parsed = parse(text, { bom: true, columns: true }) as Record<string, string>[]
    expect(parsed).toEqual([
      {
        numberSymbol: '43/2011/NĐ-CP',
        summary: rows[0].summary,
        fields: 'Công nghệ thông tin; Hành chính',
        signer: 'Nguyễn Tấn Dũng',
        count: '3',
      },
      { numberSymbol: '15/CT-TTg', summary: 'Chỉ thị, có dấu phẩy', fields: '', signer: '', count: '0' },
    ])
  })

  it('neutralises every text cell that starts like a formula, phone numbers included (Excel would read "+84 24 …" as a broken formula); numbers stay numbers', () => {
    const text = toCsv(
      [{ a: '=HYPERLINK("http://evil")', b: '+84 24 3823 4567', c: '-5', d: '@SUM(A1)', e: '- gạch đầu dòng', f: -5 }],
      ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => ({ key: k, header: k })),
    )
    const [row] = parse(text, { bom: true, columns: true }) as Record<string, string>[]
    expect(row).toEqual({ a: `'=HYPERLINK("http://evil")`, b: "'+84 24 3823 4567", c: "'-5", d: "'@SUM(A1)", e: "'- gạch đầu dòng", f: '-5' })
  })

  it('is served as an attachment with an RFC 6266 file name', async () => {
    const res = csvResponse(rows, columns, 'văn bản.csv')
    expect(res.headers.get('Content-Disposition')).toBe(
      `attachment; filename="van ban.csv"; filename*=UTF-8''v%C4%83n%20b%E1%BA%A3n.csv`,
    )
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(contentDisposition("a'b(1).csv")).toContain("filename*=UTF-8''a%27b%281%29.csv")
  })
})

describe('wantsCsv', () => {
  const url = new URL('https://x.gov.vn/api/v1/documents')
  it.each([
    [{}, url, false],
    [{ Accept: 'text/csv' }, url, true],
    [{ Accept: 'text/csv;q=0.9, application/json' }, url, false],
    [{ Accept: 'application/json;q=0.5, text/csv' }, url, true],
    [{ Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }, url, false],
    [{ Accept: 'text/*' }, url, true],
    [{}, new URL('https://x.gov.vn/api/v1/documents.csv'), true],
    [{}, new URL('https://x.gov.vn/api/v1/documents?format=csv'), true],
    [{ Accept: 'text/csv' }, new URL('https://x.gov.vn/api/v1/documents?format=json'), false],
  ])('%o %s → %s', (headers, u, expected) => {
    expect(wantsCsv(new Request(u, { headers }), u)).toBe(expected)
  })
})

describe('errors, CORS and rate limits', () => {
  it('names the parameter in the 400 body, with the Vietnamese message', async () => {
    const res = paramErrorResponse({ code: 'invalid_parameter', message: 'm', messageVi: 'v', parameter: 'limit' })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'invalid_parameter', message: 'm', messageVi: 'v', parameter: 'limit' } })
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })

  it('omits absent optional error fields', async () => {
    expect(await errorResponse(404, 'not_found', 'Not found.').json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } })
  })

  it('allows GET from any origin and exposes rate-limit headers and ETag', () => {
    const cors = corsHeaders()
    expect(cors['Access-Control-Allow-Origin']).toBe('*')
    expect(cors['Access-Control-Allow-Methods']).toBe('GET, HEAD, POST, OPTIONS')
    for (const h of ['ETag', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After', 'Link']) {
      expect(cors['Access-Control-Expose-Headers']).toContain(h)
    }
    expect(preflightResponse().status).toBe(204)
  })

  it('answers 429 with Retry-After and rate-limit headers', async () => {
    const now = 1_700_000_000_000
    const res = tooManyRequests({ allowed: false, limit: 60, remaining: 0, resetAt: now + 12_300, retryAfterSeconds: 13 })
    expect(res.status).toBe(429)
    expect(res.headers.get('Retry-After')).toBe('13')
    expect(res.headers.get('X-RateLimit-Limit')).toBe('60')
    expect(res.headers.get('X-RateLimit-Remaining')).toBe('0')
    expect(res.headers.get('X-RateLimit-Reset')).toBe(String(Math.ceil((now + 12_300) / 1000)))
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect((await res.json()).error).toMatchObject({ code: 'rate_limited', messageVi: 'Quá nhiều yêu cầu; vui lòng thử lại sau 13 giây.' })
  })
})
