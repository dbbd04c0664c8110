/** GET /api/v1/drafts/{slug}/comments: the published comments of a draft, hidden ones as stubs. */
import { keysetPage } from '../../../../cms/lib/api/cursor'
import { API_ENDPOINT_BY_ID } from '../../../../cms/lib/api/endpoints'
import { notFoundResponse, respond } from '../../../../cms/lib/api/http'
import { findPublicDraftRow, listPublicCommentRows, type CommentRow } from '../../cms/opendata-consultation'
import type { Handler } from '../context'
import { latest } from '../format'
import { toApiComment } from '../mappers/comment'
import { memoryPage, positionOf, type MemoryOrder } from '../memory-page'

type ApiComment = Record<string, unknown> & { id: string }

/** Returns one page of a draft's public comments as JSON or CSV, or 404 for an unknown draft. */
export const listDraftComments: Handler<'listDraftComments'> = async ({ request, url, values, headers }) => {
  const draft = await findPublicDraftRow(values.slug)
  if (!draft) return notFoundResponse(headers)
  const rows = await listPublicCommentRows([draft.id])
  const mapped = rows
    .map((row) => ({ row, api: toApiComment(row) as ApiComment | null }))
    .filter((c): c is { row: CommentRow; api: ApiComment } => c.api !== null)
    // Filters on stance and category match published comments only: a stub has neither.
    .filter(({ api }) =>
      (!values.article || api.article === values.article) &&
      (!values.stance || api.stance === values.stance) &&
      (!values.submitterCategory || api.submitterCategory === values.submitterCategory) &&
      (!values.version || api.version === values.version),
    )
  const order: MemoryOrder<(typeof mapped)[number]> = {
    value: ({ row }) => (row.createdAt ? Date.parse(row.createdAt) : null),
    id: ({ row }) => row.id,
    direction: values.sort === '-createdAt' ? 'desc' : 'asc',
  }
  const page = keysetPage(memoryPage(mapped, order, values.cursor, values.limit + 1), values.limit, url, (c) => positionOf(order, c))
  const data = page.data.map((c) => c.api)
  return respond(request, url, {
    json: { data, next: page.next, limit: page.limit },
    csv: { rows: data, columns: API_ENDPOINT_BY_ID.listDraftComments.csv!.columns, filename: `gop-y-${draft.slug}.csv` },
    lastModified: latest(page.data.map((c) => c.row.updatedAt)),
    next: page.next,
    headers,
  })
}
