import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import {
  buildRobotsTxt,
  buildSitemapIndexXml,
  buildSitemapXml,
  MAX_SITEMAP_URLS,
  splitSitemap,
} from '../../../cms/lib/opendata/sitemap'

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'url' || name === 'sitemap',
})

const entries = [
  { loc: 'https://congthongtin.example.gov.vn/', changefreq: 'daily' as const, priority: 1 },
  { loc: 'https://congthongtin.example.gov.vn/van-ban?loai=nd&nam=2011', lastmod: '2011-06-13' },
  { loc: 'https://congthongtin.example.gov.vn/van-ban/2012/15-ct-ttg', lastmod: new Date('2012-05-22T08:30:00+07:00') },
  { loc: 'https://congthongtin.example.gov.vn/dự-thảo/luật đất đai', lastmod: 'not a date', priority: 0.5 },
]

describe('buildSitemapXml', () => {
  const xml = buildSitemapXml(entries)
  const doc = parser.parse(xml)

  it('is well-formed with the sitemaps.org 0.9 namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(doc.urlset['@xmlns']).toBe(NS)
    expect(doc.urlset.url).toHaveLength(4)
  })

  it('writes absolute, escaped, percent-encoded locs', () => {
    const locs: string[] = doc.urlset.url.map((u: { loc: string }) => u.loc)
    for (const loc of locs) expect(new URL(loc).href).toBe(loc)
    expect(xml).toContain('?loai=nd&amp;nam=2011')
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/)
    expect(locs[1]).toBe('https://congthongtin.example.gov.vn/van-ban?loai=nd&nam=2011')
    expect(locs[3]).toBe(
      'https://congthongtin.example.gov.vn/d%E1%BB%B1-th%E1%BA%A3o/lu%E1%BA%ADt%20%C4%91%E1%BA%A5t%20%C4%91ai',
    )
  })

  it('writes lastmod in W3C datetime and leaves out invalid ones', () => {
    const urls = doc.urlset.url
    expect(urls[0].lastmod).toBeUndefined()
    expect(urls[1].lastmod).toBe('2011-06-13')
    expect(urls[2].lastmod).toBe('2012-05-22T08:30:00+07:00')
    expect(urls[3].lastmod).toBeUndefined()
    expect(urls[0].changefreq).toBe('daily')
    expect(String(urls[0].priority)).toBe('1')
    expect(xml).toContain('<priority>1.0</priority>')
  })

  it('throws on relative or non-http locs, bad priority, and too many URLs', () => {
    expect(() => buildSitemapXml([{ loc: '/van-ban' }])).toThrow(/absolute/)
    expect(() => buildSitemapXml([{ loc: 'van-ban/1' }])).toThrow(/absolute/)
    expect(() => buildSitemapXml([{ loc: 'javascript:alert(1)' }])).toThrow(/http/)
    expect(() => buildSitemapXml([{ loc: 'https://a.vn/', priority: 2 }])).toThrow(RangeError)
    const many = Array.from({ length: MAX_SITEMAP_URLS + 1 }, (_, i) => ({ loc: `https://a.vn/${i}` }))
    expect(() => buildSitemapXml(many)).toThrow(/sitemap index/)
    expect(() => buildSitemapXml(many.slice(0, MAX_SITEMAP_URLS))).not.toThrow()
  })
})

describe('splitSitemap and buildSitemapIndexXml', () => {
  it('splits 120,001 entries into 3 files and lists them in an index', () => {
    const many = Array.from({ length: 120_001 }, (_, i) => ({ loc: `https://a.vn/van-ban/${i}` }))
    const chunks = splitSitemap(many)
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001])
    const index = buildSitemapIndexXml(
      chunks.map((_, i) => ({ loc: `https://a.vn/sitemap-${i + 1}.xml?v=1&x=2`, lastmod: '2025-01-01' })),
    )
    expect(XMLValidator.validate(index)).toBe(true)
    const doc = parser.parse(index)
    expect(doc.sitemapindex['@xmlns']).toBe(NS)
    expect(doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'https://a.vn/sitemap-1.xml?v=1&x=2',
      'https://a.vn/sitemap-2.xml?v=1&x=2',
      'https://a.vn/sitemap-3.xml?v=1&x=2',
    ])
    expect(() => buildSitemapIndexXml([{ loc: 'sitemap-1.xml' }])).toThrow(/absolute/)
  })
})

describe('buildRobotsTxt', () => {
  it('points at the absolute sitemap and keeps crawlers out of the admin and API', () => {
    const robots = buildRobotsTxt('https://congthongtin.example.gov.vn')
    expect(robots).toBe(
      'User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\n\nSitemap: https://congthongtin.example.gov.vn/sitemap.xml\n',
    )
    expect(buildRobotsTxt('https://a.vn/', { sitemapPath: '/sitemap-index.xml', disallow: [] })).toContain(
      'Sitemap: https://a.vn/sitemap-index.xml',
    )
    expect(() => buildRobotsTxt('/')).toThrow()
  })
})
