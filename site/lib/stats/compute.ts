/** Computes the statistics of one year (or all years) from the inputs read by site/lib/cms/stats.ts. */
import { art17Timeliness, type Art17Row } from '../../../cms/lib/stats/art17'
import { consultationStats, type ConsultationStats } from '../../../cms/lib/stats/consultation'
import { publishingStats, type PublishingStats } from '../../../cms/lib/stats/publishing'
import { questionStats, type QuestionStats } from '../../../cms/lib/stats/questions'
import { ratingStats, type RatingStats } from '../../../cms/lib/stats/ratings'
import type { StatsInput } from '../cms/stats'

/** The statistics shown on /thong-ke, in the CSV files and in the annual report. */
export interface StatsReport {
  /** The year in scope; undefined = every year. */
  year?: number
  publishing: PublishingStats
  consultation: ConsultationStats
  questions: QuestionStats
  /** Satisfaction ratings (Decree 224/2026 Art 10.3.b). */
  ratings: RatingStats
  /** Every Decree 43/2011 Art 17 deadline (questions aside: see `questions`). */
  art17: Art17Row[]
  ownIssuersSet: boolean
  limitWorkingDays: number
  /** Years with any data (and the current one), newest first, for the year picker. */
  years: number[]
}

/** Returns the statistics for `year` (all years when undefined) at `now`. */
export function computeStats(input: StatsInput, opts: { year?: number; now: Date }): StatsReport {
  const publishing = publishingStats(input.documents, { holidays: input.holidays, year: opts.year, limitWorkingDays: input.limitWorkingDays, now: opts.now })
  const consultation = consultationStats(input.drafts, input.comments, { year: opts.year, now: opts.now })
  const questions = questionStats(input.questions, { holidays: input.holidays, year: opts.year, now: opts.now })
  // Documents: the owner's own within the settings' limit (2 days), others' within 10. Without
  // the owner's issuers set, own and others cannot be told apart: documents are not judged.
  const documents = input.ownIssuersSet
    ? input.documents.map((d) => ({ rule: d.ownDocument ? ('own-documents' as const) : ('other-documents' as const), id: d.id, title: d.numberSymbol, url: d.url, startAt: d.issuedAt, onlineAt: d.publishedAt }))
    : []
  const art17 = art17Timeliness([...documents, ...input.art17Items], { holidays: input.holidays, year: opts.year, now: opts.now, workingDays: { 'own-documents': input.limitWorkingDays } })
  const ratings = ratingStats(input.ratings ?? { pages: [], byYear: [] })
  const current = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(opts.now))
  const years = new Set<number>([current, ...publishing.byYear.map((y) => y.year), ...consultation.draftsByYear.map((y) => y.year), ...questions.byYear.map((y) => y.year), ...ratings.byYear.filter((y) => y.total > 0).map((y) => y.year)])
  return {
    year: opts.year,
    publishing,
    consultation,
    questions,
    ratings,
    art17,
    ownIssuersSet: input.ownIssuersSet,
    limitWorkingDays: input.limitWorkingDays,
    years: [...years].sort((a, b) => b - a),
  }
}

/** Returns a share (0..1) as a percentage with one decimal. */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10
}
