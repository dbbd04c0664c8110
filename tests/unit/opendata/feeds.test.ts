import Parser from 'rss-parser'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { buildFeed } from '../../../cms/lib/opendata/feeds'

const base = 'https://congthongtin.example.gov.vn'
const feed = {
  id: `${base}/van-ban`,
  // NFD input: the feed must come out in NFC.
  title: 'Văn bản mới ban hành'.normalize('NFD'),
  description: 'Văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành',
  link: `${base}/van-ban?loai=nd&nam=2024`,
  selfLink: `${base}/van-ban/rss.xml`,
  updated: new Date('2024-09-06T03:00:00Z'),
  language: 'vi' as const,
}
const items = [
  {
    id: 'doc-15',
    title: 'Chỉ thị 15/CT-TTg về tăng cường sử dụng văn bản điện tử'.normalize('NFD'),
    link: `${base}/van-ban/2012/15-ct-ttg`,
    description: 'Tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước',
    date: new Date('2012-05-22T01:30:00Z'),
    author: 'Thủ tướng Chính phủ',
    categories: ['Chỉ thị', 'Công nghệ thông tin'],
  },
  {
    id: `${base}/van-ban/2011/43-2011-nd-cp`,
    title: 'Nghị định 43/2011/NĐ-CP: thông tin & dịch vụ công <trực tuyến>',
    link: `${base}/van-ban/2011/43-2011-nd-cp?ban=html&in=1`,
    date: new Date('2011-06-13T02:00:00Z'),
  },
]

const parser = new Parser()
const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

describe('buildFeed rss', () => {
  const xml = buildFeed('rss', feed, items)

  it('has atom:link rel="self", language vi and is well-formed', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const channel = xmlParser.parse(xml).rss.channel
    expect(channel.language).toBe('vi')
    expect(channel['atom:link']['@rel']).toBe('self')
    expect(channel['atom:link']['@href']).toBe(feed.selfLink)
    expect(xmlParser.parse(xml).rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
    expect(xml).not.toContain('<generator>')
  })

  it('parses with rss-parser: NFC Vietnamese titles, dates, absolute links', async () => {
    const parsed = await parser.parseString(xml)
    expect(parsed.title).toBe('Văn bản mới ban hành'.normalize('NFC'))
    expect(parsed.link).toBe(feed.link)
    expect(parsed.items).toHaveLength(2)
    const [first, second] = parsed.items
    expect(first.title).toBe('Chỉ thị 15/CT-TTg về tăng cường sử dụng văn bản điện tử'.normalize('NFC'))
    expect(first.title).toBe(first.title!.normalize('NFC'))
    expect(second.title).toBe(items[1].title)
    expect(new Date(first.isoDate!).toISOString()).toBe('2012-05-22T01:30:00.000Z')
    expect(new Date(second.pubDate!).getTime()).toBe(items[1].date.getTime())
    for (const item of parsed.items) expect(new URL(item.link!).href).toBe(item.link)
    expect(second.link).toBe(items[1].link)
    expect(first.categories).toEqual(['Chỉ thị', 'Công nghệ thông tin'])
    expect(first.contentSnippet).toBe(items[0].description)
    // A non-IRI id falls back to the permalink, so guids stay globally unique.
    expect(first.guid).toBe(items[0].link)
    expect(second.guid).toBe(items[1].id)
  })
})

describe('buildFeed atom', () => {
  const xml = buildFeed('atom', { ...feed, selfLink: `${base}/van-ban/atom.xml` }, items)

  it('has xml:lang, rel="self", an author and is well-formed', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const root = xmlParser.parse(xml).feed
    expect(root['@xml:lang']).toBe('vi')
    expect(root['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    const links = root.link as { '@rel': string; '@href': string }[]
    expect(links.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${base}/van-ban/atom.xml`)
    expect(links.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe(feed.link)
    expect(root.id).toBe(feed.id)
    expect(root.author.name).toBe(feed.title.normalize('NFC'))
  })

  it('parses with rss-parser: NFC Vietnamese titles, dates, absolute links', async () => {
    const parsed = await parser.parseString(xml)
    expect(parsed.title).toBe('Văn bản mới ban hành'.normalize('NFC'))
    const [first, second] = parsed.items
    expect(first.title).toBe('Chỉ thị 15/CT-TTg về tăng cường sử dụng văn bản điện tử'.normalize('NFC'))
    expect(new Date(first.isoDate!).toISOString()).toBe('2012-05-22T01:30:00.000Z')
    expect(new Date(second.isoDate!).getTime()).toBe(items[1].date.getTime())
    expect(first.link).toBe(items[0].link)
    expect(second.link).toBe(items[1].link)
    expect(first.id).toBe(items[0].link)
    expect(second.id).toBe(items[1].id)
    // type="html" titles carry escaped text, so a reader shows "&" and "<trực tuyến>" literally.
    expect(xml).toContain('thông tin &amp; dịch vụ công &lt;trực tuyến&gt;')
  })
})

describe('buildFeed errors', () => {
  it('throws on relative links', () => {
    expect(() => buildFeed('rss', { ...feed, link: '/van-ban' }, [])).toThrow(/absolute/)
    expect(() => buildFeed('atom', feed, [{ ...items[0], link: '/van-ban/1' }])).toThrow(/absolute/)
  })

  it('drops characters XML cannot carry', () => {
    const xml = buildFeed('rss', feed, [{ ...items[0], title: 'Quyết định\u000b số 1\u0000' }])
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).toContain('Quyết định số 1')
  })
})
