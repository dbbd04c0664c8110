/** Tracking codes of questions ("HD" = hỏi – đáp): `HD-2026-000045`, numbered per year like comments. */
import type { NumberedCollection } from '../consultation/comments/sequence'
import { exactKey } from '../consultation/comments/similarity'
import { formatCode, parseCode } from '../consultation/comments/tracking-code'

/** Prefix of every question tracking code. */
export const QUESTION_CODE_PREFIX = 'HD'

/** The questions collection as the tracking-number sequence knows it. */
export const QUESTION_SEQUENCE: NumberedCollection = { collection: 'questions', prefix: QUESTION_CODE_PREFIX }

/** Returns `HD-{year}-{sequence padded to 6 digits}`. Throws RangeError on a bad year or sequence. */
export function formatQuestionCode(year: number, sequence: number): string {
  return formatCode(QUESTION_CODE_PREFIX, year, sequence)
}

/** Returns the canonical code for what a person typed or copied (`hd 2026 45` → `HD-2026-000045`), or null. */
export function normaliseQuestionCode(s: string | null | undefined): string | null {
  const parsed = parseCode(QUESTION_CODE_PREFIX, s)
  return parsed ? formatQuestionCode(parsed.year, parsed.sequence) : null
}

/** Returns the duplicate key of a question: same address, same title and words (ignoring case, accents and spacing). */
export function questionExactKey(q: { title: string; body: string; email: string }): string {
  return exactKey(`${q.title}\n${q.body}`, `question|${q.email}`)
}
