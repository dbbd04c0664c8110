import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { feedResponse } from '../../site/lib/feeds/respond'
import { FEEDS } from '../../site/lib/feeds/sources'
import { publishDoc, refs } from '../helpers/documents'
import { createPrivacyFixture, leakedSecrets } from '../helpers/opendata'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'

const ORIGIN = 'http://cong.test'
let t: TestPayload
let circularType: number
const parser = new Parser()
const bodies: string[] = []

beforeAll(async () => {
  // Absolute links come from configuration (PUBLIC_HOST), never from the request.
  process.env.PUBLIC_HOST = ORIGIN
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  await createPrivacyFixture(t.payload)
  const circular = await refs(t.payload, 'Thông tư', 'Bộ Nội vụ')
  circularType = circular.documentType
  await publishDoc(t.payload, { ...circular, numberSymbol: '05/2025/TT-BNV', summary: 'Hướng dẫn "chế độ" báo cáo <định kỳ> & thống kê', issuedAt: '2025-04-01T00:00:00+07:00' })
  await t.payload.create({
    collection: 'news',
    data: { title: 'Hội nghị tập huấn văn bản điện tử', summary: 'Sở tổ chức hội nghị về chữ ký số & văn bản điện tử.', category: 'event', _status: 'published' } as never,
    overrideAccess: true,
  })
})
afterAll(async () => {
  delete process.env.PUBLIC_HOST
  runtime().payload = undefined
  await t?.cleanup()
})

/** Returns an item's text as a reader shows it: RSS descriptions and Atom `type="html"` summaries are escaped HTML. */
function textOf(item: Parser.Item & { summary?: string }): string {
  const html = item.summary ?? item.content ?? ''
  return html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}

async function feed(kind: 'rss' | 'atom', name: string, query = '', headers: Record<string, string> = {}) {
  const res = await feedResponse(kind, name, new Request(`${ORIGIN}/${kind}/${name}.xml${query}`, { headers }))
  const text = await res.text()
  bodies.push(text)
  return { res, text }
}

describe('every feed, in RSS 2.0 and Atom 1.0, is read by a real feed parser', () => {
  for (const name of Object.keys(FEEDS)) {
    for (const kind of ['rss', 'atom'] as const) {
      it(`${kind}/${name}.xml`, async () => {
        const { res, text } = await feed(kind, name)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe(`application/${kind === 'rss' ? 'rss' : 'atom'}+xml; charset=utf-8`)
        const parsed = await parser.parseString(text)
        expect(parsed.title).toContain(FEEDS[name]!.title)
        expect(parsed.items.length).toBeGreaterThan(0)
        for (const item of parsed.items) {
          expect(item.link).toMatch(/^http:\/\/cong\.test\//)
          expect(item.title).toBe(item.title!.normalize('NFC'))
        }
        if (kind === 'atom') expect(text).toContain('xml:lang="vi"')
        else expect(text).toContain('<language>vi</language>')
      })
    }
  }
})

describe('content of the feeds', () => {
  it('new documents carry the Vietnamese text intact, escaped once', async () => {
    for (const kind of ['rss', 'atom'] as const) {
      const parsed = await parser.parseString((await feed(kind, 'van-ban')).text)
      const item = parsed.items.find((i) => i.title === 'Thông tư 05/2025/TT-BNV')!
      expect(item).toBeDefined()
      expect(textOf(item)).toBe('Hướng dẫn "chế độ" báo cáo <định kỳ> & thống kê (ban hành ngày 01/04/2025)')
      expect(item.link).toBe(`${ORIGIN}/van-ban/2025/05-2025-tt-bnv`)
    }
  })

  it('filters new documents by type through a query parameter', async () => {
    const parsed = await parser.parseString((await feed('rss', 'van-ban', `?type=${circularType}`)).text)
    expect(parsed.items.map((i) => i.title)).toEqual(['Thông tư 05/2025/TT-BNV'])
  })

  it('lists drafts opening for comment and drafts whose report is published', async () => {
    const open = await parser.parseString((await feed('atom', 'du-thao-mo')).text)
    expect(open.items.some((i) => /Góp ý từ ngày \d{2}\/\d{2}\/\d{4} đến hết ngày \d{2}\/\d{2}\/\d{4}\.$/.test(textOf(i)))).toBe(true)
    const reports = await parser.parseString((await feed('rss', 'du-thao-bao-cao')).text)
    expect(reports.items.length).toBeGreaterThan(0)
    expect(reports.items.every((i) => textOf(i).startsWith('Báo cáo tổng hợp, tiếp thu, giải trình ý kiến về '))).toBe(true)
  })

  it('lists news', async () => {
    const parsed = await parser.parseString((await feed('rss', 'tin-tuc')).text)
    expect(parsed.items.map((i) => i.title)).toContain('Hội nghị tập huấn văn bản điện tử')
  })
})

describe('HTTP behaviour of the feeds', () => {
  it('answers 304 when the client copy is current', async () => {
    const { res } = await feed('rss', 'van-ban')
    const again = await feed('rss', 'van-ban', '', { 'If-None-Match': res.headers.get('etag')! })
    expect(again.res.status).toBe(304)
  })

  it('answers 400 naming a bad or unknown filter, 404 for an unknown feed', async () => {
    const bad = await feed('rss', 'van-ban', '?type=<script>')
    expect(bad.res.status).toBe(400)
    expect(JSON.parse(bad.text).error.parameter).toBe('type')
    const unknown = await feed('atom', 'tin-tuc', '?type=1')
    expect(unknown.res.status).toBe(400)
    expect(JSON.parse(unknown.text).error.parameter).toBe('type')
    expect((await feed('rss', 'khong-co')).res.status).toBe(404)
    expect((await feed('rss', 'constructor')).res.status).toBe(404)
  })
})

describe('privacy', () => {
  it('no feed carries unpublished content, comments, emails or phones', () => {
    expect(bodies.length).toBeGreaterThan(10)
    expect(bodies.flatMap(leakedSecrets)).toEqual([])
  })
})

describe('bad input and forged hosts', () => {
  it('answers type=abc with 400, in RSS and Atom', async () => {
    for (const kind of ['rss', 'atom'] as const) {
      for (const query of ['?type=abc', '?field=null', '?issuer=__proto__']) {
        const { res } = await feed(kind, 'van-ban', query)
        expect(res.status, `${kind} ${query}`).toBe(400)
      }
    }
  })

  it('links only to PUBLIC_HOST when the request names another host', async () => {
    const res = await feedResponse('rss', 'van-ban', new Request('http://evil.example/rss/van-ban.xml', { headers: { host: 'evil.example' } }))
    const text = await res.text()
    expect(text).not.toContain('evil.example')
    expect(text).toContain(ORIGIN)
  })
})
