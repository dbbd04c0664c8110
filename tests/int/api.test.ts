import { Validator } from '@seriousme/openapi-schema-validator'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { handleApiRequest } from '../../site/lib/api/dispatch'
import { API_ENDPOINTS } from '../../site/lib/api/endpoints'
import { apiDescription } from '../../site/lib/api/openapi'
import { publishDoc } from '../helpers/documents'
import { createResponseValidator, validateOpenApiDocument } from '../helpers/openapi'
import { askQuestion, createPrivacyFixture, leakedSecrets, publishMany, type PrivacyFixture } from '../helpers/opendata'
import { SECTION_APIS } from '../../site/lib/api/sections'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'

const ORIGIN = 'http://cong.test'
let t: TestPayload
let fixture: PrivacyFixture
let agencySlug: string
const validator = createResponseValidator(apiDescription(ORIGIN))
/** Every body the API gave in this file, checked for leaks at the end. */
const answers: string[] = []

beforeAll(async () => {
  // Absolute links come from configuration (PUBLIC_HOST), never from the request.
  process.env.PUBLIC_HOST = ORIGIN
  t = await createTestPayload()
  runtime().payload = t.payload
  process.env.API_RATE_LIMIT = '100000'
  await seed(t.payload, { log: () => undefined })
  await publishMany(t.payload, 23)
  fixture = await createPrivacyFixture(t.payload)
  const agencies = await t.payload.find({ collection: 'agencies', limit: 1, draft: false, overrideAccess: false })
  agencySlug = agencies.docs[0]!.slug!
  await askQuestion(t.payload, 'Thời hạn trả kết quả hồ sơ trực tuyến')
  // Each section's first item, as its own list gives it.
  for (const { list, item } of SECTION_APIS) {
    sectionUrls[list.id] = `/api/v1${list.path}`
    const first = ((await json(sectionUrls[list.id]!)).body.data as { slug: string }[])[0]
    if (first) sectionUrls[item.id] = `/api/v1${list.path}/${first.slug}`
  }
})
const sectionUrls: Record<string, string> = {}
afterAll(async () => {
  delete process.env.PUBLIC_HOST
  runtime().payload = undefined
  delete process.env.API_RATE_LIMIT
  await t?.cleanup()
})

async function api(path: string, headers: Record<string, string> = {}, ip = '10.0.0.1'): Promise<Response> {
  const res = await handleApiRequest(new Request(`${ORIGIN}${path}`, { headers }), ip)
  answers.push(await res.clone().text())
  return res
}

async function json(path: string): Promise<{ status: number; body: Record<string, unknown>; res: Response }> {
  const res = await api(path)
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, res }
}

/** A concrete URL for each documented endpoint. */
function exampleUrl(id: string): string {
  const urls: Record<string, string> = {
    listDocuments: '/api/v1/documents',
    getDocument: `/api/v1/documents/${encodeURIComponent('01/QĐ-MAU')}`,
    getProvision: `/api/v1/documents/${encodeURIComponent('15/CT-TTg')}/provisions/dieu-1`,
    listDrafts: '/api/v1/drafts',
    getDraft: `/api/v1/drafts/${fixture.draft.slug}`,
    listDraftComments: `/api/v1/drafts/${fixture.draft.slug}/comments`,
    listAgencies: '/api/v1/agencies',
    getAgency: `/api/v1/agencies/${agencySlug}`,
    search: `/api/v1/search?q=${encodeURIComponent('thông tin')}`,
  }
  const url = urls[id] ?? sectionUrls[id]
  if (!url) throw new Error(`no example for ${id}`)
  return url
}

describe('the OpenAPI description', () => {
  it('is served at /api/v1/openapi.json and passes the official OpenAPI 3.1 schema', async () => {
    const { status, body } = await json('/api/v1/openapi.json')
    expect(status).toBe(200)
    const result = await new Validator().validate(body as Parameters<Validator['validate']>[0])
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validateOpenApiDocument(body).errors).toEqual([])
    expect((body.servers as { url: string }[])[0]!.url).toBe(`${ORIGIN}/api/v1`)
  })

  it('answers at /api/v1 itself with what it offers and where its description is', async () => {
    const { status, body } = await json('/api/v1')
    expect(status).toBe(200)
    expect(body).toMatchObject({ openapi: `${ORIGIN}/api/v1/openapi.json`, docs: `${ORIGIN}/api/v1/docs` })
    const resources = body.resources as { id: string; method: string; url: string | null }[]
    expect(resources.map((r) => r.id).sort()).toEqual([...API_ENDPOINTS.map((e) => e.id), 'checkCopy'].sort())
    expect(resources.find((r) => r.id === 'listDocuments')!.url).toBe(`${ORIGIN}/api/v1/documents`)
    expect((await json('/api/v1/')).status).toBe(200)
    expect((await json('/api/v1?x=1')).status).toBe(400)
  })

  it('documents every endpoint the dispatcher answers, and only those', async () => {
    const paths = Object.keys(((await json('/api/v1/openapi.json')).body.paths ?? {}) as object)
    // The GET endpoints, and POST /check (check a copy).
    expect(paths.sort()).toEqual([...API_ENDPOINTS.map((e) => e.path), '/check'].sort())
  })
})

