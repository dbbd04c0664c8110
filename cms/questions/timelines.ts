/**
 * The dates the question statistics are computed from (/thong-ke). Every question counts, not only
 * published ones, so this is a server read (overrideAccess) of four non-personal fields: when it
 * arrived, when it was due, when it was answered, its state. No text, no asker ever leaves here.
 */
import type { Payload } from 'payload'

import type { QuestionTimeline } from '../lib/stats/questions'

/** Returns every question's receipt, due and answer dates and state. */
export async function questionTimelines(payload: Payload): Promise<QuestionTimeline[]> {
  const { docs } = await payload.find({
    collection: 'questions',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { receivedAt: true, dueDate: true, answeredAt: true, status: true },
  })
  return docs.filter((d) => d.receivedAt).map((d) => ({ receivedAt: d.receivedAt!, dueDate: d.dueDate ?? null, answeredAt: d.answeredAt ?? null, status: d.status }))
}
