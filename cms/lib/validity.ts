/**
 * Validity status (tình trạng hiệu lực) of a legal document, computed from its dates and the
 * relations that target it instead of being typed by hand, so it changes by itself on the day
 * a replacing decree takes effect. Rules follow the Law on Promulgation of Legal Documents
 * (Law 80/2015 Art 153–154: a document ceases to be in force when its term ends, when it is
 * replaced or repealed, and stops having effect while suspended) and vbpl.vn practice (a
 * document with amended or repealed parts is "hết hiệu lực một phần").
 */
import { type DateInput, formatDateVN, toDate, vnDayKey, vnDayNumber } from './dates'
import { getRelationType } from './relations'

/** Validity statuses, in the order of a document's life. */
export type ValidityStatus = 'notYetInForce' | 'inForce' | 'partlyOutOfForce' | 'suspended' | 'outOfForce'

/** schema.org LegalForceStatus values for `legislationLegalForce`. */
export type SchemaOrgLegalForce = 'InForce' | 'NotInForce' | 'PartiallyInForce'

/** Vietnamese labels of each status, as shown on vbpl.vn. */
export const VALIDITY_LABELS: Readonly<Record<ValidityStatus, string>> = Object.freeze({
  notYetInForce: 'Chưa có hiệu lực',
  inForce: 'Còn hiệu lực',
  partlyOutOfForce: 'Hết hiệu lực một phần',
  // Đình chỉ / tạm ngưng việc thi hành (Law 80/2015 Art 153 §3): not ended, may resume.
  suspended: 'Ngưng hiệu lực',
  outOfForce: 'Hết hiệu lực',
})

/** schema.org legal-force value for each status (a document not yet in force is NotInForce). */
export const VALIDITY_SCHEMA_ORG: Readonly<Record<ValidityStatus, SchemaOrgLegalForce>> = Object.freeze({
  notYetInForce: 'NotInForce',
  inForce: 'InForce',
  partlyOutOfForce: 'PartiallyInForce',
  suspended: 'NotInForce',
  outOfForce: 'NotInForce',
})

/** A relation in which this document is the target (`to`). */
export interface IncomingRelation {
  type: string
  /** When the relation takes effect; absent = already in effect. */
  effectiveAt?: DateInput
  /** Affected part of this document (anchor or label); absent = whole document. */
  article?: string | null
  /** Number-symbol of the acting document, for the explanation. */
  fromNumber?: string | null
}

/** Everything computeValidity needs about one document. */
export interface ValidityInput {
  effectiveAt?: DateInput
  expiresAt?: DateInput
  incoming?: readonly IncomingRelation[] | null
  /** Set by an editor when the computed status is wrong (e.g. a relation not entered yet). */
  override?: { status: ValidityStatus; reason?: string | null; since?: DateInput } | null
}

/** A computed validity status with its explanation. */
export interface Validity {
  status: ValidityStatus
  label: string
  /** Vietnamese explanation, e.g. "Bị thay thế bởi 15/2022/NĐ-CP từ ngày 15/08/2022". */
  reason: string
  /** `yyyy-mm-dd` from which the status holds, when known. */
  since: string | null
  schemaOrg: SchemaOrgLegalForce
  /** True when an editor's override decided the status. */
  overridden: boolean
  /**
   * `yyyy-mm-dd`: the first day the whole document is no longer in force (its term's end, or the
   * effective date of the document replacing or repealing it, future ones included); null when
   * none is known. The one "Ngày hết hiệu lực" every surface shows.
   */
  expiresOn: string | null
}

interface Event {
  day: number | null
  since: string | null
  reason: string
  /** A suspension stops application without ending the document. */
  suspends?: boolean
}

const ARTICLE_UNITS: Record<string, string> = {
  phan: 'Phần',
  chuong: 'Chương',
  muc: 'Mục',
  dieu: 'Điều',
  khoan: 'khoản',
  diem: 'điểm',
}

/**
 * Returns a readable label for an article anchor (`dieu-5-khoan-2-diem-a` → `điểm a khoản 2
 * Điều 5`, the order Vietnamese legal citations use); other text is returned trimmed.
 */
export function articleLabel(article: string): string {
  const text = article.trim()
  const m = /^(?:(?:phan|chuong|muc|dieu|khoan|diem)-[0-9a-z]+-?)+$/.exec(text)
  if (!m) return text
  const parts = text.split('-')
  const units: string[] = []
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const unit = parts[i]!
    // Parts and chapters are numbered in Roman numerals (Chương II).
    const value = unit === 'phan' || unit === 'chuong' ? parts[i + 1]!.toUpperCase() : parts[i + 1]!
    units.push(`${ARTICLE_UNITS[unit]} ${value}`)
  }
  const label = units.reverse().join(' ')
  return label.charAt(0).toUpperCase() + label.slice(1)
}

