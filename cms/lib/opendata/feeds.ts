/**
 * RSS 2.0 and Atom 1.0 feeds for every list (new documents, open drafts, news), built with the
 * `feed` package. Citizens and the press follow new legal documents this way.
 */
import { Feed } from 'feed'
import { escapeHtml } from '../html'

/** The channel-level data of a feed. */
export interface FeedMeta {
  /** Stable identifier; used as the Atom `<id>` when it is an absolute IRI, else selfLink is. */
  id: string
  title: string
  description: string
  /** Absolute URL of the HTML page that lists the same items. */
  link: string
  /** Absolute URL of this feed file. */
  selfLink: string
  updated: Date
  language?: 'vi'
  /** Atom requires an author; defaults to the feed title (the portal owner's list). */
  author?: string
}

/** One feed entry. */
export interface FeedItem {
  /** Stable identifier; an absolute IRI (URL, `urn:`, `tag:`) is used as-is, anything else falls back to `link`. */
  id: string
  title: string
  /** Absolute URL of the item's page. */
  link: string
  /** Plain text summary (trích yếu); it is HTML-escaped for the feed. */
  description?: string
  date: Date
  author?: string
  categories?: string[]
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">'

// XML 1.0 forbids most C0 controls; text pasted from Word sometimes carries them (\v, \f)
// and one would make the whole feed unreadable.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Returns the text in NFC without characters XML cannot carry. */
function clean(text: string): string {
  return text.normalize('NFC').replace(INVALID_XML_CHARS, '')
}

/** Returns the absolute URL, or throws: feed readers cannot resolve relative links. */
function absolute(url: string, what: string): string {
  try {
    const u = new URL(url)
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href
  } catch {
    // fall through
  }
  throw new TypeError(`buildFeed: ${what} must be an absolute http(s) URL, got "${url}"`)
}

/** Returns true for an absolute IRI (has a scheme), which Atom requires for `<id>`. */
function isAbsoluteIri(id: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(id)
}

/**
 * Returns an RSS 2.0 (with `<atom:link rel="self">` and `<language>`) or Atom 1.0 (with
 * `xml:lang`) document; all text is NFC. Throws when a link is not absolute.
 */
export function buildFeed(kind: 'rss' | 'atom', feed: FeedMeta, items: FeedItem[]): string {
  const language = feed.language ?? 'vi'
  const link = absolute(feed.link, 'feed.link')
  const selfLink = absolute(feed.selfLink, 'feed.selfLink')
  const f = new Feed({
    id: isAbsoluteIri(feed.id) ? feed.id : selfLink,
    title: clean(feed.title),
    description: clean(feed.description),
    link,
    // Both keys: rss2() reads feedLinks.rss and atom1() feedLinks.atom for the rel="self" link.
    feedLinks: { rss: selfLink, atom: selfLink },
    updated: feed.updated,
    language,
    author: { name: clean(feed.author ?? feed.title) },
    // Do not advertise the library (and its version history) to every visitor.
    generator: false,
  })
  for (const item of items) {
    const itemLink = absolute(item.link, `link of item ${item.id}`)
    const title = clean(item.title)
    const description = item.description ? clean(item.description) : undefined
    f.addItem({
      id: isAbsoluteIri(item.id) ? item.id : itemLink,
      link: itemLink,
      // The library marks Atom titles and summaries type="html", so plain text must be
      // escaped there; RSS titles are plain text by convention, RSS descriptions are HTML.
      title: kind === 'atom' ? escapeHtml(title) : title,
      description: description === undefined ? undefined : escapeHtml(description),
      date: item.date,
      published: item.date,
      author: item.author ? [{ name: clean(item.author) }] : undefined,
      category: item.categories?.map((c) => ({ name: clean(c), term: clean(c) })),
    })
  }
  if (kind === 'rss') return f.rss2()
  const xml = f.atom1()
  // `feed` has no option for xml:lang; the root element is the library's fixed text and comes
  // before any user content, so replacing its first occurrence is safe.
  if (!xml.includes(ATOM_ROOT)) throw new Error('buildFeed: unexpected Atom root element from the feed package')
  return xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`)
}
