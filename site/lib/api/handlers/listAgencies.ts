/** GET /api/v1/agencies: the published agency directory with official contacts. */
import { keysetPage } from '../../../../cms/lib/api/cursor'
import { API_ENDPOINT_BY_ID } from '../../../../cms/lib/api/endpoints'
import { respond } from '../../../../cms/lib/api/http'
import { matchAgencies } from '../../../../cms/lib/agencies/search'
import type { Agency } from '../../../../cms/payload-types'
import { listPublicAgencies } from '../../cms/opendata'
import type { Handler } from '../context'
import { latest, refId } from '../format'
import { toApiAgency } from '../mappers/agency'
import { memoryPage, positionOf, type MemoryOrder } from '../memory-page'

/** Returns one page of agencies as JSON or CSV. */
export const listAgencies: Handler<'listAgencies'> = async ({ request, url, origin, values, headers }) => {
  const since = values.updatedSince ? Date.parse(values.updatedSince) : null
  const rows = matchAgencies(await listPublicAgencies(), values.q ?? '').filter(
    (a) => (!values.parent || refId(a.parent) === values.parent) && (since === null || Date.parse(a.updatedAt) >= since),
  )
  const order: MemoryOrder<Agency> =
    values.sort === 'name'
      ? { value: (a) => a.name, id: (a) => a.id, direction: 'asc' }
      : { value: (a) => Date.parse(a.updatedAt), id: (a) => a.id, direction: 'desc' }
  const page = keysetPage(memoryPage(rows, order, values.cursor, values.limit + 1), values.limit, url, (a) => positionOf(order, a))
  const data = page.data.map((a) => toApiAgency(a, origin))
  return respond(request, url, {
    json: { data, next: page.next, limit: page.limit },
    csv: { rows: data, columns: API_ENDPOINT_BY_ID.listAgencies.csv!.columns, filename: 'co-quan.csv' },
    lastModified: latest(page.data.map((a) => a.updatedAt)),
    next: page.next,
    headers,
  })
}
