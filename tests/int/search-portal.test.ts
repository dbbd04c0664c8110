/**
 * One search over the whole portal (Decree 43/2011 Art 15.1.a): every public kind of content is
 * found by its title, with and without diacritics, at its own address, and leaves the index when
 * it is unpublished; phrases in quotes; a type word with a number and a year; the API's and the
 * feeds' words going through the same engine.
 */
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { feedEntryAt, feedHead } from '../../cms/feed/tailer'
import { allPublicRecords } from '../../cms/indexing/records'
import { searchIndexDir, startSearchService } from '../../cms/indexing/service'
import { foldAccents } from '../../cms/lib/vietnamese'
import { runtime } from '../../cms/runtime'
import { createSearchEngine, type SearchKind } from '../../cms/search'
import { seed } from '../../cms/seed'
import { handleApiRequest } from '../../site/lib/api/dispatch'
import { feedResponse } from '../../site/lib/feeds/respond'
import { FEEDS } from '../../site/lib/feeds/sources'
import { BAD_VALUES } from '../fuzz/cases'
import { handleQuestionPost } from '../../site/lib/questions/question-post'
import { publishDoc, refs } from '../helpers/documents'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { signFormStart } from '../../cms/lib/form-start'

const ORIGIN = 'http://cong.test'
let t: TestPayload
let service: ReturnType<typeof startSearchService>
let question: { id: number; code: string; title: string }
const parser = new Parser()

/** Asks a question through the public form and has it answered and published by a moderator. */
async function publishedQuestion(title: string): Promise<{ id: number; code: string; title: string }> {
  const form = new FormData()
  const fields: Record<string, string> = {
    title,
    body: 'Người dân hỏi về thời hạn trả lời kết quả giải quyết hồ sơ qua dịch vụ công trực tuyến.',
    field: '',
    fullName: 'Nguyễn Thị Người Hỏi',
    email: 'nguoi-hoi@thu-rieng.example.vn',
    phone: '0987 654 321',
    allowPublication: 'on',
    consent: 'on',
    website: '',
    startedAt: signFormStart(Date.now() - 60_000),
  }
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  const r = await handleQuestionPost({ request: new Request(`${ORIGIN}/hoi-dap/gui-cau-hoi`, { method: 'POST', body: form }), ip: '10.61.0.1' })
  if (r.kind !== 'accepted') throw new Error(`question not accepted: ${JSON.stringify(r)}`)
  const { docs } = await t.payload.find({ collection: 'questions', where: { trackingCode: { equals: r.code } }, overrideAccess: true })
  const moderator = await createUser(t.payload, 'moderator')
  const id = docs[0]!.id
  await t.payload.update({ collection: 'questions', id, data: { status: 'answered', answer: 'Kết quả được trả trong ngày làm việc tiếp theo.' } as never, user: moderator, overrideAccess: false })
  await t.payload.update({ collection: 'questions', id, data: { status: 'published' } as never, user: moderator, overrideAccess: false })
  return { id, code: r.code, title }
}

beforeAll(async () => {
  process.env.PUBLIC_HOST = ORIGIN
  process.env.API_RATE_LIMIT = '100000'
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  runtime().search = undefined
  service = startSearchService(t.payload)
  await service.ready
  question = await publishedQuestion('Thời hạn trả kết quả hồ sơ trực tuyến của Sở Khoa học')
  await service.flush()
})
afterAll(async () => {
  runtime().search = undefined
  runtime().payload = undefined
  delete process.env.PUBLIC_HOST
  delete process.env.API_RATE_LIMIT
  await t?.cleanup()
})

const search = (q: string, extra: { kind?: SearchKind; pageSize?: number } = {}) => service.engine.search({ q, pageSize: 20, ...extra })

/** The first published item of a collection, as the public reads it. */
async function firstPublic(
  collection: 'news' | 'pages' | 'directions' | 'work-schedules' | 'law-dissemination' | 'plans' | 'projects' | 'science-programmes' | 'sector-statistics',
  where?: object,
) {
  const { docs } = await t.payload.find({ collection, where: where as never, limit: 1, sort: 'id', draft: false, overrideAccess: false })
  const doc = docs[0] as unknown as { id: number; title: string; slug: string } | undefined
  if (!doc) throw new Error(`no published ${collection}`)
  return doc
}