describe('every documented endpoint answers what the description says', () => {
  for (const endpoint of API_ENDPOINTS) {
    it(`${endpoint.id}: JSON valid against its schema${endpoint.list ? ', CSV with BOM and the declared columns' : ''}`, async () => {
      const url = exampleUrl(endpoint.id)
      const { status, body, res } = await json(url)
      expect(status, JSON.stringify(body)).toBe(200)
      const check = validator.validate(endpoint.id, body)
      expect(check.errors).toEqual([])
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/)
      expect(res.headers.get('x-ratelimit-limit')).toBe('100000')
      if (!endpoint.list) return
      const rows = endpoint.csv!.rows === 'results' ? (body.results as unknown[]) : (body.data as unknown[])
      expect(rows.length).toBeGreaterThan(0)
      const csvRes = await api(url.replace(/(\?|$)/, '.csv$1'))
      expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
      const bytes = new Uint8Array(await csvRes.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      const records = parse(text, { bom: true, columns: true }) as Record<string, string>[]
      expect(Object.keys(records[0]!)).toEqual(endpoint.csv!.columns.map((c) => c.header))
      expect(records).toHaveLength(rows.length)
    })
  }
})

describe('documents', () => {
  it('pages through every published document with next links: no repeats, none missed, stable order', async () => {
    const published = await t.payload.count({ collection: 'legal-documents', where: { workflowState: { equals: 'published' } }, overrideAccess: true })
    const seen: { id: string; issuedAt: string }[] = []
    let next: string | null = `${ORIGIN}/api/v1/documents?limit=7`
    let pages = 0
    while (next) {
      const { status, body } = await json(next.slice(ORIGIN.length))
      expect(status).toBe(200)
      expect(body.limit).toBe(7)
      seen.push(...(body.data as { id: string; issuedAt: string }[]))
      next = body.next as string | null
      pages++
    }
    expect(pages).toBe(Math.ceil(published.totalDocs / 7))
    expect(new Set(seen.map((d) => d.id)).size).toBe(published.totalDocs)
    const dates = seen.map((d) => d.issuedAt)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('filters like the list page and finds a document by any spelling of its number-symbol', async () => {
    const { body } = await json('/api/v1/documents?year=2023&limit=100')
    expect((body.data as unknown[]).length).toBe(23)
    // The seed's sample decision: published with its signed original file, no pasted text.
    const byNumber = await json(`/api/v1/documents/${encodeURIComponent('01/QD-MAU')}`)
    expect(byNumber.body.numberSymbol).toBe('01/QĐ-MAU')
    const slashes = await json('/api/v1/documents/01/qđ-mau')
    expect(slashes.body.id).toBe(byNumber.body.id)
    const byId = await json(`/api/v1/documents/${byNumber.body.id}`)
    expect(byId.body.numberSymbol).toBe('01/QĐ-MAU')
    expect(byId.body.issuedAt).toBe('2026-11-30')
    expect(byId.body.url).toBe(`${ORIGIN}/van-ban/2026/01-qd-mau`)
    expect((byId.body.files as { mimeType: string }[])[0]).toMatchObject({ mimeType: 'application/pdf' })
    // Seeded without its text or file, 43/2011/NĐ-CP is a draft: not in the API.
    expect((await json(`/api/v1/documents/${encodeURIComponent('43/2011/NĐ-CP')}`)).status).toBe(404)
  })

  it('shows relations from both sides', async () => {
    const old = await publishDoc(t.payload, { numberSymbol: '50/2019/NĐ-CP', issuedAt: '2019-02-01T00:00:00+07:00', effectiveAt: '2019-03-01T00:00:00+07:00' })
    const newer = await publishDoc(t.payload, { numberSymbol: '51/2022/NĐ-CP', issuedAt: '2022-02-01T00:00:00+07:00', effectiveAt: '2022-03-01T00:00:00+07:00', relations: [{ type: 'replaces', target: old.id }] })
    const a = (await json(`/api/v1/documents/${old.id}`)).body
    const b = (await json(`/api/v1/documents/${newer.id}`)).body
    const incoming = (a.relations as { incoming: { type: string; document: { numberSymbol: string } }[] }).incoming
    const outgoing = (b.relations as { outgoing: { type: string; document: { numberSymbol: string } }[] }).outgoing
    expect(incoming).toEqual([expect.objectContaining({ type: 'replaces', document: expect.objectContaining({ numberSymbol: '51/2022/NĐ-CP' }) })])
    expect(outgoing).toEqual([expect.objectContaining({ type: 'replaces', document: expect.objectContaining({ numberSymbol: '50/2019/NĐ-CP' }) })])
    expect(a.validity).toBe('outOfForce')
    expect(validator.validate('getDocument', a).errors).toEqual([])
  })

  it('updatedSince returns only documents changed since then', async () => {
    expect(((await json('/api/v1/documents?updatedSince=2100-01-01T00:00:00%2B07:00')).body.data as unknown[]).length).toBe(0)
    const since = new Date(Date.now() - 3600_000).toISOString()
    expect(((await json(`/api/v1/documents?updatedSince=${since}&limit=100`)).body.data as unknown[]).length).toBeGreaterThan(20)
  })

  it('answers 404 with a JSON error for an unknown document', async () => {
    const { status, body } = await json('/api/v1/documents/999999')
    expect(status).toBe(404)
    expect(body).toEqual({ error: { code: 'not_found', message: 'Not found.', messageVi: 'Không tìm thấy.' } })
  })
})

describe('bad input answers 400 naming the parameter, never a 500', () => {
  const cases: [string, string][] = [
    ['/api/v1/documents?limit=0', 'limit'],
    ['/api/v1/documents?limit=101', 'limit'],
    ['/api/v1/documents?limit=abc', 'limit'],
    ['/api/v1/documents?cursor=not-a-cursor', 'cursor'],
    ['/api/v1/documents?isuer=3', 'isuer'],
    ['/api/v1/documents?issuedFrom=2024-02-30', 'issuedFrom'],
    ['/api/v1/documents?issuedFrom=2024-03-01&issuedTo=2024-02-01', 'issuedTo'],
    ['/api/v1/documents?updatedSince=yesterday', 'updatedSince'],
    ['/api/v1/documents?validity=valid', 'validity'],
    ['/api/v1/documents?sort=title', 'sort'],
    ['/api/v1/documents?year=1800', 'year'],
    ['/api/v1/drafts?state=closing', 'state'],
    ['/api/v1/drafts/Không-Hợp-Lệ', 'slug'],
    ['/api/v1/search', 'q'],
    ['/api/v1/openapi.json?x=1', 'x'],
  ]
  for (const [path, parameter] of cases) {
    it(`${path} → 400 (${parameter})`, async () => {
      const { status, body } = await json(path)
      expect(status).toBe(400)
      const error = body.error as { parameter: string; code: string; messageVi: string }
      expect(error.parameter).toBe(parameter)
      expect(error.messageVi).toContain(parameter)
      expect(validator.validate('listDocuments', body, 400).errors).toEqual([])
    })
  }

  it('a cursor from another list is refused by search', async () => {
    const { body } = await json('/api/v1/documents?limit=1')
    const cursor = new URL(body.next as string).searchParams.get('cursor')!
    const res = await json(`/api/v1/search?q=văn&cursor=${cursor}`)
    expect(res.status).toBe(400)
    expect((res.body.error as { parameter: string }).parameter).toBe('cursor')
  })
})

describe('search', () => {
  it('pages through every result with next links, without a cap on depth', async () => {
    const expected = (await t.payload.find({ collection: 'legal-documents', where: { summary: { like: 'thử phân trang' } }, pagination: false, overrideAccess: true })).docs.map((d) => `document:${d.id}`)
    expect(expected).toHaveLength(23)
    const seen: string[] = []
    let next: string | null = `${ORIGIN}/api/v1/search?q=${encodeURIComponent('thử phân trang')}&limit=10`
    while (next) {
      const { status, body } = await json(next.slice(ORIGIN.length))
      expect(status).toBe(200)
      expect(validator.validate('search', body).errors).toEqual([])
      seen.push(...(body.results as { kind: string; id: string }[]).map((r) => `${r.kind}:${r.id}`))
      next = body.next as string | null
    }
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toEqual(expect.arrayContaining(expected))
  })
})

describe('drafts and comments', () => {
  it('lists the published draft with its state and comment count; the unpublished one is absent', async () => {
    const { body } = await json('/api/v1/drafts?state=open&limit=100')
    const draft = (body.data as { slug: string; state: string; commentCount: number }[]).find((d) => d.slug === fixture.draft.slug)
    expect(draft).toMatchObject({ state: 'open', commentCount: 2 })
  })

  it('gives published comments with names only where allowed, and the hidden one as a stub; pending is absent', async () => {
    const { body } = await json(`/api/v1/drafts/${fixture.draft.slug}/comments`)
    const data = body.data as Record<string, unknown>[]
    expect(data.map((c) => c.id).sort()).toEqual([fixture.publishedNamed.id, fixture.publishedAnonymous.id, fixture.hidden.id].map(String).sort())
    const byId = new Map(data.map((c) => [c.id, c]))
    expect(byId.get(String(fixture.publishedNamed.id))).toMatchObject({
      name: fixture.publishedNamed.name,
      body: fixture.publishedNamed.body,
      stance: 'agree',
      submitterCategory: 'individual',
      response: { kind: 'accepted', text: 'Tiếp thu, bổ sung vào Điều 2.' },
    })
    expect(byId.get(String(fixture.publishedAnonymous.id))).toMatchObject({ name: null, organisation: null, submitterCategory: 'business', stance: 'partlyAgree' })
    expect(byId.get(String(fixture.hidden.id))).toMatchObject({ status: 'hidden', body: null, name: null, stance: null, hiddenReason: 'Ngôn từ không phù hợp' })
    expect(byId.get(String(fixture.hidden.id))!.hiddenAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/)
    for (const c of data) expect(Object.keys(c)).not.toEqual(expect.arrayContaining(['email']))
  })

  it('filters comments by stance and category', async () => {
    const { body } = await json(`/api/v1/drafts/${fixture.draft.slug}/comments?stance=partlyAgree`)
    expect((body.data as { id: string }[]).map((c) => c.id)).toEqual([String(fixture.publishedAnonymous.id)])
    const bad = await json(`/api/v1/drafts/${fixture.draft.slug}/comments?submitterCategory=citizen`)
    expect(bad.status).toBe(400)
  })
})

describe('HTTP behaviour', () => {
  it('answers 304 to If-None-Match and If-Modified-Since, 200 when stale', async () => {
    const first = await api('/api/v1/documents?limit=5')
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(lastModified).toMatch(/GMT$/)
    expect((await api('/api/v1/documents?limit=5', { 'If-None-Match': etag })).status).toBe(304)
    expect((await api('/api/v1/documents?limit=5', { 'If-Modified-Since': lastModified })).status).toBe(304)
    expect((await api('/api/v1/documents?limit=5', { 'If-None-Match': '"stale"' })).status).toBe(200)
  })

  it('serves CSV for Accept: text/csv and a Link to the next page', async () => {
    const res = await api('/api/v1/documents?limit=2', { Accept: 'text/csv' })
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('link')).toMatch(/^<http:\/\/cong\.test\/api\/v1\/documents\?.*cursor=.*>; rel="next"$/)
    const rows = parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(2)
    expect(rows[0]!.issuedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('answers a CORS preflight', async () => {
    const res = await handleApiRequest(new Request(`${ORIGIN}/api/v1/documents`, { method: 'OPTIONS' }), '10.0.0.1')
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it('refuses writes with 405', async () => {
    const res = await handleApiRequest(new Request(`${ORIGIN}/api/v1/documents`, { method: 'POST', body: '{}' }), '10.0.0.1')
    expect(res.status).toBe(405)
  })

  it('rate-limits per client with X-RateLimit-* headers, then 429 with Retry-After', async () => {
    process.env.API_RATE_LIMIT = '3'
    try {
      const statuses: number[] = []
      let last: Response | null = null
      for (let i = 0; i < 4; i++) {
        last = await api('/api/v1/agencies?limit=1', {}, '10.55.0.1')
        statuses.push(last.status)
      }
      expect(statuses).toEqual([200, 200, 200, 429])
      expect(last!.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(last!.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(((await last!.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
      // Another client is not affected.
      expect((await api('/api/v1/agencies?limit=1', {}, '10.55.0.2')).status).toBe(200)
    } finally {
      process.env.API_RATE_LIMIT = '100000'
    }
  })
})

describe('privacy', () => {
  it('no answer of this file carried unpublished content, a pending or hidden comment, an email or a phone', () => {
    expect(answers.length).toBeGreaterThan(40)
    expect(answers.flatMap(leakedSecrets)).toEqual([])
  })
})

describe('bad input and forged hosts', () => {
  it('answers a type, issuer or field that cannot be an id with 400 naming it, never 500', async () => {
    for (const p of ['type', 'issuer', 'field']) {
      const { status, body } = await json(`/api/v1/documents?${p}=abc`)
      expect(status, p).toBe(400)
      expect(JSON.stringify(body)).toContain(p)
    }
  })

  it('builds links from PUBLIC_HOST even when the request names another host', async () => {
    const res = await handleApiRequest(new Request('http://evil.example/api/v1/documents?limit=1', { headers: { host: 'evil.example' } }), '10.0.0.9')
    const text = await res.text()
    expect(res.status).toBe(200)
    expect(text).not.toContain('evil.example')
    expect(text).toContain(ORIGIN)
  })
})
