/**
 * Quantified statistics of public consultation on drafts for the yearly Directive 15/CT-TTg
 * report: how many drafts were posted, how many comments came in, who sent them, how many got
 * an answer, and whether each draft stayed open for its legal minimum period.
 */
import {
  CONSULTATION_STATE_LABELS,
  type ConsultationState,
  consultationPeriodDays,
  consultationState,
  meetsMinimumPeriod,
} from '../../consultation/state'
import { STANCE_LABELS, SUBMITTER_CATEGORY_LABELS } from '../../consultation/comments/codes'
import { countByLabel, share, vnYear } from './publishing'

/** The draft fields the statistics read. */
export interface ConsultationDraft {
  id: string
  title: string
  url: string
  opensAt: string
  closesAt: string
  /** When the draft's text first went online (its first public version); see periodStart. */
  onlineAt?: string | null
  documentType: string
  /** Minimum comment period of the draft's document type, or null when none is set. */
  minimumDays: number | null
  reportPublishedAt?: string | null
}

/** The comment fields the statistics read. */
export interface ConsultationComment {
  draftId: string
  /** `agree` | `disagree` | `partlyAgree`, or another code shown as is. */
  stance: string
  submitterCategory: string
  answered: boolean
}

/** A coded value with its Vietnamese label and count. */
export interface CodeCount {
  key: string
  label: string
  count: number
}

/** A draft posted for fewer days than the minimum of its document type. */
export interface DraftBelowMinimum {
  id: string
  title: string
  url: string
  opensAt: string
  closesAt: string
  documentType: string
  periodDays: number | null
  minimumDays: number
}

/** The result of consultationStats. */
export interface ConsultationStats {
  /** Drafts per year of opening, ascending (not restricted by `year`). */
  draftsByYear: { year: number; count: number }[]
  /** Every draft in scope with its number of published comments, most commented first. */
  commentsPerDraft: { id: string; title: string; url: string; count: number }[]
  totalDrafts: number
  totalComments: number
  byStance: CodeCount[]
  byCategory: CodeCount[]
  /** Drafts in scope per consultation state at `now`. */
  byState: CodeCount[]
  /** Share (0..1) of comments that received an answer; 0 when there are none. */
  answeredShare: number
  /** draftsMeetingMinimum over drafts that have a minimum set; 0 when none has. */
  metMinimumShare: number
  draftsMeetingMinimum: number
  draftsBelowMinimum: DraftBelowMinimum[]
  /** Drafts whose document type has no minimum period set: they cannot be judged. */
  draftsWithoutMinimum: number
}

// Labels come from the comment module, so statistics name categories exactly as the form does.
export { STANCE_LABELS, SUBMITTER_CATEGORY_LABELS }

/** Returns counts per code with labels, most frequent first. */
function countCodes(codes: string[], labels: Readonly<Partial<Record<string, string>>>): CodeCount[] {
  const byLabel = new Map<string, string>()
  const labelled = codes.map((code) => {
    const key = code.trim()
    const label = labels[key] ?? key
    byLabel.set(label, key)
    return label
  })
  return countByLabel(labelled).map(({ label, count }) => ({ key: byLabel.get(label) ?? '', label, count }))
}

/**
 * Returns consultation statistics. Only *published* comments must be passed in (the statistics
 * are public, and hidden or pending comments must not show through counts). A draft belongs
 * to the year it opened for comment (Vietnam time); `year` restricts drafts and their comments.
 */
/**
 * The start of a draft's consultation period: its opening, or when its text actually went online
 * if that was later but before the closing (a draft posted late had less time). A text put
 * online after the period ended is an archive loaded afterwards: its period is as announced.
 */
export function periodStart(d: Pick<ConsultationDraft, 'opensAt' | 'closesAt' | 'onlineAt'>): string {
  const online = d.onlineAt ? Date.parse(d.onlineAt) : Number.NaN
  return Number.isFinite(online) && online > Date.parse(d.opensAt) && online < Date.parse(d.closesAt) ? d.onlineAt! : d.opensAt
}

export function consultationStats(
  drafts: ConsultationDraft[],
  comments: ConsultationComment[],
  opts: { year?: number; now: Date },
): ConsultationStats {
  const years = new Map<number, number>()
  for (const d of drafts) {
    const y = vnYear(d.opensAt)
    if (y !== null) years.set(y, (years.get(y) ?? 0) + 1)
  }
  const draftsByYear = [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year)

  const scoped = drafts.filter((d) => opts.year === undefined || vnYear(d.opensAt) === opts.year)
  const ids = new Set(scoped.map((d) => d.id))
  const scopedComments = comments.filter((c) => ids.has(c.draftId))

  const perDraft = new Map<string, number>()
  for (const c of scopedComments) perDraft.set(c.draftId, (perDraft.get(c.draftId) ?? 0) + 1)
  const commentsPerDraft = scoped
    .map((d) => ({ id: d.id, title: d.title, url: d.url, count: perDraft.get(d.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'vi'))

  let draftsMeetingMinimum = 0
  let draftsWithoutMinimum = 0
  const draftsBelowMinimum: DraftBelowMinimum[] = []
  for (const d of scoped) {
    // The minimum depends on the document type and its legal basis (60 days under the 2015 Law,
    // 20 for several types under Law 64/2025): without one set, the draft cannot be judged.
    if (d.minimumDays === null || !Number.isFinite(d.minimumDays)) {
      draftsWithoutMinimum++
    } else if (meetsMinimumPeriod(periodStart(d), d.closesAt, d.minimumDays)) {
      draftsMeetingMinimum++
    } else {
      draftsBelowMinimum.push({
        id: d.id,
        title: d.title,
        url: d.url,
        opensAt: periodStart(d),
        closesAt: d.closesAt,
        documentType: d.documentType,
        periodDays: consultationPeriodDays(periodStart(d), d.closesAt),
        minimumDays: d.minimumDays,
      })
    }
  }
  const judged = draftsMeetingMinimum + draftsBelowMinimum.length

  const states = scoped.map((d) => consultationState(d, opts.now))
  const stateOrder: ConsultationState[] = ['upcoming', 'open', 'closed', 'reportPublished']
  const byState = stateOrder.map((state) => ({
    key: state,
    label: CONSULTATION_STATE_LABELS[state],
    count: states.filter((s) => s === state).length,
  }))

  return {
    draftsByYear,
    commentsPerDraft,
    totalDrafts: scoped.length,
    totalComments: scopedComments.length,
    byStance: countCodes(
      scopedComments.map((c) => c.stance),
      STANCE_LABELS,
    ),
    byCategory: countCodes(
      scopedComments.map((c) => c.submitterCategory),
      SUBMITTER_CATEGORY_LABELS,
    ),
    byState,
    answeredShare: share(scopedComments.filter((c) => c.answered).length, scopedComments.length),
    metMinimumShare: share(draftsMeetingMinimum, judged),
    draftsMeetingMinimum,
    draftsBelowMinimum,
    draftsWithoutMinimum,
  }
}
