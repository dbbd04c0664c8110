/**
 * The Decree 43 sections in the open-data API (issue 16): every section lists and pages its
 * published items, filters them, finds them by words with or without diacritics, and never
 * gives out a draft, an unpublished revision, a pending question or an asker's data, however
 * it is asked.
 */
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSearchService } from '../../cms/indexing/service'
import { foldAccents } from '../../cms/lib/vietnamese'
import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { handleApiRequest } from '../../site/lib/api/dispatch'
import { SECTION_APIS } from '../../site/lib/api/sections'
import { askQuestion, createSectionSecrets, leakedSecrets, SECRETS } from '../helpers/opendata'
import { createTestPayload, type TestPayload } from '../helpers/payload'

const ORIGIN = 'http://cong.test'
let t: TestPayload
let question: { id: number; code: string }
let revised: { id: number; slug: string; title: string }
const answers: string[] = []

beforeAll(async () => {
  process.env.PUBLIC_HOST = ORIGIN
  process.env.API_RATE_LIMIT = '100000'
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  question = await askQuestion(t.payload, 'Thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ')
  ;({ revisedNews: revised } = await createSectionSecrets(t.payload))
  runtime().search = undefined
  const service = startSearchService(t.payload)
  await service.ready
  await service.flush()
  // Seeding, a question through the form and the whole index: slow on a shared machine.
}, 300_000)
afterAll(async () => {
  runtime().search = undefined
  runtime().payload = undefined
  delete process.env.PUBLIC_HOST
  delete process.env.API_RATE_LIMIT
  await t?.cleanup()
})

async function get(path: string): Promise<{ status: number; body: any; text: string }> {
  const res = await handleApiRequest(new Request(`${ORIGIN}${path}`), '10.0.0.9')
  const text = await res.text()
  answers.push(text)
  return { status: res.status, body: res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : null, text }
}

describe('every section', () => {
  for (const { section, list } of SECTION_APIS) {
    it(`${list.path}: pages through every published item with next links, each item at its own address`, async () => {
      const { docs } = await t.payload.find({ collection: section.collection, where: section.collection === 'questions' ? { status: { equals: 'published' } } : { _status: { equals: 'published' } }, pagination: false, overrideAccess: true, depth: 0 })
      expect(docs.length).toBeGreaterThan(0)
      const seen: string[] = []
      let next: string | null = `/api/v1${list.path}?limit=2`
      while (next) {
        const { status, body } = await get(next.replace(ORIGIN, ''))
        expect(status, JSON.stringify(body)).toBe(200)
        seen.push(...body.data.map((i: { id: string }) => i.id))
        next = body.next
      }
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen.sort()).toEqual(docs.map((d) => String(d.id)).sort())
      const first = (await get(`/api/v1${list.path}`)).body.data[0]
      const one = await get(new URL(first.apiUrl).pathname)
      expect(one.status).toBe(200)
      expect(one.body).toMatchObject({ id: first.id, title: first.title, url: first.url })
      expect(first.url.startsWith(`${ORIGIN}/`)).toBe(true)
    })
  }
})