/** Each kind: where to find a published item and the address its page answers at. */
const KINDS: { collection: Parameters<typeof firstPublic>[0]; label?: string; kind: SearchKind; where?: object; url: (slug: string) => string }[] = [
  { collection: 'news', kind: 'news', url: (s) => `/tin-tuc/${s}` },
  { collection: 'pages', label: 'pages (introduction)', kind: 'page', where: { and: [{ section: { equals: 'introduction' } }, { language: { equals: 'vi' } }] }, url: (s) => `/gioi-thieu/${s}` },
  { collection: 'pages', label: 'pages (English)', kind: 'page', where: { language: { equals: 'en' } }, url: (s) => `/en/gioi-thieu/${s}` },
  { collection: 'directions', kind: 'direction', url: (s) => `/chi-dao-dieu-hanh/${s}` },
  { collection: 'work-schedules', kind: 'schedule', url: (s) => `/chi-dao-dieu-hanh/lich-cong-tac/${s}` },
  { collection: 'law-dissemination', kind: 'dissemination', url: (s) => `/pho-bien-phap-luat/${s}` },
  { collection: 'plans', kind: 'plan', url: (s) => `/chien-luoc-ke-hoach/${s}` },
  { collection: 'projects', kind: 'project', url: (s) => `/du-an-dau-tu/${s}` },
  { collection: 'science-programmes', kind: 'science', url: (s) => `/khoa-hoc-cong-nghe/${s}` },
  { collection: 'sector-statistics', kind: 'statistics', url: (s) => `/thong-ke-chuyen-nganh/${s}` },
]

describe('every public kind is in the one index', () => {
  for (const k of KINDS) {
    it(`${k.label ?? k.collection}: found by its title with and without diacritics, at its page, until it is unpublished`, async () => {
      const doc = await firstPublic(k.collection, k.where)
      const url = k.url(doc.slug)
      for (const q of [doc.title, foldAccents(doc.title)]) {
        const r = search(q)
        expect(r.results[0], q).toMatchObject({ kind: k.kind, url })
        expect(r.facets.kind[k.kind]).toBeGreaterThan(0)
      }
      // Unpublished: out of the index at once and after the change feed is applied.
      await t.payload.update({ collection: k.collection, id: doc.id, data: { _status: 'draft' } as never, overrideAccess: true })
      expect(search(doc.title).results.some((h) => h.url === url)).toBe(false)
      await service.flush()
      expect(search(doc.title).results.some((h) => h.url === url)).toBe(false)
      // Published again: back.
      await t.payload.update({ collection: k.collection, id: doc.id, data: { _status: 'published' } as never, overrideAccess: true })
      await service.flush()
      expect(search(doc.title).results[0]?.url).toBe(url)
    })
  }

  it('a published question is found by its title with and without diacritics, without the asker’s data, until taken down', async () => {
    const url = `/hoi-dap/${question.code}`
    for (const q of [question.title, foldAccents(question.title)]) expect(search(q).results[0]).toMatchObject({ kind: 'question', url })
    // The asker's name, e-mail and phone are never indexed.
    for (const secret of ['Nguyễn Thị Người Hỏi', 'nguoi-hoi@thu-rieng.example.vn', '0987 654 321']) {
      expect(service.engine.matches({ q: secret, kind: 'question' }), secret).toEqual([])
      expect(JSON.stringify(search(secret, { kind: 'question' }).results), secret).not.toContain(secret)
    }
    const moderator = await createUser(t.payload, 'moderator')
    await t.payload.update({ collection: 'questions', id: question.id, data: { status: 'answered' } as never, user: moderator, overrideAccess: false })
    await service.flush()
    expect(search(question.title).results.some((h) => h.url === url)).toBe(false)
    await t.payload.update({ collection: 'questions', id: question.id, data: { status: 'published' } as never, user: moderator, overrideAccess: false })
    await service.flush()
    expect(search(question.title).results[0]?.url).toBe(url)
  })

  it('never indexes a draft of any kind', async () => {
    await t.payload.create({ collection: 'news', data: { title: 'Tin nháp chưa đăng XK-8841', category: 'news', _status: 'draft' } as never, draft: true, overrideAccess: true })
    await t.payload.create({ collection: 'plans', data: { title: 'Kế hoạch nháp chưa đăng XK-8842', kind: 'plan', _status: 'draft' } as never, draft: true, overrideAccess: true })
    await service.flush()
    expect(search('XK-8841').total).toBe(0)
    expect(search('XK-8842').total).toBe(0)
  })

  it('an index saved before these kinds were indexed is rebuilt at start, not loaded', async () => {
    const news = await firstPublic('news')
    // An index of the documents only, saved as current with the feed as an older version saved it.
    const old = createSearchEngine()
    await old.rebuild(allPublicRecords(t.payload))
    const seq = await feedHead(t.payload)
    await old.save(searchIndexDir(), { feedSeq: seq, feedAt: await feedEntryAt(t.payload, seq) })
    expect(old.search({ q: news.title }).results.some((h) => h.kind === 'news')).toBe(false)
    runtime().search = undefined
    service = startSearchService(t.payload)
    await service.ready
    expect(search(news.title).results[0]).toMatchObject({ kind: 'news', url: `/tin-tuc/${news.slug}` })
  })

  it('an index saved before science programmes and sector statistics were kinds is rebuilt at start, not loaded', async () => {
    const [science, statistics] = await Promise.all([firstPublic('science-programmes'), firstPublic('sector-statistics')])
    // Saved as current, with the contents an index had before the two kinds were added.
    const old = createSearchEngine()
    await old.rebuild(allPublicRecords(t.payload))
    const seq = await feedHead(t.payload)
    const before = 'agencies,directions,draft-versions,drafts,law-dissemination,legal-documents,news,pages,plans,projects,questions,work-schedules'
    await old.save(searchIndexDir(), { feedSeq: seq, feedAt: await feedEntryAt(t.payload, seq), contents: before })
    runtime().search = undefined
    service = startSearchService(t.payload)
    await service.ready
    expect(search(science.title).results[0]).toMatchObject({ kind: 'science', url: `/khoa-hoc-cong-nghe/${science.slug}` })
    expect(search(statistics.title).results[0]).toMatchObject({ kind: 'statistics', url: `/thong-ke-chuyen-nganh/${statistics.slug}` })
    expect(search(statistics.title).facets.kind.statistics).toBeGreaterThan(0)
  })
})

