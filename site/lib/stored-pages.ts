/**
 * The stored renders of document pages (issue 3: "rendered once, not on every request").
 *
 * A document's page is rendered when first asked for and kept on disk with a fingerprint of everything it shows:
 * the document, its related documents, its files, the reference data and the portal's settings,
 * and its validity computed for today. The server answers from the store while the fingerprint
 * still matches; a change to any of these makes a new fingerprint, so the next request renders
 * the page again (and a background worker re-renders the stored pages a change touches, and the
 * most read and most recent pages, before anyone asks; issue 19).
 *
 * The implementation lives in server/page-store (it runs in the server process); the site
 * and the server reach it through the runtime registry (cms/runtime.ts), as they load separate
 * copies of each module.
 */
import { SLUG_SOURCE } from '../../cms/lib/slug'
import { runtime } from '../../cms/runtime'

/** A stored page as sent: status, headers (security headers included) and body. */
export interface StoredPage {
  status: number
  headers: [string, string][]
  body: Buffer
  /** Set when the body is the gzip copy (sent with Content-Encoding: gzip). */
  encoding?: 'gzip'
}

export interface PageService {
  /**
   * Returns the fingerprint a page at `pathname` has now, or null when the page must not be
   * stored or served from the store (unknown path, or a change being saved right now).
   */
  fingerprint(pathname: string): string | null
  /**
   * Returns the stored page for this host and path when it was stored under `fingerprint`; its
   * gzip copy when `gzip` is true (the reader accepts it) and one exists.
   */
  get(host: string, pathname: string, fingerprint: string, gzip?: boolean): Promise<StoredPage | null>
  /** Stores a rendered page under the fingerprint it was rendered with. */
  put(host: string, pathname: string, fingerprint: string, page: StoredPage): void
  /** 'loading' until the document graph is read; 'warming' while the most read pages are rendered ahead; then 'ready'. */
  state(): 'loading' | 'warming' | 'ready'
}

declare module '../../cms/runtime' {
  interface Runtime {
    pages?: PageService
  }
}

/** Document detail pages, the pages the store keeps: /van-ban/{year}/{slug} without a query. */
export const STORED_PAGE_PATH = new RegExp(`^/van-ban/\\d{4}/${SLUG_SOURCE}$`)

/** Returns the page service when the server runs one (not in `astro dev` or tests of the site alone). */
export function pageService(): PageService | undefined {
  return runtime().pages
}

/** A strong validator for a stored page, so a browser's repeat visit gets 304 Not Modified. */
export function etagOf(fingerprint: string): string {
  return `"p-${fingerprint}"`
}
