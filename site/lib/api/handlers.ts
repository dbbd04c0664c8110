/**
 * The handler of every API endpoint, by operation id (the ids of the OpenAPI description). Each
 * reads published content only (site/lib/cms), maps it field by field (mappers/) and answers
 * through respond(), so caching, CORS, CSV and the next-page link are the same everywhere.
 */
import { foldedWords, matchAgencies } from '../../../cms/lib/agencies/search'
import { consultationState } from '../../../cms/consultation/state'
import { startOfVnDay } from '../../../cms/lib/dates'
import type { Agency } from '../../../cms/payload-types'
import { documentContext } from '../cms/documents'
import { findDocumentsPage, findPublicAgency, findPublicDocument, listPublicAgencies } from '../cms/opendata'
import { commentTallies, currentVersionToc, findPublicDraftRow, listPublicCommentRows, listPublicDraftRows, versionsByDraft, type PublicDraftRow } from '../cms/opendata-consultation'
import { searchSite } from '../cms/search'
import { keysetPage, nextLink } from './cursor'
import type { ParamValues } from './define'
import { API_ENDPOINT_BY_ID } from './endpoints'
import { absoluteUrl, latest, refId } from './format'
import { notFoundResponse, paramErrorResponse, respond } from './http'
import { toApiAgency } from './mappers/agency'
import { toApiComment } from './mappers/comment'
import { toApiDocument, toApiDocumentDetail } from './mappers/document'
import { draftChanges, reportPublishedAt, toApiDraft, toApiDraftDetail } from './mappers/draft'
import { memoryPage, positionOf, type MemoryOrder } from './memory-page'
import type { ApiSearchHit } from './schemas'

/** Operation ids of the public API. */
export type EndpointId = keyof typeof API_ENDPOINT_BY_ID

/** What a handler receives: the request, its parameters typed by the endpoint's declaration, the rate-limit headers. */
export interface HandlerContext<K extends EndpointId> {
  request: Request
  url: URL
  /** The configured public origin, for absolute links. */
  origin: string
  values: ParamValues<(typeof API_ENDPOINT_BY_ID)[K]>
  headers: Record<string, string>
  now: Date
}

type HandlerTable = { [K in EndpointId]: (ctx: HandlerContext<K>) => Promise<Response> }

/** Returns a page of a list as JSON, or as CSV with the endpoint's columns when asked. */
function listAnswer<K extends EndpointId, T>(
  { request, url, headers }: HandlerContext<K>,
  id: K,
  page: { data: T[]; next: string | null; limit: number },
  filename: string,
  lastModified: Date | null,
): Response {
  return respond(request, url, {
    json: page,
    csv: { rows: page.data, columns: API_ENDPOINT_BY_ID[id].csv!.columns, filename },
    lastModified,
    next: page.next,
    headers,
  })
}

const time = (value: string | null | undefined): number | null => {
  const t = value ? Date.parse(value) : NaN
  return Number.isNaN(t) ? null : t
}

/** Returns true when every word of the query is in the text (accent-insensitive). */
function matchesText(text: string, q: string | undefined): boolean {
  const words = foldedWords(q ?? '')
  const hay = ` ${foldedWords(text).join(' ')} `
  return words.every((w) => hay.includes(` ${w}`))
}

/** Invalid search cursor: one of another list, or an offset that is not one. */
const CURSOR_TAG = 'search'

