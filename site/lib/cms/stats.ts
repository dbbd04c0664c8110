/**
 * Reads what the Directive 15 statistics need, with public access only: published documents
 * (no text, only whether they have one), published drafts, published comments (codes and
 * whether they were answered — never text or identity), the holiday table and the reporting
 * settings (which issuers are the owner's own); and the dates of every question (hỏi – đáp),
 * read by cms/questions/timelines.ts without any text or asker. Results are cached until content
 * changes.
 */
import type { ConsultationComment, ConsultationDraft } from '../../../cms/lib/stats/consultation'
import type { PublishingDoc } from '../../../cms/lib/stats/publishing'
import type { Directive15Input, EnteredFigure } from '../../../cms/lib/stats/directive15'
import { isGovVnAddress } from '../../../cms/lib/agencies/email'
import type { QuestionTimeline } from '../../../cms/lib/stats/questions'
import { questionTimelines } from '../../../cms/questions/timelines'
import type { Art17Item } from '../../../cms/lib/stats/art17'
import { art17SectionItems } from '../../../cms/reporting/art17-items'
import { ratingCounts } from '../../../cms/consultation/ratings/summary'
import type { RatingCounts } from '../../../cms/lib/stats/ratings'
import { contentVersion } from '../../../cms/hooks/contentEvents'
import { vnDayKey } from '../../../cms/lib/dates'
import type { DocumentType, Issuer, Media } from '../../../cms/payload-types'
import { populated, refId } from '../api/format'
import { documentPath, draftPath } from '../../../cms/lib/paths'
import { reportPublishedAt } from '../api/schemas'
import { listPublicDraftRows } from './opendata-consultation'
import { payloadInstance } from './payload'

/** Everything the statistics are computed from. */
export interface StatsInput {
  documents: PublishingDoc[]
  /** Days off as `yyyy-mm-dd`. */
  holidays: string[]
  /** Art 17 limit in working days (settings; 2 by default). */
  limitWorkingDays: number
  /** False while no issuer is marked as the owner's: timeliness cannot be judged. */
  ownIssuersSet: boolean
  drafts: ConsultationDraft[]
  comments: ConsultationComment[]
  /** Every question's dates and state (no text, no asker). */
  questions: QuestionTimeline[]
  /** Section items Decree 43 Art 17 sets a deadline for (plans, projects, dissemination, science, statistics). */
  art17Items: Art17Item[]
  /** The directory's addresses (counts only) and the figures administrators entered (Directive 15 report). */
  agencies: Directive15Input['agencies']
  entered: EnteredFigure[]
  /** Satisfaction ratings per page and per year (loadRatingCounts); none when left out. */
  ratings?: RatingCounts
}

let cache: { version: number; at: number; input: StatsInput } | null = null
const CACHE_MS = 60_000

/** Returns the inputs of the statistics (absolute links on `origin`), cached for a minute or until content changes. */
export async function loadStatsInput(origin: string, now: Date = new Date()): Promise<StatsInput> {
  const version = contentVersion()
  if (cache && cache.version === version && now.getTime() - cache.at < CACHE_MS) return withOrigin(cache.input, origin)
  const input = await load(now)
  cache = { version, at: now.getTime(), input }
  return withOrigin(input, origin)
}

/**
 * Returns the satisfaction rating counts for `year` (all years when undefined), read fresh: a
 * rating is not a content change, so it is not in the cached inputs.
 */
export async function loadRatingCounts(year: number | undefined, now: Date = new Date()): Promise<RatingCounts> {
  return ratingCounts(await payloadInstance(), { year, now })
}

/** Forgets the cached inputs (tests change content without the change events). */
export function clearStatsCache(): void {
  cache = null
}

// Links are stored as paths and made absolute per request: one cache serves every host name.
function withOrigin(input: StatsInput, origin: string): StatsInput {
  return {
    ...input,
    documents: input.documents.map((d) => ({ ...d, url: new URL(d.url, origin).href })),
    art17Items: input.art17Items.map((i) => ({ ...i, url: new URL(i.url, origin).href })),
    drafts: input.drafts.map((d) => ({ ...d, url: new URL(d.url, origin).href })),
  }
}

async function load(now: Date): Promise<StatsInput> {
  const [documents, holidays, reporting, drafts, comments, questions, online, agencies, entered, art17Items] = await Promise.all([
    publishedDocuments(),
    holidayDays(),
    reportingSettings(),
    listPublicDraftRows(),
    publishedComments(),
    payloadInstance().then(questionTimelines),
    draftsOnlineAt(),
    directoryAddresses(),
    enteredFigures(),
    payloadInstance().then(art17SectionItems),
  ])
  const own = new Set(reporting.ownIssuers)
  return {
    documents: documents.map((d) => ({ ...d, ownDocument: own.has(d.issuerId) })),
    holidays,
    limitWorkingDays: reporting.limit,
    ownIssuersSet: own.size > 0,
    drafts: drafts.map((d) => ({
      id: String(d.id),
      title: d.title,
      url: draftPath(d.slug ?? String(d.id)),
      opensAt: d.opensAt,
      closesAt: d.closesAt,
      onlineAt: online.get(String(d.id)) ?? null,
      documentType: populated<DocumentType>(d.documentType)?.name ?? '',
      minimumDays: typeof d.minimumDays === 'number' && d.minimumDays > 0 ? d.minimumDays : null,
      reportPublishedAt: reportPublishedAt(d, now),
    })),
    comments,
    questions,
    art17Items,
    agencies,
    entered,
  }
}

