/** GET /api/v1/drafts/{slug}: one published draft with versions, table of contents and files. */
import { notFoundResponse, respond } from '../../../../cms/lib/api/http'
import { commentTallies, currentVersionToc, findPublicDraftRow, versionsByDraft } from '../../cms/opendata-consultation'
import type { Handler } from '../context'
import { latest } from '../format'
import { draftChanges, toApiDraftDetail } from '../mappers/draft'

/** Returns the draft, or 404 for an unknown or unpublished one. */
export const getDraft: Handler<'getDraft'> = async ({ request, url, origin, values, headers, now }) => {
  const draft = await findPublicDraftRow(values.slug)
  if (!draft) return notFoundResponse(headers)
  const [versions, tallies, toc] = await Promise.all([versionsByDraft([draft.id]), commentTallies(), currentVersionToc(draft.id)])
  const tally = tallies.get(String(draft.id))
  const versionList = versions.get(String(draft.id)) ?? []
  return respond(request, url, {
    json: toApiDraftDetail(draft, versionList, tally?.count ?? 0, toc, origin, now),
    // The state changes by itself when the window opens or closes and when the report comes out.
    lastModified: latest([...draftChanges(draft, now), tally?.lastChangeAt, ...versionList.map((v) => v.publishedAt)]),
    headers,
  })
}