describe('filters and words', () => {
  it('finds a news item by its title without diacritics, and filters by category, year and updatedSince', async () => {
    const { body } = await get('/api/v1/news?limit=100')
    const item = body.data.find((n: { id: string }) => n.id !== String(revised.id))
    const q = encodeURIComponent(foldAccents(item.title))
    expect((await get(`/api/v1/news?q=${q}`)).body.data[0].id).toBe(item.id)
    const events = (await get('/api/v1/news?category=event&limit=100')).body.data
    expect(events.every((n: { category: string }) => n.category === 'event')).toBe(true)
    expect(events.length).toBeLessThan(body.data.length)
    const year = Number(item.publishedAt.slice(0, 4))
    expect((await get(`/api/v1/news?year=${year}&limit=100`)).body.data.map((n: { id: string }) => n.id)).toContain(item.id)
    expect((await get(`/api/v1/news?year=${year + 20}`)).body.data).toEqual([])
    expect((await get(`/api/v1/news?updatedSince=${encodeURIComponent('2100-01-01T00:00:00+07:00')}`)).body.data).toEqual([])
  })

  it('filters science programmes by stage and finds sector statistics by words; bad values are a 400 naming the parameter', async () => {
    const all = (await get('/api/v1/science-programmes?limit=100')).body.data
    const stage = all[0].stage
    const some = (await get(`/api/v1/science-programmes?stage=${stage}&limit=100`)).body.data
    expect(some.length).toBeGreaterThan(0)
    expect(some.every((p: { stage: string }) => p.stage === stage)).toBe(true)
    const stat = (await get('/api/v1/sector-statistics')).body.data[0]
    expect((await get('/api/v1/questions?field=999999')).body.data).toEqual([])
    expect((await get(`/api/v1/sector-statistics?q=${encodeURIComponent(foldAccents(stat.title))}`)).body.data[0].id).toBe(stat.id)
    for (const [path, parameter] of [
      ['/api/v1/science-programmes?stage=secret', 'stage'],
      ['/api/v1/news?category=x', 'category'],
      ['/api/v1/news?year=abc', 'year'],
      ['/api/v1/news?draft=true', 'draft'],
      ['/api/v1/news?where[_status][equals]=draft', 'where[_status][equals]'],
      ['/api/v1/questions?status=pending', 'status'],
      ['/api/v1/questions?field=a%20b', 'field'],
      ['/api/v1/agencies?level=secret', 'level'],
    ]) {
      const { status, body } = await get(path)
      expect(status, path).toBe(400)
      expect(body.error.parameter, path).toBe(parameter)
    }
  })

  it('serves each list as CSV with its declared columns', async () => {
    const res = await handleApiRequest(new Request(`${ORIGIN}/api/v1/projects.csv`), '10.0.0.9')
    const rows = parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows.length).toBeGreaterThan(0)
    expect(Object.keys(rows[0]!)).toContain('owner')
    expect(rows[0]!.url).toMatch(/^http:\/\/cong\.test\/du-an-dau-tu\//)
  })
})

describe('an attacker asking for what is not public', () => {
  it('gets a 404 for a draft item, a pending question and an unknown slug, and never sees an unpublished revision', async () => {
    const drafts = await t.payload.find({ collection: 'news', where: { title: { equals: SECRETS.draftNews } }, draft: true, overrideAccess: true })
    const draft = drafts.docs[0] as unknown as { id: number; slug?: string | null }
    for (const path of [`/api/v1/news/${draft.slug ?? 'x'}`, `/api/v1/news/${draft.id}`, '/api/v1/news/khong-co', '/api/v1/questions/KHONG-CO']) {
      expect((await get(path)).status, path).toBe(404)
    }
    const { docs } = await t.payload.find({ collection: 'questions', where: { status: { not_equals: 'published' } }, overrideAccess: true })
    for (const q of docs) expect((await get(`/api/v1/questions/${(q as { trackingCode: string }).trackingCode}`)).status).toBe(404)
    // The published version of the news item, not its later unpublished revision.
    const item = await get(`/api/v1/news/${revised.slug}`)
    expect(item.body.title).toBe(revised.title)
    for (const q of [SECRETS.revisedNews, SECRETS.draftNews, SECRETS.draftScience, SECRETS.pendingQuestion]) {
      expect((await get(`/api/v1/news?q=${encodeURIComponent(q)}`)).body.data).toEqual([])
    }
  })

  it('reads a published question without its asker’s name, e-mail or phone', async () => {
    const { body } = await get(`/api/v1/questions/${question.code}`)
    expect(body).toMatchObject({ code: question.code, title: 'Thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ' })
    expect(body.answer).toContain('ngày làm việc tiếp theo')
    expect(Object.keys(body)).not.toEqual(expect.arrayContaining(['email']))
  })

  it('finds none of the secrets in any answer of this file, JSON or CSV', async () => {
    for (const { list } of SECTION_APIS) {
      await get(`${list.path.replace(/^/, '/api/v1')}.csv?limit=100`)
      await get(`/api/v1${list.path}?limit=100`)
    }
    const leaks = answers.flatMap((a) => leakedSecrets(a))
    expect(leaks).toEqual([])
  })
})

describe('draft versions', () => {
  it('link each published version to its own page', async () => {
    const drafts = (await get('/api/v1/drafts?limit=100')).body.data as { slug: string; url: string; versions: { number: number; url: string }[] }[]
    const versions = drafts.flatMap((d) => d.versions.map((v) => ({ d, v })))
    expect(versions.length).toBeGreaterThan(0)
    for (const { d, v } of versions) expect(v.url).toBe(`${d.url}/phien-ban/${v.number}`)
  })
})
