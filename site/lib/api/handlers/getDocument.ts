/** GET /api/v1/documents/{id}: one published document by id or number-symbol. */
import { notFoundResponse, respond } from '../../../../cms/lib/api/http'
import { startOfVnDay } from '../../../../cms/lib/dates'
import { documentContext } from '../../cms/documents'
import { findPublicDocument } from '../../cms/opendata'
import type { Handler } from '../context'
import { latest } from '../format'
import { toApiDocumentDetail } from '../mappers/document'

/** Returns the document with its structure, relations both ways, files and full text, or 404. */
export const getDocument: Handler<'getDocument'> = async ({ request, url, origin, values, headers, now }) => {
  const doc = await findPublicDocument(values.id)
  if (!doc) return notFoundResponse(headers)
  const context = await documentContext(doc)
  const since = context.validity.since ? startOfVnDay(context.validity.since) : null
  return respond(request, url, {
    json: toApiDocumentDetail(doc, context, origin),
    // Validity changes by itself on the day it takes effect (`since`), without anyone saving.
    lastModified: latest([doc.updatedAt, since && since <= now ? since.toISOString() : null]),
    headers,
  })
}
