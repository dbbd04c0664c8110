/**
 * Quantified statistics of electronic publishing for the yearly Directive 15/CT-TTg report,
 * including the Decree 43/2011 Art 17 check: the agency's own legal documents must be online
 * within 2 working days of issue.
 */
import { toDate, vnDayKey } from '../dates'
import { isLateForPublication, workingDaysBetween } from '../working-days'

/** The document fields the statistics read. */
export interface PublishingDoc {
  id: string
  numberSymbol: string
  url: string
  documentType: string
  issuer: string
  issuedAt: string
  publishedAt: string | null
  hasHtmlFullText: boolean
  hasSignedFile: boolean
  /** Issued by the portal owner: the Art 17 deadline applies only to these. */
  ownDocument: boolean
}

/** Options of publishingStats. */
export interface PublishingStatsOptions {
  /** Days off as `yyyy-mm-dd` (the administrators' holiday table). */
  holidays: string[]
  /** Restrict to one year (Vietnamese calendar); all years when absent. */
  year?: number
  /** Art 17 limit in working days; 2 unless the law changes. */
  limitWorkingDays?: number
  /** Reference instant: documents not online by then are unpublished; defaults to now. */
  now?: Date
}

/** A label with how many items carry it. */
export interface LabelCount {
  label: string
  count: number
}

/** An own document that went online (or is still not online) after the Art 17 deadline. */
export interface LatePublication {
  id: string
  numberSymbol: string
  url: string
  issuedAt: string
  publishedAt: string | null
  /** Working days from issue to publication (to `now` when unpublished). */
  workingDays: number
}

/** The result of publishingStats. */
export interface PublishingStats {
  /** Documents published in scope. */
  total: number
  /** Published documents per year of publication, ascending (not restricted by `year`). */
  byYear: { year: number; count: number }[]
  byType: LabelCount[]
  byIssuer: LabelCount[]
  /** Share (0..1) of published documents with full text in HTML; 0 when there are none. */
  fullTextShare: number
  /** Share (0..1) of published documents with a signed original whose signature verified; 0 when there are none. */
  signedFileShare: number
  /** Published documents with a verified signed original, per year of publication (every year, ascending). */
  signedByYear: SignedCount[]
  /** The same per issuer, in scope. */
  signedByIssuer: SignedCount[]
  timeliness: {
    /** Own documents whose deadline can be judged: published, or unpublished past the deadline. */
    applicable: number
    onTime: number
    late: LatePublication[]
    /** onTime / applicable, 0 when nothing is applicable. */
    onTimeShare: number
  }
}

/** How many documents under a label have a verified signed original, of how many. */
export interface SignedCount {
  label: string
  total: number
  signed: number
  /** signed / total (0..1). */
  share: number
}

const UNKNOWN = 'Không xác định'

/** Returns, per label, the documents with a verified signed original; most documents first. */
function signedBy(docs: PublishingDoc[], labelOf: (d: PublishingDoc) => string): SignedCount[] {
  const counts = new Map<string, { total: number; signed: number }>()
  for (const d of docs) {
    const label = labelOf(d).normalize('NFC').trim() || UNKNOWN
    const c = counts.get(label) ?? { total: 0, signed: 0 }
    c.total++
    if (d.hasSignedFile) c.signed++
    counts.set(label, c)
  }
  return [...counts].map(([label, c]) => ({ label, ...c, share: share(c.signed, c.total) }))
}

/** Returns the Vietnamese calendar year of a date, or null. */
export function vnYear(input: string | Date | null | undefined): number | null {
  const key = vnDayKey(input)
  return key ? Number(key.slice(0, 4)) : null
}

/** Returns label counts sorted by count descending, then label in Vietnamese order. */
export function countByLabel(labels: Iterable<string>): LabelCount[] {
  const counts = new Map<string, number>()
  for (const raw of labels) {
    const label = (raw ?? '').normalize('NFC').trim() || UNKNOWN
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'))
}

/** Returns part / whole, or 0 when whole is 0. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0
}

/**
 * Returns publishing statistics. A document belongs to the year it went online
 * (publishedAt, Vietnam time); an unpublished one to the year it was issued, and it counts
 * only in timeliness, as late once its deadline has passed (still pending before that).
 */
export function publishingStats(docs: PublishingDoc[], opts: PublishingStatsOptions): PublishingStats {
  const limit = opts.limitWorkingDays ?? 2
  const now = opts.now ?? new Date()
  // A publishedAt in the future is a scheduled publication: not online yet.
  const onlineAt = (d: PublishingDoc): string | null => {
    const t = toDate(d.publishedAt)
    return t && t.getTime() <= now.getTime() ? d.publishedAt : null
  }
  const published = docs.filter((d) => onlineAt(d) !== null)

  const years = new Map<number, number>()
  for (const d of published) {
    const y = vnYear(d.publishedAt)!
    years.set(y, (years.get(y) ?? 0) + 1)
  }
  const byYear = [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year)

  const inYear = (d: PublishingDoc) => opts.year === undefined || vnYear(onlineAt(d) ?? d.issuedAt) === opts.year
  const scoped = published.filter(inYear)

  let onTime = 0
  const late: LatePublication[] = []
  for (const d of docs) {
    // Art 17 binds the agency for its own documents only; others' documents are republished.
    if (!d.ownDocument || !toDate(d.issuedAt) || !inYear(d)) continue
    const publishedAt = onlineAt(d)
    if (isLateForPublication(d.issuedAt, publishedAt, opts.holidays, limit, now)) {
      late.push({
        id: d.id,
        numberSymbol: d.numberSymbol,
        url: d.url,
        issuedAt: d.issuedAt,
        publishedAt,
        workingDays: workingDaysBetween(d.issuedAt, publishedAt ?? now, opts.holidays),
      })
    } else if (publishedAt !== null) {
      onTime++
    }
  }
  late.sort((a, b) => b.workingDays - a.workingDays || a.numberSymbol.localeCompare(b.numberSymbol, 'vi'))
  const applicable = onTime + late.length

  return {
    total: scoped.length,
    byYear,
    byType: countByLabel(scoped.map((d) => d.documentType)),
    byIssuer: countByLabel(scoped.map((d) => d.issuer)),
    fullTextShare: share(scoped.filter((d) => d.hasHtmlFullText).length, scoped.length),
    signedFileShare: share(scoped.filter((d) => d.hasSignedFile).length, scoped.length),
    signedByYear: signedBy(published, (d) => String(vnYear(d.publishedAt))).sort((a, b) => a.label.localeCompare(b.label)),
    signedByIssuer: signedBy(scoped, (d) => d.issuer).sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi')),
    timeliness: { applicable, onTime, late, onTimeShare: share(onTime, applicable) },
  }
}
