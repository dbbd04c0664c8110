import { describe, expect, it } from 'vitest'
import { formatTrackingCode, parseTrackingCode } from '../../../cms/consultation/comments/tracking-code'

describe('tracking codes', () => {
  it('formats year and zero-padded sequence', () => {
    expect(formatTrackingCode(2026, 123)).toBe('GY-2026-000123')
    expect(formatTrackingCode(2026, 1)).toBe('GY-2026-000001')
    expect(formatTrackingCode(2026, 1234567)).toBe('GY-2026-1234567')
  })

  it.each([
    [26, 1],
    [2026, 0],
    [2026, -5],
    [2026, 1.5],
  ])('refuses year %s / sequence %s', (year, seq) => {
    expect(() => formatTrackingCode(year, seq)).toThrow(RangeError)
  })

  it.each(['GY-2026-000123', 'gy-2026-000123', ' GY 2026 000123 ', 'GY2026000123', 'gy-2026-123', 'GY–2026–000123', 'ＧＹ－２０２６－０００１２３', 'GY/2026/123'])(
    'reads %j as 2026 / 123',
    (s) => {
      expect(parseTrackingCode(s)).toEqual({ year: 2026, sequence: 123 })
    },
  )

  it.each(['', 'GY-2026', 'GY-26-000123', 'XY-2026-000123', 'GY-2026-000000', 'GY-2026-12a', null, undefined])('rejects %j', (s) => {
    expect(parseTrackingCode(s as string)).toBeNull()
  })

  it('round-trips', () => {
    for (const [y, n] of [
      [2025, 1],
      [2026, 999999],
      [2030, 42],
    ] as const) {
      expect(parseTrackingCode(formatTrackingCode(y, n))).toEqual({ year: y, sequence: n })
    }
  })
})
