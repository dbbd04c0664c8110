import type { APIRoute } from 'astro'

import { buildSitemapXml, type SitemapEntry } from '../../cms/lib/opendata/sitemap'
import { flattenTree, getSiteTree } from '../lib/cms/sitemap'
import { publicOrigin } from '../../cms/lib/public-url'

/** GET /sitemap.xml: every public page (sitemaps.org 0.9) with its last change; nothing unpublished. */
export const GET: APIRoute = async ({ url }) => {
  const nodes = flattenTree(await getSiteTree())
  const entries: SitemapEntry[] = nodes.map((n) => ({ loc: new URL(n.path, publicOrigin()).href, ...(n.lastmod ? { lastmod: n.lastmod } : {}) }))
  return new Response(buildSitemapXml(entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