function describe(rel: IncomingRelation, partial: boolean, dateText: string): string {
  const by = rel.fromNumber?.trim() ? rel.fromNumber.trim() : 'văn bản khác'
  const type = getRelationType(rel.type)
  const verb = type ? type.inverseLabel : rel.type
  const when = dateText ? ` từ ngày ${dateText}` : ''
  if (partial && rel.article?.trim())
    return `${articleLabel(rel.article)} ${verb.charAt(0).toLowerCase()}${verb.slice(1)} ${by}${when}`
  if (partial) return `${verb.replace(/ bởi$/, ' một phần bởi')} ${by}${when}`
  return `${verb} ${by}${when}`
}

function earliest(events: Event[]): Event[] {
  // Dated events in date order; undated ones (in effect, date unknown) after them.
  return [...events].sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity))
}

function result(status: ValidityStatus, reason: string, since: string | null, expiresOn: string | null, overridden = false): Validity {
  return { status, label: VALIDITY_LABELS[status], reason, since, schemaOrg: VALIDITY_SCHEMA_ORG[status], overridden, expiresOn }
}

/**
 * Returns the day (`yyyy-mm-dd`) the whole document stops being in force: the earliest of its
 * own expiry date and the effective dates of whole replacements or repeals (Law 80/2015 Art 154
 * §1: the document ceases on the day the replacing one takes effect). Future dates count: a
 * known replacement gives the expiry date before it arrives.
 */
export function expiryDay(input: Pick<ValidityInput, 'expiresAt' | 'incoming'>): string | null {
  const days: string[] = []
  const own = vnDayKey(input.expiresAt)
  if (own) days.push(own)
  for (const rel of input.incoming ?? []) {
    const effect = getRelationType(rel.type)?.effect
    if ((effect !== 'replaces' && effect !== 'repeals') || rel.article?.trim()) continue
    const day = vnDayKey(rel.effectiveAt)
    if (day) days.push(day)
  }
  return days.sort()[0] ?? null
}

/**
 * Returns the validity of a document on the Vietnamese calendar day of `today`. Order of the
 * rules: an editor's override; ended (expired, replaced, wholly repealed or suspended);
 * not yet in force; partly out of force (amended, or a part repealed/replaced/suspended);
 * in force. Relations count from their own effective day; future ones are ignored.
 */
export function computeValidity(input: ValidityInput, today: DateInput = new Date()): Validity {
  const todayNumber = vnDayNumber(today) ?? vnDayNumber(new Date())!
  const computed = computeFromFacts(input, todayNumber)
  const o = input.override
  if (!o || !(o.status in VALIDITY_LABELS)) return computed
  const reason = o.reason?.trim() ? o.reason.trim() : computed.reason
  return result(o.status, reason, vnDayKey(o.since) || null, computed.expiresOn, true)
}

function computeFromFacts(input: ValidityInput, todayNumber: number): Validity {
  const expiresOn = expiryDay(input)
  const ended: Event[] = []
  const partly: Event[] = []

  const expires = toDate(input.expiresAt)
  const expiresDay = vnDayNumber(expires)
  // A document is out of force ON its expiry date (it is the first day it no longer applies).
  if (expires && expiresDay !== null && expiresDay <= todayNumber) {
    ended.push({
      day: expiresDay,
      since: vnDayKey(expires),
      reason: `Hết thời hạn có hiệu lực từ ngày ${formatDateVN(expires)}`,
    })
  }

  for (const rel of input.incoming ?? []) {
    const effect = getRelationType(rel.type)?.effect ?? 'none'
    if (effect === 'none') continue
    const at = toDate(rel.effectiveAt)
    const day = vnDayNumber(at)
    if (day !== null && day > todayNumber) continue
    const partial = effect === 'amends' || Boolean(rel.article?.trim())
    const event: Event = { day, since: at ? vnDayKey(at) : null, reason: describe(rel, partial, formatDateVN(at)), suspends: effect === 'suspends' }
    if (partial) partly.push(event)
    else ended.push(event)
  }

  // Checked before "not yet in force": a document replaced before its effective date never applies.
  // A suspension ends nothing: the document is "Ngưng hiệu lực" until resumed, unless it also ended.
  const over = ended.filter((e) => !e.suspends)
  if (over.length > 0) {
    const first = earliest(over)[0]!
    return result('outOfForce', first.reason, first.since, expiresOn)
  }
  if (ended.length > 0) {
    const first = earliest(ended)[0]!
    return result('suspended', first.reason, first.since, expiresOn)
  }

  const effective = toDate(input.effectiveAt)
  const effectiveDay = vnDayNumber(effective)
  if (effective && effectiveDay !== null && todayNumber < effectiveDay) {
    return result('notYetInForce', `Có hiệu lực từ ngày ${formatDateVN(effective)}`, null, expiresOn)
  }

  if (partly.length > 0) {
    const sorted = earliest(partly)
    const shown = sorted.slice(0, 3).map((e) => e.reason)
    const more = sorted.length - shown.length
    const reason = shown.join('; ') + (more > 0 ? `; và ${more} thay đổi khác` : '')
    return result('partlyOutOfForce', reason, sorted[0]!.since, expiresOn)
  }

  if (!effective) return result('inForce', 'Chưa có thông tin ngày có hiệu lực', null, expiresOn)
  return result('inForce', `Có hiệu lực từ ngày ${formatDateVN(effective)}`, vnDayKey(effective), expiresOn)
}
