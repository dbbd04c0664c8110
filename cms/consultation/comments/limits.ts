/**
 * Rate limits of the comment form and the status lookup, one limit for every instance of the
 * portal on the database (cms/limits/). Defaults suit one person or a small office behind one
 * address; a campaign or a load test raises them through the environment:
 * COMMENT_RATE_LIMIT_IP / _EMAIL / _LOOKUP as "max/seconds" (e.g. "20/600"), read on each use.
 */
import type { Payload } from 'payload'

import { sharedLimiter, type SharedLimiter } from '../../limits'

/** Returns `{ max, windowMs }` from "max/seconds", or the fallback when unset or malformed. */
export function parseLimit(text: string | undefined, fallback: { max: number; windowMs: number }): { max: number; windowMs: number } {
  const m = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text ?? '')
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) return fallback
  return { max: Number(m[1]), windowMs: Number(m[2]) * 1000 }
}

interface Limiters {
  /** Comments per client address. */
  ip: SharedLimiter
  /** Comments per e-mail address (stored hashed, like every key). */
  email: SharedLimiter
  /** Status look-ups per client address. */
  lookup: SharedLimiter
}

/** Returns the limiters of this instance, with the settings of the environment. */
export function commentLimiters(payload: Payload): Limiters {
  return {
    ip: sharedLimiter(payload, { name: 'comment-ip', ...parseLimit(process.env.COMMENT_RATE_LIMIT_IP, { max: 30, windowMs: 10 * 60_000 }) }),
    email: sharedLimiter(payload, { name: 'comment-email', ...parseLimit(process.env.COMMENT_RATE_LIMIT_EMAIL, { max: 10, windowMs: 60 * 60_000 }) }),
    lookup: sharedLimiter(payload, { name: 'status-lookup', ...parseLimit(process.env.COMMENT_RATE_LIMIT_LOOKUP, { max: 20, windowMs: 10 * 60_000 }) }),
  }
}
