/**
 * Keyset paging for the public API, with opaque cursors. A cursor holds the sort value and id of
 * the last item of a page; the next page starts strictly after it. Unlike page numbers, this
 * keeps deep paging cheap (no OFFSET scan) and stable while documents are being added, so the
 * API needs no cap on paging depth. Lists read whole (drafts, comments of one draft, agencies:
 * small collections) are paged in memory with the same cursors and guarantees: no item is
 * repeated or skipped.
 */
import { z } from 'zod'

/** Position of the last item of a page: its value of the sort field, and its id as tie-breaker. */
export interface CursorPosition {
  sortValue: string | number | null
  id: string | number
}

/** Longest cursor we accept; a real one is well under 200 characters. */
export const MAX_CURSOR_LENGTH = 512

/** What a cursor holds once decoded: exactly `s` (sort value) and `i` (id), nothing else. */
const Payload = z.strictObject({
  s: z.union([z.null(), z.string().max(300), z.number()]),
  i: z.union([z.string().min(1).max(100), z.int()]),
})

/** Returns the opaque base64url cursor for a position. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ s: position.sortValue, i: position.id }), 'utf8').toString('base64url')
}

/** Returns the position in a cursor, or null for anything that is not a cursor we made (never throws). */
export function decodeCursor(cursor: string | null | undefined): CursorPosition | null {
  if (!cursor || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null
  try {
    const { s, i } = Payload.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))
    return { sortValue: s, id: i }
  } catch {
    return null
  }
}

/**
 * Returns the absolute URL of the next page (same path and filters, new `cursor` and `limit`),
 * or null when `lastItem` is null (no further page).
 */
export function nextLink(url: URL, lastItem: CursorPosition | null | undefined, limit: number): string | null {
  if (!lastItem) return null
  const next = new URL(url.href)
  next.searchParams.delete('cursor')
  next.searchParams.delete('limit')
  next.searchParams.set('limit', String(limit))
  next.searchParams.set('cursor', encodeCursor(lastItem))
  return next.href
}

/**
 * Returns one page from items fetched with `limit + 1` rows: the first `limit` items and the
 * `next` link, which is null when no extra row came back (this was the last page).
 */
export function keysetPage<T>(items: readonly T[], limit: number, url: URL, positionOf: (item: T) => CursorPosition): { data: T[]; next: string | null; limit: number } {
  const data = items.slice(0, limit)
  return { data, next: items.length > limit && data.length > 0 ? nextLink(url, positionOf(data[data.length - 1]!), limit) : null, limit }
}

/** How items are ordered: their sort value (a number or text; null sorts last) and id. */
export interface MemoryOrder<T> {
  value: (item: T) => string | number | null
  id: (item: T) => string | number
  direction: 'asc' | 'desc'
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b)) || byCodePoint(String(a), String(b))
}

function compareIds(a: string | number, b: string | number): number {
  const [na, nb] = [Number(a), Number(b)]
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : byCodePoint(String(a), String(b))
}

/** Returns the cursor position of an item. */
export function positionOf<T>(order: MemoryOrder<T>, item: T): CursorPosition {
  return { sortValue: order.value(item), id: order.id(item) }
}

/** Returns the items sorted, then the `take` items after the cursor (from the start without one). */
export function memoryPage<T>(items: readonly T[], order: MemoryOrder<T>, cursor: CursorPosition | undefined, take: number): T[] {
  const sign = order.direction === 'asc' ? 1 : -1
  const cmp = (a: CursorPosition, b: CursorPosition) => {
    const byValue = compareValues(a.sortValue, b.sortValue)
    // Nulls stay last in both directions.
    if (byValue !== 0) return a.sortValue === null || b.sortValue === null ? byValue : sign * byValue
    return sign * compareIds(a.id, b.id)
  }
  const sorted = [...items].sort((a, b) => cmp(positionOf(order, a), positionOf(order, b)))
  const start = cursor ? sorted.findIndex((item) => cmp(positionOf(order, item), cursor) > 0) : 0
  return start < 0 ? [] : sorted.slice(start, start + take)
}

/** Returns one page of a list read whole, for the list parameters: `limit` items after the cursor and the next link. */
export function listPage<T>(items: readonly T[], order: MemoryOrder<T>, { cursor, limit }: { cursor?: CursorPosition; limit: number }, url: URL) {
  return keysetPage(memoryPage(items, order, cursor, limit + 1), limit, url, (item) => positionOf(order, item))
}
