import type { APIRoute } from 'astro'

import { csvResponse } from '../../lib/api/http'
import { AGENCY_CSV_COLUMNS, exportRecord } from '../../lib/agency-export'
import { getDirectory } from '../../lib/cms/agencies'
import { publicOrigin } from '../../../cms/lib/public-url'

/** GET /co-quan/danh-ba.csv: the published directory as CSV (UTF-8 with BOM for Excel). */
export const GET: APIRoute = async ({ url }) => {
  const directory = await getDirectory()
  const rows = directory.agencies.map((a) => exportRecord(a, directory, publicOrigin()))
  return csvResponse(rows, AGENCY_CSV_COLUMNS, 'danh-ba-co-quan.csv', { headers: { 'Cache-Control': 'public, max-age=60' } })
}
