/**
 * The history ("Lịch sử") of a legal document as a list of dated events: issue, publication on
 * the portal, entry into force, each amendment, suspension, correction, expiry or replacement,
 * withdrawal — the vbpl.vn "Lược đồ/Lịch sử" tab and legislation.gov.uk's "changes to
 * legislation", in one order. Pure: the page gathers the facts, this orders and words them.
 *
 * The events from relations come from the same facts as the validity (cms/lib/validity.ts): a
 * replacement's date here is the expiry date `computeValidity` gives. Effects recorded per
 * provision (issue 14 item 1) feed in as `extra` events, already worded by their module.
 */
import { type DateInput, vnDayKey, vnDayNumber } from '../dates'
import { getRelationType } from '../relations'
import { articleLabel } from '../validity'

/** What happened to the document. */
export type TimelineKind =
  | 'issued'
  | 'published'
  | 'effective'
  | 'amended'
  | 'partlyEnded'
  | 'suspended'
  | 'corrected'
  | 'replaced'
  | 'repealed'
  | 'expired'
  | 'withdrawn'
  | 'effect'

/** The other document of an event, as a link. */
export interface TimelineDocument {
  numberSymbol: string
  url: string
}

/** One event of a document's history. */
export interface TimelineEvent {
  kind: TimelineKind
  /** `yyyy-mm-dd` (Vietnamese calendar day), or null when the date is not known. */
  date: string | null
  /** Vietnamese wording, without the document link (e.g. "Được sửa đổi, bổ sung bởi"). */
  label: string
  /** The acting document, when another document caused the event. */
  by?: TimelineDocument
  /** The part concerned (`dieu-5-khoan-2` or a label), absent = the whole document. */
  article?: string | null
  /** The provision's own page, when the part concerned has one. */
  articleUrl?: string
  /** True when the date is after today: known, not yet happened. */
  future: boolean
}

/** A relation another document holds towards this one, with that document as a link. */
export interface TimelineRelation {
  type: string
  effectiveAt?: DateInput
  article?: string | null
  from: TimelineDocument
}

/** The facts the timeline is built from. */
export interface TimelineInput {
  issuedAt?: DateInput
  /** First publication on the portal. */
  publishedAt?: DateInput
  effectiveAt?: DateInput
  /** The document's own term end (not one from a replacement: that comes from `incoming`). */
  expiresAt?: DateInput
  incoming?: readonly TimelineRelation[]
  /** Withdrawn from the portal (gỡ bỏ), with when and why. */
  withdrawn?: { at?: DateInput; reason?: string | null } | null
  /** Events from other sources (effects per provision), already worded. */
  extra?: readonly Omit<TimelineEvent, 'future'>[]
  /** Returns the page of a provision of this document, when it has one. */
  provisionUrl?: (anchor: string) => string | undefined
}

// Same day: the order of a document's life (issued before published before in force…).
const RANK: Record<TimelineKind, number> = {
  issued: 0,
  published: 1,
  effective: 2,
  corrected: 3,
  amended: 4,
  effect: 4,
  partlyEnded: 5,
  suspended: 6,
  expired: 7,
  replaced: 7,
  repealed: 7,
  withdrawn: 8,
}

function relationKind(type: string, partial: boolean): TimelineKind | null {
  if (type === 'corrects') return 'corrected'
  const effect = getRelationType(type)?.effect
  switch (effect) {
    case 'amends':
      return 'amended'
    case 'suspends':
      return 'suspended'
    case 'replaces':
      return partial ? 'partlyEnded' : 'replaced'
    case 'repeals':
      return partial ? 'partlyEnded' : 'repealed'
    default:
      return null
  }
}

/**
 * Returns the document's history, oldest first (undated events last, in input order), with
 * events after `today` marked `future`. Relations that do not change the document (guides,
 * cites…) are not history and are left out.
 */
export function documentTimeline(input: TimelineInput, today: DateInput = new Date()): TimelineEvent[] {
  const todayKey = vnDayKey(today)
  const events: Omit<TimelineEvent, 'future'>[] = []
  const add = (kind: TimelineKind, at: DateInput, label: string, more: Partial<TimelineEvent> = {}) =>
    events.push({ kind, date: vnDayKey(at) || null, label, ...more })

  if (input.issuedAt) add('issued', input.issuedAt, 'Ban hành')
  if (input.publishedAt) add('published', input.publishedAt, 'Công bố trên cổng thông tin')
  if (input.effectiveAt) add('effective', input.effectiveAt, 'Có hiệu lực')
  for (const rel of input.incoming ?? []) {
    const article = rel.article?.trim() || null
    const kind = relationKind(rel.type, Boolean(article))
    if (!kind) continue
    const label = getRelationType(rel.type)?.inverseLabel ?? rel.type
    const articleUrl = article ? input.provisionUrl?.(article) : undefined
    add(kind, rel.effectiveAt, label, { by: rel.from, article, ...(articleUrl ? { articleUrl } : {}) })
  }
  if (input.expiresAt) add('expired', input.expiresAt, 'Hết thời hạn có hiệu lực')
  for (const e of input.extra ?? []) events.push(e)
  if (input.withdrawn) add('withdrawn', input.withdrawn.at, input.withdrawn.reason?.trim() ? `Gỡ bỏ khỏi cổng thông tin: ${input.withdrawn.reason.trim()}` : 'Gỡ bỏ khỏi cổng thông tin')

  const order = events.map((e, i) => ({ e, i, day: e.date ? vnDayNumber(e.date) : null }))
  order.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || RANK[a.e.kind] - RANK[b.e.kind] || a.i - b.i)
  return order.map(({ e }) => ({ ...e, future: Boolean(e.date && todayKey && e.date > todayKey) }))
}

/** Returns "Điều 5" for an anchor or label of a part, for the sentence of an event. */
export function eventArticle(event: Pick<TimelineEvent, 'article'>): string {
  return event.article ? articleLabel(event.article) : ''
}
