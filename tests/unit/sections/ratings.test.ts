import { describe, expect, it } from 'vitest'

import { newRatingToken, ratablePath, ratingToken, ratingTotals, visitorKey } from '../../../cms/consultation/ratings/levels'
import { describeWeek, mondayOf } from '../../../cms/collections/WorkSchedules/week'

describe('rating helpers', () => {
  it('accepts content pages only', () => {
    expect(ratablePath('/tin-tuc/hoi-nghi-2026/')).toBe('/tin-tuc/hoi-nghi-2026')
    expect(ratablePath('/en/co-quan/bo-noi-vu')).toBe('/en/co-quan/bo-noi-vu')
    for (const bad of ['/admin', '/api/ratings', 'https://x/tin-tuc/a', '/tin-tuc/a?b=1', '/tin-tuc/<x>', null, 7]) expect(ratablePath(bad), String(bad)).toBeNull()
  })

  it('gives a browser a different key per page, per day and per secret, and never its token', () => {
    const browser = newRatingToken()
    const base = { secret: 's', browser, day: '2026-11-21', path: '/tin-tuc/a' }
    const key = visitorKey(base)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(key).not.toContain(browser)
    expect(visitorKey(base)).toBe(key)
    for (const change of [{ day: '2026-11-22' }, { path: '/tin-tuc/b' }, { secret: 't' }, { browser: newRatingToken() }]) expect(visitorKey({ ...base, ...change })).not.toBe(key)
  })

  it('accepts only tokens the portal could have issued', () => {
    const token = newRatingToken()
    expect(ratingToken(token)).toBe(token)
    expect(newRatingToken()).not.toBe(token)
    for (const bad of [undefined, '', 'x'.repeat(21), `${token}=`, '<script>abcdefghijklmn', 'a'.repeat(200)]) expect(ratingToken(bad)).toBeNull()
  })

  it('totals counts and the satisfied share', () => {
    expect(ratingTotals({ 'very-satisfied': 2, satisfied: 1, unsatisfied: 1 })).toEqual({ verySatisfied: 2, satisfied: 1, unsatisfied: 1, total: 4, satisfactionRate: 75 })
    expect(ratingTotals({}).satisfactionRate).toBe(0)
  })
})

describe('work schedule weeks', () => {
  it('starts weeks on Monday in Vietnam time', () => {
    // Sunday 22/11/2026 23:30 in Vietnam belongs to the week of Monday 16/11.
    expect(describeWeek(mondayOf('2026-11-22T16:30:00Z')!)).toMatchObject({ slug: '2026-11-16', title: 'Lịch công tác tuần từ 16/11/2026 đến 22/11/2026' })
    expect(describeWeek(mondayOf('2026-11-23')!).slug).toBe('2026-11-23')
    expect(mondayOf('không phải ngày')).toBeNull()
  })
})