export const HANDLERS: HandlerTable = {
  /** Published legal documents, filtered like /van-ban, keyset-paged in the database. */
  async listDocuments(ctx) {
    const { values, url, origin } = ctx
    const sortField = values.sort.replace(/^-/, '') as 'issuedAt' | 'updatedAt'
    const rows = await findDocumentsPage({ ...values, take: values.limit + 1 })
    // The cursor carries the full instant (epoch ms), not the API's calendar date.
    const page = keysetPage(rows, values.limit, url, (d) => ({ sortValue: Date.parse(d[sortField]), id: d.id }))
    const data = page.data.map((d) => toApiDocument(d, origin))
    return listAnswer(ctx, 'listDocuments', { ...page, data }, 'van-ban.csv', latest(page.data.map((d) => d.updatedAt)))
  },

  /** One published document by id or number-symbol, with structure, relations both ways, files and full text. */
  async getDocument({ request, url, origin, values, headers, now }) {
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
  },

  /** Published drafts with their consultation state, versions and comment counts. */
  async listDrafts(ctx) {
    const { values, url, origin, now } = ctx
    const since = values.updatedSince ? Date.parse(values.updatedSince) : null
    const state = (d: PublicDraftRow) => consultationState({ opensAt: d.opensAt, closesAt: d.closesAt, reportPublishedAt: reportPublishedAt(d, now) }, now)
    const rows = (await listPublicDraftRows()).filter(
      (d) =>
        matchesText(`${d.title} ${d.summary ?? ''}`, values.q) &&
        (!values.type || refId(d.documentType) === values.type) &&
        (!values.agency || refId(d.draftingAgency) === values.agency) &&
        (since === null || (time(d.updatedAt) ?? 0) >= since) &&
        (!values.state || state(d) === values.state),
    )
    const field = values.sort.replace(/^-/, '') as 'opensAt' | 'closesAt' | 'updatedAt'
    const order: MemoryOrder<PublicDraftRow> = { value: (d) => time(d[field]), id: (d) => d.id, direction: values.sort.startsWith('-') ? 'desc' : 'asc' }
    const page = keysetPage(memoryPage(rows, order, values.cursor, values.limit + 1), values.limit, url, (d) => positionOf(order, d))
    const [versions, tallies] = await Promise.all([versionsByDraft(page.data.map((d) => d.id)), commentTallies()])
    const versionsOf = (d: PublicDraftRow) => versions.get(String(d.id)) ?? []
    const data = page.data.map((d) => toApiDraft(d, versionsOf(d), tallies.get(String(d.id))?.count ?? 0, origin, now))
    const changes = page.data.flatMap((d) => [...draftChanges(d, now), tallies.get(String(d.id))?.lastChangeAt, ...versionsOf(d).map((v) => v.publishedAt)])
    return listAnswer(ctx, 'listDrafts', { ...page, data }, 'du-thao.csv', latest(changes))
  },

  /** One published draft with versions, table of contents and files. */
  async getDraft({ request, url, origin, values, headers, now }) {
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
  },

  /** The published comments of a draft, hidden ones as stubs. */
  async listDraftComments(ctx) {
    const { values, url, headers } = ctx
    const draft = await findPublicDraftRow(values.slug)
    if (!draft) return notFoundResponse(headers)
    const mapped = (await listPublicCommentRows([draft.id]))
      .flatMap((row) => {
        const api = toApiComment(row)
        return api ? [{ row, api }] : []
      })
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
    return listAnswer(ctx, 'listDraftComments', { ...page, data }, `gop-y-${draft.slug}.csv`, latest(page.data.map((c) => c.row.updatedAt)))
  },

  /** The published agency directory with official contacts. */
  async listAgencies(ctx) {
    const { values, url, origin } = ctx
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
    return listAnswer(ctx, 'listAgencies', { ...page, data }, 'co-quan.csv', latest(page.data.map((a) => a.updatedAt)))
  },

  /** One published agency. */
  async getAgency({ request, url, origin, values, headers }) {
    const agency = await findPublicAgency(values.slug)
    if (!agency) return notFoundResponse(headers)
    return respond(request, url, { json: toApiAgency(agency, origin), lastModified: latest([agency.updatedAt]), headers })
  },

  /** Search results, most relevant first, with facets; the cursor holds the offset of the next page. */
  async search({ request, url, origin, values, headers }) {
    const offset = values.cursor?.sortValue ?? 0
    if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0 || (values.cursor && values.cursor.id !== CURSOR_TAG)) {
      return paramErrorResponse(
        {
          code: 'invalid_parameter',
          parameter: 'cursor',
          message: 'Parameter "cursor" is not a valid cursor; use the "next" link of the previous page.',
          messageVi: 'Tham số "cursor" không hợp lệ; hãy dùng liên kết "next" của trang trước.',
        },
        headers,
      )
    }
    const limit = values.limit
    const base = { q: values.q, kind: values.kind, documentType: values.type, issuer: values.issuer, field: values.field, year: values.year, validity: values.validity }
    // Pages of `limit` items; a cursor made with another limit may start inside one, so read two.
    const first = Math.floor(offset / limit) + 1
    const pages = offset % limit === 0 ? [first] : [first, first + 1]
    const answers = await Promise.all(pages.map((page) => searchSite({ ...base, page, pageSize: limit })))
    const skip = offset - (first - 1) * limit
    const hits = answers.flatMap((a) => a.results).slice(skip, skip + limit)
    const total = answers[0]!.total
    const next = hits.length > 0 && offset + hits.length < total ? nextLink(url, { sortValue: offset + hits.length, id: CURSOR_TAG }, limit) : null
    const results = hits.map(
      (h): ApiSearchHit => ({
        kind: h.kind,
        id: String(h.id),
        url: absoluteUrl(origin, h.url)!,
        title: h.title,
        numberSymbol: h.numberSymbol || null,
        snippet: h.snippet,
        score: h.score,
      }),
    )
    const { documentType, issuer, field, year, validity, kind } = answers[0]!.facets
    return respond(request, url, {
      json: { total, results, facets: { documentType, issuer, field, year, validity, kind }, next, limit },
      csv: { rows: results, columns: API_ENDPOINT_BY_ID.search.csv!.columns, filename: 'tim-kiem.csv' },
      next,
      headers,
    })
  },
}
