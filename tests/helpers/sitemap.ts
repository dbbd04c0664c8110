import { XMLParser } from 'fast-xml-parser'

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
// W3C Datetime as the sitemaps.org schema allows it (date, or date-time with a zone).
const W3C = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/
const FREQ = new Set(['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never'])
const CHILDREN = ['loc', 'lastmod', 'changefreq', 'priority']

/**
 * Returns the violations of a sitemap against the sitemaps.org 0.9 schema (sitemap.xsd): root
 * `urlset` in its namespace, only `url` children, each with one absolute http(s) `loc` under 2,048
 * characters and optional `lastmod`/`changefreq`/`priority` in that order with valid values; at
 * most 50,000 URLs. Empty when valid.
 */
export function sitemapViolations(xml: string): { errors: string[]; locs: string[]; lastmods: Map<string, string> } {
  const errors: string[] = []
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, parseTagValue: false })
  let tree: Record<string, unknown>[]
  try {
    tree = parser.parse(xml, true) as Record<string, unknown>[]
  } catch (e) {
    return { errors: [`not well-formed: ${(e as Error).message}`], locs: [], lastmods: new Map() }
  }
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) errors.push('missing UTF-8 XML declaration')
  const roots = tree.filter((n) => !('?xml' in n))
  const root = roots[0] as { urlset?: Record<string, unknown>[]; ':@'?: Record<string, string> } | undefined
  if (roots.length !== 1 || !root?.urlset) return { errors: [...errors, 'root element must be <urlset>'], locs: [], lastmods: new Map() }
  if (root[':@']?.['@xmlns'] !== NS) errors.push(`urlset namespace must be ${NS}`)
  const locs: string[] = []
  const lastmods = new Map<string, string>()
  for (const child of root.urlset) {
    const [name] = Object.keys(child).filter((k) => k !== ':@')
    if (name === '#text') continue
    if (name !== 'url') {
      errors.push(`unexpected <${name}> in urlset`)
      continue
    }
    const parts = (child.url as Record<string, { '#text': string }[]>[]).map((p) => {
      const [n] = Object.keys(p)
      return { name: n!, text: String(p[n!]?.[0]?.['#text'] ?? '') }
    })
    const names = parts.map((p) => p.name)
    const order = names.map((n) => CHILDREN.indexOf(n))
    if (order.some((i) => i < 0)) errors.push(`unexpected child in <url>: ${names.join(',')}`)
    if (order.some((v, i) => i > 0 && v <= order[i - 1]!)) errors.push(`children out of order or repeated: ${names.join(',')}`)
    const loc = parts.find((p) => p.name === 'loc')?.text ?? ''
    if (!loc) errors.push('<url> without <loc>')
    else {
      try {
        const u = new URL(loc)
        if (!/^https?:$/.test(u.protocol) || u.href !== loc) errors.push(`loc not an absolute escaped http(s) URL: ${loc}`)
      } catch {
        errors.push(`loc not a URL: ${loc}`)
      }
      if (loc.length >= 2048) errors.push(`loc too long: ${loc.slice(0, 60)}…`)
      locs.push(loc)
    }
    const lastmod = parts.find((p) => p.name === 'lastmod')?.text
    if (lastmod !== undefined) {
      if (!W3C.test(lastmod)) errors.push(`lastmod not a W3C datetime: ${lastmod}`)
      lastmods.set(loc, lastmod)
    }
    const freq = parts.find((p) => p.name === 'changefreq')?.text
    if (freq !== undefined && !FREQ.has(freq)) errors.push(`bad changefreq ${freq}`)
    const priority = parts.find((p) => p.name === 'priority')?.text
    if (priority !== undefined && !(/^(0(\.\d+)?|1(\.0+)?)$/.test(priority))) errors.push(`bad priority ${priority}`)
  }
  if (locs.length > 50_000) errors.push('more than 50,000 URLs')
  if (new Set(locs).size !== locs.length) errors.push('duplicate loc')
  return { errors, locs, lastmods }
}
