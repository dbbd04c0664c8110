/**
 * Rate limits of the comment form and the status lookup. Defaults suit one person or a small
 * office behind one address; a campaign or a load test raises them through the environment:
 * COMMENT_RATE_LIMIT_IP / _EMAIL / _LOOKUP as "max/seconds" (e.g. "20/600").
 */
import { createRateLimiter, type RateLimiter } from '../../../cms/lib/comments'

/** Returns `{ max, windowMs }` from "max/seconds", or the fallback when unset or malformed. */
export function parseLimit(text: string | undefined, fallback: { max: number; windowMs: number }): { max: number; windowMs: number } {
  const m = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text ?? '')
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) return fallback
  return { max: Number(m[1]), windowMs: Number(m[2]) * 1000 }
}

interface Limiters {
  ip: RateLimiter
  email: RateLimiter
  lookup: RateLimiter
}

let limiters: Limiters | null = null

/** Returns the process's limiters, created on first use from the environment. */
export function commentLimiters(): Limiters {
  limiters ??= {
    ip: createRateLimiter(parseLimit(process.env.COMMENT_RATE_LIMIT_IP, { max: 30, windowMs: 10 * 60_000 })),
    email: createRateLimiter(parseLimit(process.env.COMMENT_RATE_LIMIT_EMAIL, { max: 10, windowMs: 60 * 60_000 })),
    lookup: createRateLimiter(parseLimit(process.env.COMMENT_RATE_LIMIT_LOOKUP, { max: 20, windowMs: 10 * 60_000 })),
  }
  return limiters
}

/** Drops the limiters so the next use re-reads the environment (tests). */
export function resetCommentLimiters(): void {
  limiters = null
}