describe('phrases and citations', () => {
  it('finds a phrase in quotes only where its words are adjacent and in order, with or without diacritics', () => {
    const loose = search('văn bản điện tử', { pageSize: 100 }).total
    const phrase = search('"văn bản điện tử"', { pageSize: 100 })
    expect(phrase.total).toBeGreaterThan(0)
    expect(phrase.total).toBeLessThanOrEqual(loose)
    expect(search('"van ban dien tu"', { pageSize: 100 }).total).toBe(phrase.total)
    const reversed = search('"điện tử văn bản"')
    expect(reversed.notice).toBe('phrase')
  })

  it('puts Directive 15 first for "chỉ thị 15 năm 2012", above a letter that cites it in those words', async () => {
    const letter = await publishDoc(t.payload, {
      ...(await refs(t.payload, 'Công văn', 'Bộ Nội vụ')),
      numberSymbol: '2468/BNV-VP',
      summary: 'Về việc báo cáo kết quả thực hiện Chỉ thị 15 năm 2012 của Thủ tướng Chính phủ về tăng cường sử dụng văn bản điện tử',
      issuedAt: '2014-07-01T00:00:00+07:00',
    })
    await service.flush()
    const letterUrl = `/van-ban/2014/${letter.slug}`
    for (const q of ['chỉ thị 15 năm 2012', 'chi thi 15 nam 2012', 'Chỉ thị số 15/CT-TTg']) {
      const r = search(q)
      expect(r.results[0]?.url, q).toBe('/van-ban/2012/15-ct-ttg')
    }
    // The letter has every word in its summary: found, below the directive.
    expect(search('chỉ thị 15 năm 2012').results.map((h) => h.url)).toContain(letterUrl)
  })
})

