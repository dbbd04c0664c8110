/**
 * In-memory sliding-window rate limiter for the comment form (per IP, per email) and the
 * public API. Exact: each key keeps the timestamps of its accepted requests in the window
 * (at most `max`), so there is no burst of 2×max at a fixed-window boundary. Memory is
 * bounded: idle keys are swept once per window and the key count is capped, evicting the
 * least recently seen. State is per process; several instances need a shared store.
 */

/** Settings of one limiter: at most `max` accepted requests per key in any `windowMs`. */
export interface RateLimitOptions {
  windowMs: number
  max: number
  /** Most keys kept at once (default 100,000); beyond it the least recently seen key is dropped. */
  maxKeys?: number
}

/** Outcome of one check, with what the X-RateLimit-* and Retry-After headers need. */
export interface RateLimitResult {
  allowed: boolean
  limit: number
  /** Requests still allowed in the current window after this one. */
  remaining: number
  /** Epoch ms when the oldest counted request leaves the window, i.e. when one more is allowed. */
  resetAt: number
  /** Whole seconds to wait before retrying; 0 when allowed. */
  retryAfterSeconds: number
}

/** A limiter instance. */
export interface RateLimiter {
  check(key: string, now?: number): RateLimitResult
  reset(key?: string): void
  /** Number of keys currently held (for monitoring and tests). */
  size(): number
}

/** Returns a limiter allowing `max` requests per key in any sliding window of `windowMs`; refused requests are not counted. */
export function createRateLimiter({ windowMs, max, maxKeys = 100_000 }: RateLimitOptions): RateLimiter {
  if (!(windowMs > 0) || !Number.isFinite(windowMs)) throw new RangeError('windowMs must be a positive number')
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a positive integer')
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError('maxKeys must be a positive integer')

  // Map keeps insertion order; re-inserting on every hit makes the first key the least recently seen.
  const hits = new Map<string, number[]>()
  let nextSweepAt = -Infinity

  const sweep = (now: number) => {
    for (const [key, times] of hits) {
      if (times.length === 0 || times[times.length - 1]! <= now - windowMs) hits.delete(key)
    }
    nextSweepAt = now + windowMs
  }

  return {
    check(key, now = Date.now()) {
      if (now >= nextSweepAt) sweep(now)
      const times = hits.get(key) ?? []
      while (times.length > 0 && times[0]! <= now - windowMs) times.shift()
      hits.delete(key)

      const allowed = times.length < max
      if (allowed) times.push(now)
      if (times.length > 0) {
        hits.set(key, times)
        while (hits.size > maxKeys) hits.delete(hits.keys().next().value!)
      }

      const resetAt = times.length > 0 ? times[0]! + windowMs : now
      return {
        allowed,
        limit: max,
        remaining: Math.max(0, max - times.length),
        resetAt,
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - now) / 1000)),
      }
    },
    reset(key) {
      if (key === undefined) hits.clear()
      else hits.delete(key)
    },
    size() {
      return hits.size
    },
  }
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
