/** Autodiscovery links of the feeds, for the `<head>` of the pages that list the same items. */
import { FEEDS } from './sources'

/** One `<link rel="alternate">` of a feed. */
export interface FeedLink {
  type: 'application/rss+xml' | 'application/atom+xml'
  title: string
  href: string
}

/** Returns the RSS and Atom links of a feed (e.g. `du-thao-mo`). */
export function feedLinks(name: keyof typeof FEEDS & string): FeedLink[] {
  const title = FEEDS[name]!.title
  return [
    { type: 'application/rss+xml', title: `${title} (RSS)`, href: `/rss/${name}.xml` },
    { type: 'application/atom+xml', title: `${title} (Atom)`, href: `/atom/${name}.xml` },
  ]
}

/** Returns the links of every feed. */
export function allFeedLinks(): FeedLink[] {
  return Object.keys(FEEDS).flatMap((name) => feedLinks(name))
}
