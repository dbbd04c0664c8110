/** GET /api/v1/drafts: published drafts with their consultation state, versions and comment counts. */
import { keysetPage } from '../../../../cms/lib/api/cursor'
import { API_ENDPOINT_BY_ID } from '../../../../cms/lib/api/endpoints'
import { respond } from '../../../../cms/lib/api/http'
import { foldedWords } from '../../../../cms/lib/agencies/search'
import { consultationState } from '../../../../cms/consultation/state'
import { commentTallies, listPublicDraftRows, versionsByDraft, type PublicDraftRow } from '../../cms/opendata-consultation'
import type { Handler } from '../context'
import { latest, refId } from '../format'
import { draftChanges, reportPublishedAt, toApiDraft } from '../mappers/draft'
import { memoryPage, positionOf, type MemoryOrder } from '../memory-page'

const time = (value: string | null | undefined): number | null => {
  const t = value ? Date.parse(value) : NaN
  return Number.isNaN(t) ? null : t
}

/** Returns true when every word of the query is in the draft's title or summary (accent-insensitive). */
function matchesText(d: PublicDraftRow, q: string | undefined): boolean {
  const words = foldedWords(q ?? '')
  if (words.length === 0) return true
  const hay = ` ${foldedWords(`${d.title} ${d.summary ?? ''}`).join(' ')} `
  return words.every((w) => hay.includes(` ${w}`))
}

/** Returns one page of drafts as JSON or CSV. */
export const listDrafts: Handler<'listDrafts'> = async ({ request, url, origin, values, headers, now }) => {
  const since = values.updatedSince ? Date.parse(values.updatedSince) : null
  const rows = (await listPublicDraftRows()).filter(
    (d) =>
      matchesText(d, values.q) &&
      (!values.type || refId(d.documentType) === values.type) &&
      (!values.agency || refId(d.draftingAgency) === values.agency) &&
      (since === null || (time(d.updatedAt) ?? 0) >= since) &&
      (!values.state || consultationState({ opensAt: d.opensAt, closesAt: d.closesAt, reportPublishedAt: reportPublishedAt(d, now) }, now) === values.state),
  )
  const field = values.sort.replace(/^-/, '') as 'opensAt' | 'closesAt' | 'updatedAt'
  const order: MemoryOrder<PublicDraftRow> = {
    value: (d) => time(d[field]),
    id: (d) => d.id,
    direction: values.sort.startsWith('-') ? 'desc' : 'asc',
  }
  const page = keysetPage(memoryPage(rows, order, values.cursor, values.limit + 1), values.limit, url, (d) => positionOf(order, d))
  const [versions, tallies] = await Promise.all([versionsByDraft(page.data.map((d) => d.id)), commentTallies()])
  const data = page.data.map((d) => toApiDraft(d, versions.get(String(d.id)) ?? [], tallies.get(String(d.id))?.count ?? 0, origin, now))
  return respond(request, url, {
    json: { data, next: page.next, limit: page.limit },
    csv: { rows: data, columns: API_ENDPOINT_BY_ID.listDrafts.csv!.columns, filename: 'du-thao.csv' },
    lastModified: latest(page.data.flatMap((d) => [...draftChanges(d, now), tallies.get(String(d.id))?.lastChangeAt, ...(versions.get(String(d.id)) ?? []).map((v) => v.publishedAt)])),
    next: page.next,
    headers,
  })
}
