import { describe, expect, it } from 'vitest'
import { createRateLimiter, rateLimitHeaders, rateLimitMessage } from '../../../cms/lib/comments/rate-limit'

const MIN = 60_000

describe('createRateLimiter', () => {
  it('allows max requests per window, then refuses with Retry-After', () => {
    const limiter = createRateLimiter({ windowMs: 10 * MIN, max: 3 })
    const t0 = 1_000_000
    expect([0, 1, 2].map((i) => limiter.check('1.2.3.4', t0 + i * MIN).remaining)).toEqual([2, 1, 0])
    const refused = limiter.check('1.2.3.4', t0 + 3 * MIN)
    expect(refused).toEqual({ allowed: false, limit: 3, remaining: 0, resetAt: t0 + 10 * MIN, retryAfterSeconds: 7 * 60 })
  })

  it('slides: one request frees up when the oldest leaves the window (no burst at a boundary)', () => {
    const limiter = createRateLimiter({ windowMs: 10 * MIN, max: 2 })
    limiter.check('k', 0)
    limiter.check('k', 9 * MIN)
    expect(limiter.check('k', 10 * MIN - 1).allowed).toBe(false)
    expect(limiter.check('k', 10 * MIN).allowed).toBe(true)
    // The request at 9 min still counts: a fixed window would allow two more here.
    expect(limiter.check('k', 10 * MIN + 1).allowed).toBe(false)
    expect(limiter.check('k', 19 * MIN).allowed).toBe(true)
  })

  it('does not count refused requests, so a client retrying is not locked out forever', () => {
    const limiter = createRateLimiter({ windowMs: MIN, max: 1 })
    limiter.check('k', 0)
    for (let t = 1000; t < MIN; t += 1000) expect(limiter.check('k', t).allowed).toBe(false)
    expect(limiter.check('k', MIN).allowed).toBe(true)
  })

  it('keeps keys independent (per IP and per email limits)', () => {
    const limiter = createRateLimiter({ windowMs: MIN, max: 1 })
    expect(limiter.check('ip:1.2.3.4', 0).allowed).toBe(true)
    expect(limiter.check('email:an@example.vn', 0).allowed).toBe(true)
    expect(limiter.check('ip:1.2.3.4', 1).allowed).toBe(false)
  })

  it('reset clears one key or all', () => {
    const limiter = createRateLimiter({ windowMs: MIN, max: 1 })
    limiter.check('a', 0)
    limiter.check('b', 0)
    limiter.reset('a')
    expect(limiter.check('a', 1).allowed).toBe(true)
    expect(limiter.check('b', 1).allowed).toBe(false)
    limiter.reset()
    expect(limiter.size()).toBe(0)
  })

  it('forgets idle keys and caps memory by evicting the least recently seen', () => {
    const limiter = createRateLimiter({ windowMs: MIN, max: 5, maxKeys: 100 })
    for (let i = 0; i < 1000; i++) limiter.check(`ip-${i}`, 0)
    expect(limiter.size()).toBe(100)
    // The most recent keys are kept: ip-999 is still limited, ip-0 was evicted.
    expect(limiter.check('ip-999', 1).remaining).toBe(3)
    expect(limiter.check('ip-0', 1).remaining).toBe(4)
    limiter.check('someone-new', 2 * MIN)
    expect(limiter.size()).toBe(1)
  })

  it('rejects nonsensical settings', () => {
    expect(() => createRateLimiter({ windowMs: 0, max: 1 })).toThrow(RangeError)
    expect(() => createRateLimiter({ windowMs: MIN, max: 0 })).toThrow(RangeError)
  })
})

describe('HTTP 429 helpers', () => {
  it('builds X-RateLimit-* headers, and Retry-After only when refused', () => {
    const limiter = createRateLimiter({ windowMs: MIN, max: 1 })
    const ok = rateLimitHeaders(limiter.check('k', 10_000))
    expect(ok).toEqual({ 'X-RateLimit-Limit': '1', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '70' })
    const refused = rateLimitHeaders(limiter.check('k', 40_000))
    expect(refused['Retry-After']).toBe('30')
  })

  it('tells people in Vietnamese how long to wait', () => {
    expect(rateLimitMessage(30)).toBe('Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau 30 giây.')
    expect(rateLimitMessage(7 * 60 + 1)).toMatch(/sau 8 phút\.$/)
    expect(rateLimitMessage(2 * 3600)).toMatch(/sau 2 giờ\.$/)
  })
})
