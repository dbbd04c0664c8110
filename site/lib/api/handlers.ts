/**
 * The handler of every API endpoint, by operation id (the ids of the OpenAPI description). Each
 * reads published content only (site/lib/cms), reads it into the shapes of schemas.ts and returns the
 * body its declaration types, or null for 404; the dispatcher answers through respond(), so
 * caching, CORS, CSV and the next-page link are the same everywhere.
 */
import type { z } from 'zod'

import { matchAgencies } from '../../../cms/lib/agencies/search'
import { startOfVnDay } from '../../../cms/lib/dates'
import { VALIDITY_LABELS } from '../../../cms/lib/validity'
import type { Agency as AgencyRow } from '../../../cms/payload-types'
import { documentContext } from '../cms/documents'
import { documentSortValue, findDocumentsPage, findPublicAgency, findPublicDocument, listPublicAgencies } from '../cms/opendata'
import { commentTallies, currentVersionToc, findPublicDraftRow, listPublicCommentRows, listPublicDraftRows, versionsByDraft, type PublicDraftRow } from '../cms/opendata-consultation'
import { getCatalogue } from '../cms/catalogue'
import { provisionView } from '../cms/provisions'
import { searchMatches, searchSite } from '../cms/search'
import { keysetPage, listPage, nextLink, type MemoryOrder } from './cursor'
import type { ParamValues } from './define'
import { API_ENDPOINT_BY_ID, SEARCH_CURSOR } from './endpoints'
import { latest, refId } from './format'
import { Agency, Document, DocumentDetail, Provision, Draft, DraftDetail, draftState, read, reportPublishedAt, SearchHit, SearchResult, toApiComment, type DraftRequest } from './schemas'

/** Operation ids of the public API. */
export type EndpointId = keyof typeof API_ENDPOINT_BY_ID

/** What a handler receives: its parameters typed by the endpoint's declaration, the request's URL, the public origin, the time. */
export interface HandlerContext<K extends EndpointId> {
  values: ParamValues<(typeof API_ENDPOINT_BY_ID)[K]>
  url: URL
  /** The configured public origin, for absolute links. */
  origin: string
  now: Date
}

/** What a handler returns: the 200 body its declaration describes and when it last changed; null is a 404. */
export type HandlerAnswer<K extends EndpointId> = { json: z.output<(typeof API_ENDPOINT_BY_ID)[K]['response']>; lastModified?: Date | null } | null

type HandlerTable = { [K in EndpointId]: (ctx: HandlerContext<K>) => Promise<HandlerAnswer<K>> }

const time = (value: string | null | undefined): number | null => {
  const t = value ? Date.parse(value) : NaN
  return Number.isNaN(t) ? null : t
}

/**
 * Returns the instants a draft's public view changed: its last save, the state changes time has
 * brought, its last comment change and its versions.
 */
function draftChanges(d: PublicDraftRow, { versions, tallies, now }: DraftRequest): (string | null | undefined)[] {
  const passed = [d.opensAt, d.closesAt, reportPublishedAt(d, now)].filter((t): t is string => Boolean(t) && Date.parse(t!) <= now.getTime())
  return [d.updatedAt, ...passed, tallies.get(String(d.id))?.lastChangeAt, ...(versions.get(String(d.id)) ?? []).map((v) => v.publishedAt)]
}

