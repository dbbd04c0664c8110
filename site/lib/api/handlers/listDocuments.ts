/** GET /api/v1/documents: published legal documents, filtered like /van-ban, keyset-paged. */
import { keysetPage } from '../../../../cms/lib/api/cursor'
import { API_ENDPOINT_BY_ID } from '../../../../cms/lib/api/endpoints'
import { respond } from '../../../../cms/lib/api/http'
import { findDocumentsPage } from '../../cms/opendata'
import type { Handler } from '../context'
import { latest } from '../format'
import { toApiDocument } from '../mappers/document'

/** Returns one page of documents as JSON or CSV. */
export const listDocuments: Handler<'listDocuments'> = async ({ request, url, origin, values, headers }) => {
  const sortField = values.sort.replace(/^-/, '') as 'issuedAt' | 'updatedAt'
  const rows = await findDocumentsPage({ ...values, take: values.limit + 1 })
  // The cursor carries the full instant (epoch ms), not the API's calendar date.
  const page = keysetPage(rows, values.limit, url, (d) => ({ sortValue: Date.parse(d[sortField]), id: d.id }))
  const data = page.data.map((d) => toApiDocument(d, origin))
  return respond(request, url, {
    json: { data, next: page.next, limit: page.limit },
    csv: { rows: data, columns: API_ENDPOINT_BY_ID.listDocuments.csv!.columns, filename: 'van-ban.csv' },
    lastModified: latest(page.data.map((d) => d.updatedAt)),
    next: page.next,
    headers,
  })
}
