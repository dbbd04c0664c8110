/**
 * The days off the answer deadline skips: the Holidays collection administrators keep (seeded
 * from content/holidays.json). Read fresh when a question arrives; a list or a dashboard reads
 * it once per request (`req.context`), however many questions it shows.
 */
import type { Payload, PayloadRequest } from 'payload'

import { vnDayKey } from '../lib/dates'

/** Returns the days off as `yyyy-mm-dd` (Vietnamese calendar days). */
export async function holidayDays(payload: Payload, req?: PayloadRequest): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'holidays', depth: 0, pagination: false, select: { date: true }, overrideAccess: true, ...(req ? { req } : {}) })
  return docs.map((h) => vnDayKey(h.date)).filter(Boolean)
}

const KEY = 'questionHolidays'

/** Returns the days off, read once per request (every question of a list shares the answer). */
export function holidaysOfRequest(req: PayloadRequest): Promise<string[]> {
  const cached = req.context[KEY] as Promise<string[]> | undefined
  if (cached) return cached
  const days = holidayDays(req.payload, req)
  req.context[KEY] = days
  return days
}
