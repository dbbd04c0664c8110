import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { limitKey, sharedLimiter } from '../../../cms/limits'
import { rateLimitHeaders, rateLimitMessage } from '../../../cms/consultation/comments/rate-limit'

const MIN = 60_000
let n = 0
/** A limiter of its own per test (limiters are cached by name and settings). */
const limiter = (max: number, windowMs = MIN) => sharedLimiter(null, { name: `unit-${++n}`, max, windowMs })

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(1_700_000_000_000)
})
afterEach(() => vi.useRealTimers())

// The database-backed limits (one limit across instances) are tested in tests/int/shared-limits.test.ts;
// without a Payload instance the same limiter counts in memory.
describe('rate limiter without a database (in memory)', () => {
  it('allows max requests per key in a window, then refuses with the wait until the window ends', async () => {
    const l = limiter(3, 10 * MIN)
    const first = await l.check('1.2.3.4')
    vi.advanceTimersByTime(MIN)
    const rest = [await l.check('1.2.3.4'), await l.check('1.2.3.4')]
    expect([first, ...rest].map((r) => [r.allowed, r.remaining])).toEqual([[true, 2], [true, 1], [true, 0]])
    const refused = await l.check('1.2.3.4')
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 9 * 60 })
    // The window started with the first request; when it ends, requests are allowed again.
    vi.advanceTimersByTime(9 * MIN)
    expect((await l.check('1.2.3.4')).allowed).toBe(true)
  })

  it('keeps keys apart', async () => {
    const l = limiter(1)
    expect((await l.check('ip:1.2.3.4')).allowed).toBe(true)
    expect((await l.check('email:an@example.vn')).allowed).toBe(true)
    expect((await l.check('ip:1.2.3.4')).allowed).toBe(false)
  })

  it('one limiter per name and settings: the same object, counting together', async () => {
    const a = sharedLimiter(null, { name: 'unit-same', max: 2, windowMs: MIN })
    const b = sharedLimiter(null, { name: 'unit-same', max: 2, windowMs: MIN })
    expect(a).toBe(b)
    await a.check('k')
    await b.check('k')
    expect((await a.check('k')).allowed).toBe(false)
  })

  it('rejects nonsensical settings', () => {
    expect(() => sharedLimiter(null, { name: 'unit-bad-1', windowMs: 0, max: 1 })).toThrow(RangeError)
    expect(() => sharedLimiter(null, { name: 'unit-bad-2', windowMs: MIN, max: 0 })).toThrow(RangeError)
    expect(() => sharedLimiter(null, { name: 'Tên có dấu', windowMs: MIN, max: 1 })).toThrow(RangeError)
  })

  it('stores a keyed hash, never the address or e-mail itself', () => {
    const k = limitKey('bí-mật', 'comment-email', 'an@example.vn')
    expect(k).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(k).not.toContain('example')
    expect(limitKey('bí-mật-khác', 'comment-email', 'an@example.vn')).not.toBe(k)
    expect(limitKey('bí-mật', 'comment-ip', 'an@example.vn')).not.toBe(k)
  })
})

describe('HTTP 429 helpers', () => {
  it('builds X-RateLimit-* headers, and Retry-After only when refused', async () => {
    const l = limiter(1)
    const ok = rateLimitHeaders(await l.check('k'))
    expect(ok).toEqual({ 'X-RateLimit-Limit': '1', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(1_700_000_000 + 60) })
    vi.advanceTimersByTime(30_000)
    const refused = rateLimitHeaders(await l.check('k'))
    expect(refused['Retry-After']).toBe('30')
    expect(refused['X-RateLimit-Remaining']).toBe('0')
  })

  it('tells people in Vietnamese how long to wait', () => {
    expect(rateLimitMessage(30)).toBe('Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau 30 giây.')
    expect(rateLimitMessage(7 * 60 + 1)).toMatch(/sau 8 phút\.$/)
    expect(rateLimitMessage(2 * 3600)).toMatch(/sau 2 giờ\.$/)
  })
})
