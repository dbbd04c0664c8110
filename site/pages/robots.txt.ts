import type { APIRoute } from 'astro'

import { buildRobotsTxt } from '../../cms/lib/opendata/sitemap'
import { publicOrigin } from '../../cms/lib/public-url'

/**
 * GET /robots.txt: crawl the public site and the open-data API, not the admin, and find every
 * page through /sitemap.xml. Served by a route (not a static file) because the Sitemap line must
 * be an absolute URL on this portal's own host.
 */
export const GET: APIRoute = ({ url }) => {
  const text = buildRobotsTxt(publicOrigin(), { disallow: ['/admin', '/api/'] }).replace('Allow: /\n', 'Allow: /\nAllow: /api/v1/\n')
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
