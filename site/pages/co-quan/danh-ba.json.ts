import type { APIRoute } from 'astro'

import { jsonResponse } from '../../lib/api/http'
import { exportRecord } from '../../lib/agency-export'
import { getDirectory } from '../../lib/cms/agencies'
import { publicOrigin } from '../../../cms/lib/public-url'

/** GET /co-quan/danh-ba.json: the published directory as JSON. */
export const GET: APIRoute = async ({ url }) => {
  const directory = await getDirectory()
  const agencies = directory.agencies.map((a) => exportRecord(a, directory, publicOrigin()))
  return jsonResponse({ generatedAt: new Date().toISOString(), count: agencies.length, agencies }, { headers: { 'Cache-Control': 'public, max-age=60' } })
}
