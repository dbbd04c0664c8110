/**
 * What a rate limit decided for one request, and how it is told to the client (headers and a
 * Vietnamese message). The limits themselves are kept in the database, shared by every instance:
 * see cms/limits/.
 */

/** Outcome of one check, with what the X-RateLimit-* and Retry-After headers need. */
export interface RateLimitResult {
  allowed: boolean
  limit: number
  /** Requests still allowed in the current window after this one. */
  remaining: number
  /** Epoch ms when the current window ends, i.e. when requests are allowed again. */
  resetAt: number
  /** Whole seconds to wait before retrying; 0 when allowed. */
  retryAfterSeconds: number
}

/** Returns the X-RateLimit-* headers for a result, plus Retry-After when it was refused. */
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(result.limit),
    'X-RateLimit-Remaining': String(result.remaining),
    'X-RateLimit-Reset': String(Math.ceil(result.resetAt / 1000)),
  }
  if (!result.allowed) headers['Retry-After'] = String(result.retryAfterSeconds)
  return headers
}

/** Returns the Vietnamese message for an HTTP 429, with the wait rounded up to seconds, minutes or hours. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  const s = Math.max(1, Math.ceil(retryAfterSeconds))
  const wait = s < 60 ? `${s} giây` : s < 3600 ? `${Math.ceil(s / 60)} phút` : `${Math.ceil(s / 3600)} giờ`
  return `Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${wait}.`
}
