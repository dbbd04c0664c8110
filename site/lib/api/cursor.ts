/**
 * Opaque keyset cursors for the public API. A cursor holds the sort value and id of the last
 * item of a page; the next page starts strictly after it. Unlike page numbers, this keeps
 * deep paging cheap (no OFFSET scan) and stable while documents are being added, so the API
 * needs no cap on paging depth.
 */

/** Position of the last item of a page: its value of the sort field, and its id as tie-breaker. */
export interface CursorPosition {
  sortValue: string | number | null
  id: string | number
}

/** Longest cursor we accept; a real one is well under 200 characters. */
export const MAX_CURSOR_LENGTH = 512

const MAX_SORT_VALUE_LENGTH = 300
const MAX_ID_LENGTH = 100
const CURSOR_RE = /^[A-Za-z0-9_-]+$/

/** Returns the opaque base64url cursor for a position. */
export function encodeCursor(position: CursorPosition): string {
  const payload = JSON.stringify({ s: position.sortValue, i: position.id })
  return Buffer.from(payload, 'utf8').toString('base64url')
}

/** Returns the position in a cursor, or null for anything that is not a cursor we made (never throws). */
export function decodeCursor(cursor: string | null | undefined): CursorPosition | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) return null
  if (!CURSOR_RE.test(cursor)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
  const record = parsed as Record<string, unknown>
  const keys = Object.keys(record)
  if (keys.length !== 2 || !('s' in record) || !('i' in record)) return null
  const { s, i } = record
  const sortValueOk =
    s === null ||
    (typeof s === 'string' && s.length <= MAX_SORT_VALUE_LENGTH) ||
    (typeof s === 'number' && Number.isFinite(s))
  const idOk = (typeof i === 'string' && i.length > 0 && i.length <= MAX_ID_LENGTH) || (typeof i === 'number' && Number.isSafeInteger(i))
  if (!sortValueOk || !idOk) return null
  return { sortValue: s as CursorPosition['sortValue'], id: i as CursorPosition['id'] }
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
export function keysetPage<T>(
  items: readonly T[],
  limit: number,
  url: URL,
  positionOf: (item: T) => CursorPosition,
): { data: T[]; next: string | null; limit: number } {
  const data = items.slice(0, limit)
  const hasMore = items.length > limit && data.length > 0
  return { data, next: hasMore ? nextLink(url, positionOf(data[data.length - 1]), limit) : null, limit }
}
