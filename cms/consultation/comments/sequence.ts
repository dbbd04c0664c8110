/**
 * Tracking-code sequences (GY-2026-000123 for comments, HD-2026-000045 for questions: each
 * collection with `trackingYear` and `trackingSequence` fields counts on its own). Numbers are
 * handed out in memory, one at a time, after reading the highest number already stored; the
 * unique index on trackingCode is the safety net when another process (or a restart racing a
 * write) took the same number, and the caller then asks for a fresh start with
 * forgetTrackingSequence.
 */
import type { Payload } from 'payload'

import { formatCode, TRACKING_CODE_PREFIX } from './tracking-code'
import { runtime } from '../../runtime'

interface YearState {
  last: number | null
  chain: Promise<unknown>
}

declare module '../../runtime' {
  interface Runtime {
    trackingSequences?: WeakMap<Payload, Map<string, YearState>>
  }
}

/** A numbered collection and the prefix of its codes. */
export interface NumberedCollection {
  collection: 'comments' | 'questions'
  prefix: string
}

const COMMENTS: NumberedCollection = { collection: 'comments', prefix: TRACKING_CODE_PREFIX }

function stateFor(payload: Payload, year: number, of: NumberedCollection): YearState {
  const all = (runtime().trackingSequences ??= new WeakMap())
  let years = all.get(payload)
  if (!years) all.set(payload, (years = new Map()))
  const key = `${of.collection}:${year}`
  let state = years.get(key)
  if (!state) years.set(key, (state = { last: null, chain: Promise.resolve() }))
  return state
}

/** Returns the highest sequence stored for the year (0 when none). */
export async function highestStoredSequence(payload: Payload, year: number, of: NumberedCollection = COMMENTS): Promise<number> {
  const { docs } = await payload.find({
    collection: of.collection as 'comments',
    where: { trackingYear: { equals: year } },
    sort: '-trackingSequence',
    limit: 1,
    depth: 0,
    select: { trackingSequence: true },
    overrideAccess: true,
  })
  return docs[0]?.trackingSequence ?? 0
}

/** Returns the next tracking number and code for the year; concurrent callers get distinct numbers. */
export function nextTrackingNumber(payload: Payload, year: number, of: NumberedCollection = COMMENTS): Promise<{ year: number; sequence: number; code: string }> {
  const state = stateFor(payload, year, of)
  const next = state.chain.then(async () => {
    if (state.last === null) state.last = await highestStoredSequence(payload, year, of)
    state.last += 1
    return { year, sequence: state.last, code: formatCode(of.prefix, year, state.last) }
  })
  state.chain = next.catch(() => undefined)
  return next
}

/** Forgets the in-memory position so the next number is read from the database again (after a collision). */
export function forgetTrackingSequence(payload: Payload, year: number, of: NumberedCollection = COMMENTS): void {
  stateFor(payload, year, of).last = null
}
