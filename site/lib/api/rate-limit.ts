/**
 * The API's rate limit: per client address, API_RATE_LIMIT requests per minute (default 120),
 * one limit for every instance of the portal on the database (cms/limits/). The setting is read
 * on each request, so tests and small servers can tune it without a code change.
 */
import { sharedLimiter, type SharedLimiter } from '../../../cms/limits'
import { payloadInstance } from '../cms/payload'

/** Requests per minute when API_RATE_LIMIT is unset or not a positive integer. */
export const DEFAULT_API_RATE_LIMIT = 120

/** Returns the limit in force (API_RATE_LIMIT, else 120). */
export function apiRateLimit(): number {
  const n = Number(process.env.API_RATE_LIMIT)
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_API_RATE_LIMIT
}

/** Returns the API limiter of this instance (`await apiLimiter().then((l) => l.check(ip))`). */
export async function apiLimiter(): Promise<SharedLimiter> {
  return sharedLimiter(await payloadInstance(), { name: 'api', max: apiRateLimit(), windowMs: 60_000 })
}
