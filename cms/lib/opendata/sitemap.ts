/**
 * sitemap.xml (sitemaps.org protocol 0.9) and robots.txt. Decree 43/2011 asks for a site map;
 * search engines and the national document crawlers find new documents through these files.
 */
import { isoDateTimeVN, toDate } from '../dates'
import { escapeHtml } from '../html'

/** How often a page is likely to change (a hint only; search engines mostly ignore it). */
export type ChangeFreq = 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never'

/** One URL of a sitemap. */
export interface SitemapEntry {
  /** Absolute http(s) URL. */
  loc: string
  lastmod?: string | Date
  changefreq?: ChangeFreq
  /** 0.0 to 1.0. */
  priority?: number
}

/** One child sitemap of a sitemap index. */
export interface SitemapRef {
  loc: string
  lastmod?: string | Date
}

/** Most URLs one sitemap file may hold (sitemaps.org). */
export const MAX_SITEMAP_URLS = 50_000
/** Largest uncompressed sitemap file, in bytes (sitemaps.org: 50 MiB). */
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const CHANGEFREQS = new Set<string>(['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never'])


/** Returns the URL as an absolute, percent-encoded http(s) URL; throws on a relative or non-http URL. */
function absoluteLoc(loc: string): string {
  let url: URL
  try {
    url = new URL(loc)
  } catch {
    throw new TypeError(`sitemap: loc must be an absolute URL, got "${loc}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`sitemap: loc must be http(s), got "${loc}"`)
  }
  // The protocol wants URLs "URL-escaped": URL.href percent-encodes Vietnamese path
  // characters and punycodes the host.
  const href = url.href
  if (href.length >= 2048) throw new RangeError(`sitemap: loc longer than 2,048 characters: ${href.slice(0, 80)}…`)
  return href
}

/**
 * Returns a W3C Datetime for lastmod: a `yyyy-mm-dd` string is kept as a date, anything else
 * becomes a date-time with the Vietnam offset; '' for invalid input (lastmod is optional, and a
 * bad date on one page must not break the whole sitemap).
 */
function w3cDatetime(input: string | Date | undefined): string {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.trim())) {
    return toDate(input) ? input.trim() : ''
  }
  return isoDateTimeVN(input)
}

/** Returns the `<url>` element of one entry; throws on a relative loc or a priority outside 0..1. */
function urlElement(entry: SitemapEntry): string {
  const parts = [`<loc>${escapeHtml(absoluteLoc(entry.loc))}</loc>`]
  const lastmod = w3cDatetime(entry.lastmod)
  if (lastmod) parts.push(`<lastmod>${lastmod}</lastmod>`)
  if (entry.changefreq !== undefined) {
    if (!CHANGEFREQS.has(entry.changefreq)) throw new TypeError(`sitemap: invalid changefreq "${entry.changefreq}"`)
    parts.push(`<changefreq>${entry.changefreq}</changefreq>`)
  }
  if (entry.priority !== undefined) {
    if (!(entry.priority >= 0 && entry.priority <= 1))
      throw new RangeError(`sitemap: priority must be 0..1, got ${entry.priority}`)
    parts.push(`<priority>${entry.priority.toFixed(1)}</priority>`)
  }
  return `<url>${parts.join('')}</url>`
}

/** Returns the document, or throws RangeError when it is over the 50 MiB limit. */
function checkSize(xml: string): string {
  if (Buffer.byteLength(xml, 'utf8') > MAX_SITEMAP_BYTES)
    throw new RangeError('sitemap: file larger than 50 MiB; split it')
  return xml
}

/**
 * Returns a sitemaps.org 0.9 `<urlset>` document; throws on a relative loc or more than
 * 50,000 entries (use splitSitemap and buildSitemapIndexXml then).
 */
export function buildSitemapXml(entries: SitemapEntry[]): string {
  if (entries.length > MAX_SITEMAP_URLS) {
    throw new RangeError(`sitemap: ${entries.length} URLs, the limit is ${MAX_SITEMAP_URLS}; use a sitemap index`)
  }
  const body = entries.map((e) => `  ${urlElement(e)}\n`).join('')
  return checkSize(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${body}</urlset>\n`)
}

/** Returns the entries cut into chunks of at most `size` (default 50,000), one chunk per sitemap file. */
export function splitSitemap<T>(entries: T[], size = MAX_SITEMAP_URLS): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('splitSitemap: size must be a positive integer')
  const chunks: T[][] = []
  for (let i = 0; i < entries.length; i += size) chunks.push(entries.slice(i, i + size))
  return chunks
}

/** Returns a sitemaps.org `<sitemapindex>` listing the child sitemaps; throws on a relative loc or more than 50,000 children. */
export function buildSitemapIndexXml(sitemaps: SitemapRef[]): string {
  if (sitemaps.length > MAX_SITEMAP_URLS) throw new RangeError(`sitemap index: more than ${MAX_SITEMAP_URLS} sitemaps`)
  const body = sitemaps
    .map((s) => {
      const lastmod = w3cDatetime(s.lastmod)
      return `  <sitemap><loc>${escapeHtml(absoluteLoc(s.loc))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>\n`
    })
    .join('')
  return checkSize(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${body}</sitemapindex>\n`)
}

/**
 * Returns robots.txt allowing the public site, keeping crawlers out of the admin and the API
 * (they hold no public content and only cost server time), and pointing at the sitemap.
 */
export function buildRobotsTxt(baseUrl: string, opts: { sitemapPath?: string; disallow?: string[] } = {}): string {
  const base = new URL(absoluteLoc(baseUrl))
  const sitemap = new URL(opts.sitemapPath ?? '/sitemap.xml', base).href
  const disallow = opts.disallow ?? ['/admin', '/api/']
  return ['User-agent: *', 'Allow: /', ...disallow.map((p) => `Disallow: ${p}`), '', `Sitemap: ${sitemap}`, ''].join(
    '\n',
  )
}
