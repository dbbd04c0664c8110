/**
 * What the server derives when the submitRating command stores a rating (a collection
 * beforeChange hook): the Vietnamese calendar day and the anonymous visitor key. Neither is
 * taken from a client (field rules), so one visitor cannot pose as many.
 */
import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { madeBy } from '../access'
import { vnDayKey } from '../../lib/dates'
import { visitorKey } from './levels'

/** The request context key carrying who rated and when (never stored as such). */
export const RATING_VISITOR = 'ratingVisitor'

/** Who rated, as the command passes it to the hook: the browser's token (see levels.ts) and when. */
export interface RatingVisitor {
  browser: string
  now: Date
}

/** Returns the day and visitor key of a rating of `path`. */
export function ratingKey(payload: Pick<Payload, 'secret'>, path: string, visitor: RatingVisitor): { day: string; visitorKey: string } {
  const day = vnDayKey(visitor.now)
  return { day, visitorKey: visitorKey({ secret: payload.secret, browser: visitor.browser, day, path }) }
}

export const stampRating: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  if (operation !== 'create' || !madeBy(context, 'submitRating')) return data
  const visitor = context[RATING_VISITOR] as RatingVisitor
  return { ...data, ...ratingKey(req.payload, String(data.path ?? ''), visitor) }
}
