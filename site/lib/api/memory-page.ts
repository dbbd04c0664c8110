/**
 * Keyset paging over a list already in memory (drafts, comments of one draft, agencies: small
 * collections read whole). Same cursors and guarantees as the database keyset pages: the next
 * page starts strictly after the last item's (sort value, id), so no item is repeated or skipped.
 */
import { keysetPage, type CursorPosition } from './cursor'

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
