/**
 * The API's rate limit: per client address, in memory, a sliding window of one minute.
 * API_RATE_LIMIT sets the requests allowed per minute (default 120), so tests and small
 * servers can tune it without a code change.
 */
import { createRateLimiter, type RateLimiter } from '../../../cms/lib/comments/rate-limit'

/** Requests per minute when API_RATE_LIMIT is unset or not a positive integer. */
export const DEFAULT_API_RATE_LIMIT = 120

declare global {
  var __portalApiLimiter: { max: number; limiter: RateLimiter } | undefined
}

/** Returns the limit in force (API_RATE_LIMIT, else 120). */
export function apiRateLimit(): number {
  const n = Number(process.env.API_RATE_LIMIT)
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_API_RATE_LIMIT
}

/** Returns the process-wide limiter, rebuilt when API_RATE_LIMIT changes. */
export function apiLimiter(): RateLimiter {
  const max = apiRateLimit()
  if (globalThis.__portalApiLimiter?.max !== max) {
    globalThis.__portalApiLimiter = { max, limiter: createRateLimiter({ windowMs: 60_000, max }) }
  }
  return globalThis.__portalApiLimiter.limiter
}