export const HANDLERS: HandlerTable = {
  /** Published legal documents, filtered like /van-ban, keyset-paged in the database. */
  async listDocuments({ values, url, origin }) {
    const rows = await findDocumentsPage({ ...values, take: values.limit + 1 })
    // The cursor carries the full instant (epoch ms), not the API's calendar date.
    const page = keysetPage(rows, values.limit, url, (d) => ({ sortValue: documentSortValue(d, values.sort), id: d.id }))
    return { json: { ...page, data: page.data.map((d) => read(Document, d, { origin })) }, lastModified: latest(page.data.map((d) => d.updatedAt)) }
  },

  /** One published document by id or number-symbol, with structure, relations both ways, files and full text. */
  async getDocument({ values, origin, now }) {
    const doc = await findPublicDocument(values.id)
    if (!doc) return null
    const context = await documentContext(doc)
    const since = context.validity.since ? startOfVnDay(context.validity.since) : null
    // Validity changes by itself on the day it takes effect (`since`), without anyone saving.
    return { json: read(DocumentDetail, doc, { origin, context }), lastModified: latest([doc.updatedAt, since && since <= now ? since.toISOString() : null]) }
  },

  /** One provision of a published document: 404 when the document or the anchor is unknown. */
  async getProvision({ values, origin, now }) {
    const doc = await findPublicDocument(values.id)
    if (!doc) return null
    const view = await provisionView(doc, values.anchor)
    if (!view) return null
    const since = view.context.validity.since ? startOfVnDay(view.context.validity.since) : null
    return { json: read(Provision, view, { origin, view, doc }), lastModified: latest([doc.updatedAt, since && since <= now ? since.toISOString() : null]) }
  },

  /** Published drafts with their consultation state, versions and comment counts. */
  async listDrafts({ values, url, origin, now }) {
    const since = values.updatedSince ? Date.parse(values.updatedSince) : null
    // Words go through the site search (title, summary and the articles of the current version).
    const matching = values.q?.trim() ? new Set(await searchMatches('draft', values.q)) : null
    const rows = (await listPublicDraftRows()).filter(
      (d) =>
        (!matching || matching.has(String(d.id))) &&
        (!values.type || refId(d.documentType) === values.type) &&
        (!values.agency || refId(d.draftingAgency) === values.agency) &&
        (since === null || (time(d.updatedAt) ?? 0) >= since) &&
        (!values.state || draftState(d, now) === values.state),
    )
    const field = values.sort.replace(/^-/, '') as 'opensAt' | 'closesAt' | 'updatedAt'
    const page = listPage(rows, { value: (d) => time(d[field]), id: (d) => d.id, direction: values.sort.startsWith('-') ? 'desc' : 'asc' }, values, url)
    const [versions, tallies] = await Promise.all([versionsByDraft(page.data.map((d) => d.id)), commentTallies()])
    const context = { versions, tallies, origin, now }
    return { json: { ...page, data: page.data.map((d) => read(Draft, d, context)) }, lastModified: latest(page.data.flatMap((d) => draftChanges(d, context))) }
  },

  /** One published draft with versions, table of contents and files. */
  async getDraft({ values, origin, now }) {
    const draft = await findPublicDraftRow(values.slug)
    if (!draft) return null
    const [versions, tallies, toc] = await Promise.all([versionsByDraft([draft.id]), commentTallies(), currentVersionToc(draft.id)])
    const context = { versions, tallies, origin, now }
    // The state changes by itself when the window opens or closes and when the report comes out.
    return { json: read(DraftDetail, draft, { ...context, toc }), lastModified: latest(draftChanges(draft, context)) }
  },

  /** The published comments of a draft, hidden ones as stubs. */
  async listDraftComments({ values, url }) {
    const draft = await findPublicDraftRow(values.slug)
    if (!draft) return null
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
    const page = listPage(mapped, order, values, url)
    return { json: { ...page, data: page.data.map((c) => c.api) }, lastModified: latest(page.data.map((c) => c.row.updatedAt)) }
  },

  /** The published agency directory with official contacts. */
  async listAgencies({ values, url, origin }) {
    const since = values.updatedSince ? Date.parse(values.updatedSince) : null
    const rows = matchAgencies(await listPublicAgencies(), values.q ?? '').filter(
      (a) => (!values.parent || refId(a.parent) === values.parent) && (!values.level || a.level === values.level) && (since === null || Date.parse(a.updatedAt) >= since),
    )
    const order: MemoryOrder<AgencyRow> =
      values.sort === 'name'
        ? { value: (a) => a.name, id: (a) => a.id, direction: 'asc' }
        : { value: (a) => Date.parse(a.updatedAt), id: (a) => a.id, direction: 'desc' }
    const page = listPage(rows, order, values, url)
    return { json: { ...page, data: page.data.map((a) => read(Agency, a, origin)) }, lastModified: latest(page.data.map((a) => a.updatedAt)) }
  },

  /** One published agency. */
  async getAgency({ values, origin }) {
    const agency = await findPublicAgency(values.slug)
    return agency && { json: read(Agency, agency, origin), lastModified: latest([agency.updatedAt]) }
  },

  /** Search results, most relevant first, with facets; the cursor holds the offset of the next page (checked by the declaration). */
  async search({ values, url, origin }) {
    const offset = Number(values.cursor?.sortValue ?? 0)
    const limit = values.limit
    // The index files documents under the catalogue's names; the API takes ids (or those names).
    const catalogue = await getCatalogue()
    const named = (v: string | undefined, options: { value: string; label: string }[]) => (v ? (options.find((o) => o.value === v || o.label === v)?.label ?? v) : undefined)
    const base = {
      q: values.q,
      kind: values.kind,
      documentType: named(values.type, catalogue.types),
      issuer: named(values.issuer, catalogue.issuers),
      field: named(values.field, catalogue.fields),
      year: values.year,
      validity: values.validity ? VALIDITY_LABELS[values.validity] : undefined,
      sort: values.sort,
    }
    // Pages of `limit` items; a cursor made with another limit may start inside one, so read two.
    const first = Math.floor(offset / limit) + 1
    const pages = offset % limit === 0 ? [first] : [first, first + 1]
    const answers = await Promise.all(pages.map((page) => searchSite({ ...base, page, pageSize: limit })))
    const skip = offset - (first - 1) * limit
    const hits = answers.flatMap((a) => a.results).slice(skip, skip + limit)
    const total = answers[0]!.total
    const next = hits.length > 0 && offset + hits.length < total ? nextLink(url, { sortValue: offset + hits.length, id: SEARCH_CURSOR }, limit) : null
    const results = hits.map((h) => read(SearchHit, h, origin))
    return { json: { total, results, facets: read(SearchResult.shape.facets, answers[0]!.facets), next, limit } }
  },
}