describe('the API and the feeds take words through the same engine', () => {
  const api = async (path: string) => {
    const res = await handleApiRequest(new Request(`${ORIGIN}${path}`), '10.62.0.1')
    return { status: res.status, body: (await res.json()) as { data: { numberSymbol: string }[]; results?: { url: string; kind: string }[] } }
  }

  it('finds documents with or without diacritics, phrases and citations', async () => {
    const accented = await api(`/api/v1/documents?q=${encodeURIComponent('điện tử')}&limit=100`)
    const folded = await api('/api/v1/documents?q=dien%20tu&limit=100')
    expect(accented.status).toBe(200)
    expect(accented.body.data.length).toBeGreaterThan(0)
    expect(folded.body.data.map((d) => d.numberSymbol).sort()).toEqual(accented.body.data.map((d) => d.numberSymbol).sort())
    const citation = await api(`/api/v1/documents?q=${encodeURIComponent('chi thi 15 nam 2012')}`)
    expect(citation.body.data.map((d) => d.numberSymbol)).toEqual(['15/CT-TTg'])
    const exact = await api(`/api/v1/documents?q=${encodeURIComponent('15/CT-TTg')}`)
    expect(exact.body.data.map((d) => d.numberSymbol)).toEqual(['15/CT-TTg'])
  })

  it('finds drafts without diacritics, and searches every kind with a date order', async () => {
    const { docs } = await t.payload.find({ collection: 'drafts', limit: 1, draft: false, overrideAccess: false })
    const draft = docs[0]!
    const r = await api(`/api/v1/drafts?q=${encodeURIComponent(foldAccents(draft.title))}`)
    expect((r.body.data as unknown as { slug: string }[]).map((d) => d.slug)).toContain(draft.slug)
    const news = await firstPublic('news')
    const s = await api(`/api/v1/search?q=${encodeURIComponent(foldAccents(news.title))}&kind=news&sort=date`)
    expect(s.status).toBe(200)
    expect(s.body.results![0]).toMatchObject({ kind: 'news', url: `${ORIGIN}/tin-tuc/${news.slug}` })
  })

  it('feeds take q: the documents feed, the news feed and the search feed list what the words find', async () => {
    const read = async (name: string, query: string) => {
      const res = await feedResponse('rss', name, new Request(`${ORIGIN}/rss/${name}.xml${query}`))
      expect(res.status, `${name}${query}`).toBe(200)
      return parser.parseString(await res.text())
    }
    const docs = await read('van-ban', '?q=dien+tu')
    expect(docs.items.length).toBeGreaterThan(0)
    expect(docs.items.map((i) => i.link)).toContain(`${ORIGIN}/van-ban/2012/15-ct-ttg`)
    expect(docs.link).toBe(`${ORIGIN}/van-ban?q=dien+tu`)
    const none = await read('van-ban', '?q=xyzzyq+khong+co')
    expect(none.items).toEqual([])
    const news = await firstPublic('news')
    const newsFeed = await read('tin-tuc', `?q=${encodeURIComponent(foldAccents(news.title))}`)
    expect(newsFeed.items[0]?.link).toBe(`${ORIGIN}/tin-tuc/${news.slug}`)
    const found = await read('tim-kiem', `?q=${encodeURIComponent(foldAccents(question.title))}&kind=question`)
    expect(found.items.map((i) => i.link)).toEqual([`${ORIGIN}/hoi-dap/${question.code}`])
    expect(found.title).toContain(foldAccents(question.title))
    // A filter it cannot use is a 400 naming it.
    const bad = await feedResponse('rss', 'tim-kiem', new Request(`${ORIGIN}/rss/tim-kiem.xml?q=a&type=${encodeURIComponent('Không có loại này')}`))
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('type')
  })

  it('feeds answer bad values of every filter with a 4xx naming it, never a 5xx', async () => {
    const failures: string[] = []
    for (const [name, source] of Object.entries(FEEDS)) {
      for (const param of Object.keys(source.filters)) {
        for (const value of BAD_VALUES) {
          const res = await feedResponse('atom', name, new Request(`${ORIGIN}/atom/${name}.xml?${param}=${encodeURIComponent(value)}`))
          if (res.status >= 500) failures.push(`${name} ${param}=${value.slice(0, 30)}: ${res.status}`)
          else if (res.status === 400) expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe(param)
        }
      }
    }
    expect(failures).toEqual([])
  })
})
