/**
 * Rate limits of the question form, one limit for every instance on the database (cms/limits/).
 * A person asks a few questions, not dozens: QUESTION_RATE_LIMIT_IP / _EMAIL as "max/seconds"
 * raise them for an office behind one address. Status look-ups share the comment look-up's
 * limit (COMMENT_RATE_LIMIT_LOOKUP): someone probing codes is counted once, whichever page.
 */
import type { Payload } from 'payload'

import { commentLimiters, parseLimit } from '../consultation/comments/limits'
import { sharedLimiter, type SharedLimiter } from '../limits'

interface Limiters {
  /** Questions per client address. */
  ip: SharedLimiter
  /** Questions per e-mail address (stored hashed, like every key). */
  email: SharedLimiter
  /** Status look-ups per client address (shared with comments). */
  lookup: SharedLimiter
}

/** Returns the limiters of this instance, with the settings of the environment. */
export function questionLimiters(payload: Payload): Limiters {
  return {
    ip: sharedLimiter(payload, { name: 'question-ip', ...parseLimit(process.env.QUESTION_RATE_LIMIT_IP, { max: 20, windowMs: 10 * 60_000 }) }),
    email: sharedLimiter(payload, { name: 'question-email', ...parseLimit(process.env.QUESTION_RATE_LIMIT_EMAIL, { max: 5, windowMs: 60 * 60_000 }) }),
    lookup: commentLimiters(payload).lookup,
  }
}