/** When each draft's text first went online: the publication of its earliest public version. */
async function draftsOnlineAt(): Promise<Map<string, string>> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'draft-versions', depth: 0, pagination: false, overrideAccess: false, select: { draft: true, publishedAt: true } })
  const first = new Map<string, string>()
  for (const v of docs) {
    const draft = refId(v.draft)
    if (!draft || !v.publishedAt) continue
    const seen = first.get(draft)
    if (!seen || Date.parse(v.publishedAt) < Date.parse(seen)) first.set(draft, v.publishedAt)
  }
  return first
}

/** For each published agency: whether it lists an address or system for electronic documents, and how many of its addresses are .gov.vn. */
async function directoryAddresses(): Promise<Directive15Input['agencies']> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'agencies', depth: 0, pagination: false, draft: false, overrideAccess: false, select: { emails: { address: true, purpose: true }, documentSystemUrl: true } })
  return docs.map((a) => {
    const addresses = (a.emails ?? []).map((e) => e.address).filter((e): e is string => Boolean(e?.trim()))
    return {
      publishesAddress: Boolean(a.documentSystemUrl?.trim()) || (a.emails ?? []).some((e) => e.purpose === 'edocs' && e.address?.trim()),
      addresses: addresses.length,
      govVnAddresses: addresses.filter((e) => isGovVnAddress(e)).length,
    }
  })
}

/** The Directive 15 figures administrators entered, with their sources (public). */
async function enteredFigures(): Promise<EnteredFigure[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'directive15-figures', depth: 0, pagination: false, overrideAccess: false })
  return docs.map((f) => ({ item: f.item, year: f.year, value: f.value, total: f.total ?? null, source: f.source, note: f.note ?? null }))
}

async function publishedDocuments(): Promise<(PublishingDoc & { issuerId: string })[]> {
  const payload = await payloadInstance()
  const published = { workflowState: { equals: 'published' } }
  const [{ docs }, withText] = await Promise.all([
    payload.find({
      collection: 'legal-documents',
      where: published,
      depth: 1,
      pagination: false,
      draft: false,
      overrideAccess: false,
      select: { numberSymbol: true, slug: true, year: true, documentType: true, issuer: true, issuedAt: true, publishedAt: true, attachments: { kind: true, file: true } },
      populate: { 'document-types': { name: true }, issuers: { name: true }, media: { signatureStatus: true } },
    }),
    // Which documents carry their full text (shown as HTML), without reading the texts themselves.
    payload.find({
      collection: 'legal-documents',
      where: { and: [published, { fullText: { exists: true } }, { fullText: { not_equals: '' } }] },
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: false,
      select: {},
    }),
  ])
  const hasText = new Set(withText.docs.map((d) => String(d.id)))
  return docs.map((d) => ({
    id: String(d.id),
    numberSymbol: d.numberSymbol,
    url: documentPath(d),
    documentType: populated<DocumentType>(d.documentType)?.name ?? '',
    issuer: populated<Issuer>(d.issuer)?.name ?? '',
    issuerId: refId(d.issuer) ?? '',
    issuedAt: d.issuedAt,
    publishedAt: d.publishedAt ?? null,
    hasHtmlFullText: hasText.has(String(d.id)),
    // Derived from verification: a signed original whose signature chains to the trust list.
    hasSignedFile: (d.attachments ?? []).some((a) => a.kind === 'original' && populated<Media>(a.file)?.signatureStatus === 'valid'),
    ownDocument: false,
  }))
}

async function holidayDays(): Promise<string[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'holidays', depth: 0, pagination: false, overrideAccess: false, select: { date: true } })
  return docs.map((h) => vnDayKey(h.date)).filter(Boolean)
}

async function reportingSettings(): Promise<{ ownIssuers: string[]; limit: number }> {
  const payload = await payloadInstance()
  try {
    const r = await payload.findGlobal({ slug: 'reporting', depth: 0, overrideAccess: false })
    const limit = typeof r.publicationLimitWorkingDays === 'number' && r.publicationLimitWorkingDays > 0 ? r.publicationLimitWorkingDays : 2
    return { ownIssuers: (r.ownIssuers ?? []).map((i) => refId(i)).filter((i): i is string => i !== null), limit }
  } catch {
    return { ownIssuers: [], limit: 2 }
  }
}

async function publishedComments(): Promise<ConsultationComment[]> {
  const payload = await payloadInstance()
  // Published comments only: hidden and pending ones must not show through the counts.
  const { docs } = await payload.find({
    collection: 'comments',
    where: { status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    // status and purgedAt are read too: the field rule on `response` decides from them.
    select: { draft: true, status: true, purgedAt: true, stance: true, submitterCategory: true, response: { kind: true, text: true } },
  })
  return docs.map((c) => ({
    draftId: refId(c.draft) ?? '',
    stance: c.stance ?? '',
    submitterCategory: c.submitterCategory ?? '',
    answered: Boolean(c.response?.kind && c.response?.text?.trim()),
  }))
}
