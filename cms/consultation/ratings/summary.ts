/**
 * The counts the rating statistics are computed from (/thong-ke). Ratings are readable by
 * administrators only, so this is a server read (overrideAccess) of anonymous counts: the page
 * rated, the answer, the day; never the visitor key. Read on each request (ratings are not in the
 * change feed): every period from the per-page totals or, for one year, from that year's ratings.
 */
import type { Payload } from 'payload'

import type { LevelCounts, RatingCounts } from '../../lib/stats/ratings'
import { RATING_LEVELS, type RatingLevel } from './levels'

const KEY: Record<RatingLevel, keyof LevelCounts> = { 'very-satisfied': 'verySatisfied', satisfied: 'satisfied', unsatisfied: 'unsatisfied' }
const empty = (): LevelCounts => ({ verySatisfied: 0, satisfied: 0, unsatisfied: 0 })

/** Returns the counts per page (all years, or `year` only) and per year since the first rating. */
export async function ratingCounts(payload: Payload, opts: { year?: number; now: Date }): Promise<RatingCounts> {
  const pages = opts.year === undefined ? await totalsPerPage(payload) : await pagesOfYear(payload, opts.year)
  const first = await payload.find({ collection: 'ratings', sort: 'day', limit: 1, depth: 0, overrideAccess: true, select: { day: true } })
  const firstYear = Number(first.docs[0]?.day?.slice(0, 4))
  const thisYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(opts.now))
  const byYear: RatingCounts['byYear'] = []
  if (Number.isInteger(firstYear) && firstYear > 1900) {
    for (let year = firstYear; year <= thisYear; year++) {
      const counts = empty()
      for (const level of RATING_LEVELS) {
        const { totalDocs } = await payload.count({ collection: 'ratings', where: { and: [{ level: { equals: level.value } }, { day: { like: `${year}-` } }] }, overrideAccess: true })
        counts[KEY[level.value]] = totalDocs
      }
      byYear.push({ year, ...counts })
    }
  }
  return { pages, byYear }
}

async function totalsPerPage(payload: Payload): Promise<RatingCounts['pages']> {
  const { docs } = await payload.find({
    collection: 'rating-totals',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { path: true, verySatisfied: true, satisfied: true, unsatisfied: true },
  })
  return docs.map((d) => ({ path: d.path, verySatisfied: d.verySatisfied ?? 0, satisfied: d.satisfied ?? 0, unsatisfied: d.unsatisfied ?? 0 }))
}

async function pagesOfYear(payload: Payload, year: number): Promise<RatingCounts['pages']> {
  const { docs } = await payload.find({ collection: 'ratings', where: { day: { like: `${year}-` } }, depth: 0, pagination: false, overrideAccess: true, select: { path: true, level: true } })
  const byPath = new Map<string, LevelCounts>()
  for (const r of docs) {
    const counts = byPath.get(r.path) ?? empty()
    counts[KEY[r.level as RatingLevel]]++
    byPath.set(r.path, counts)
  }
  return [...byPath].map(([path, c]) => ({ path, ...c }))
}
