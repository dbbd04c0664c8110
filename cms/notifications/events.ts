/**
 * Which changes people are told about (issue #17), declared in one place as pure functions of the
 * stored item before and after a save. Each event carries the time the save stamped on it, so its
 * key (`comment:12:hidden:2026-12-05T03:00:00.000Z`) names exactly one occurrence: the same event
 * is never announced twice, and a comment hidden, published again and hidden again is told both
 * times.
 */

/** A comment event a commenter who opted in hears about. */
export type CommentEvent = 'published' | 'hidden' | 'answered'
/** A question event its asker hears about (assigned is internal: the asker is not told). */
export type QuestionEvent = 'answered' | 'published' | 'declined'

/** One event to announce: what happened and the time the save recorded for it. */
export interface ItemEvent<E extends string> {
  event: E
  at: string
}

type Stamp = string | Date | null | undefined
const iso = (v: Stamp): string | null => (v ? new Date(v).toISOString() : null)

/** The comment fields the rules read. */
export interface CommentSnapshot {
  status?: string | null
  moderatedAt?: Stamp
  hiddenAt?: Stamp
  response?: { kind?: string | null; respondedAt?: Stamp } | null
}

/**
 * Returns the events a save of a comment produced: published or hidden (a change of status to
 * it), answered (the agency's response given where there was none). A comment put back to
 * pending, or a response corrected, is not announced.
 */
export function commentEvents(before: CommentSnapshot | undefined, after: CommentSnapshot): ItemEvent<CommentEvent>[] {
  const events: ItemEvent<CommentEvent>[] = []
  if (before && before.status !== after.status) {
    if (after.status === 'published') events.push({ event: 'published', at: iso(after.moderatedAt) ?? '' })
    if (after.status === 'hidden') events.push({ event: 'hidden', at: iso(after.hiddenAt ?? after.moderatedAt) ?? '' })
  }
  if (before && !before.response?.kind && after.response?.kind) events.push({ event: 'answered', at: iso(after.response.respondedAt) ?? '' })
  return events.filter((e) => e.at !== '')
}

/** The question fields the rules read. */
export interface QuestionSnapshot {
  status?: string | null
  answeredAt?: Stamp
  publishedAt?: Stamp
  declinedAt?: Stamp
}

/**
 * Returns the event a save of a question produced: answered (from an open state), published, or
 * declined. Taking a published answer down (back to answered) is internal, like assigning.
 */
export function questionEvents(before: QuestionSnapshot | undefined, after: QuestionSnapshot): ItemEvent<QuestionEvent>[] {
  if (!before || before.status === after.status) return []
  const at =
    after.status === 'answered' && before.status !== 'published'
      ? iso(after.answeredAt)
      : after.status === 'published'
        ? iso(after.publishedAt)
        : after.status === 'declined'
          ? iso(after.declinedAt)
          : null
  return at ? [{ event: after.status as QuestionEvent, at }] : []
}

/** Returns whether an event still describes the item when its message is about to go out (a correction made meanwhile wins). */
export function commentEventHolds(event: string, comment: CommentSnapshot): boolean {
  if (event === 'published' || event === 'hidden') return comment.status === event
  if (event === 'answered') return Boolean(comment.response?.kind)
  return false
}

/** Returns whether a question event still describes the question (answered then published at once: only the publication is told). */
export function questionEventHolds(event: string, question: QuestionSnapshot): boolean {
  return question.status === event
}

/** Returns the idempotency key of an item's event. */
export function eventKey(kind: 'comment' | 'question', id: string | number, e: ItemEvent<string>): string {
  return `${kind}:${id}:${e.event}:${e.at}`
}
