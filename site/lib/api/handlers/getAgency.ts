/** GET /api/v1/agencies/{slug}: one published agency. */
import { notFoundResponse, respond } from '../../../../cms/lib/api/http'
import { findPublicAgency } from '../../cms/opendata'
import type { Handler } from '../context'
import { latest } from '../format'
import { toApiAgency } from '../mappers/agency'

/** Returns the agency, or 404 for an unknown or unpublished one. */
export const getAgency: Handler<'getAgency'> = async ({ request, url, origin, values, headers }) => {
  const agency = await findPublicAgency(values.slug)
  if (!agency) return notFoundResponse(headers)
  return respond(request, url, { json: toApiAgency(agency, origin), lastModified: latest([agency.updatedAt]), headers })
}
