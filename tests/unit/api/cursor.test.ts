import { describe, expect, it } from 'vitest'

import { decodeCursor, encodeCursor, keysetPage, nextLink } from '../../../site/lib/api/cursor'

describe('cursor', () => {
  it.each([
    { sortValue: '2024-05-01T00:00:00.000Z', id: 42 },
    { sortValue: 'Bộ Nội vụ', id: '65f0c0ffee' },
    { sortValue: 0.734, id: 1 },
    { sortValue: null, id: 'x' },
  ])('round-trips %o', (position) => {
    const cursor = encodeCursor(position)
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCursor(cursor)).toEqual(position)
  })

  it.each([
    ['garbage', 'garbage'],
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['JSON of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['extra keys', Buffer.from('{"s":1,"i":2,"x":3}').toString('base64url')],
    ['array', Buffer.from('[1,2]').toString('base64url')],
    ['object id', Buffer.from('{"s":1,"i":{}}').toString('base64url')],
    ['fractional id', Buffer.from('{"s":1,"i":1.5}').toString('base64url')],
    ['too long', 'a'.repeat(600)],
  ])('rejects %s', (_label, cursor) => {
    expect(decodeCursor(cursor)).toBeNull()
  })

  it('builds the next link keeping filters and replacing cursor and limit', () => {
    const url = new URL('https://x.gov.vn/api/v1/documents.csv?type=3&cursor=old&limit=5&q=v%C4%83n')
    const link = nextLink(url, { sortValue: '2024-01-01', id: 7 }, 5)
    expect(link).not.toBeNull()
    const next = new URL(link as string)
    expect(next.pathname).toBe('/api/v1/documents.csv')
    expect(next.searchParams.get('type')).toBe('3')
    expect(next.searchParams.get('q')).toBe('văn')
    expect(next.searchParams.getAll('cursor')).toHaveLength(1)
    expect(decodeCursor(next.searchParams.get('cursor'))).toEqual({ sortValue: '2024-01-01', id: 7 })
    expect(nextLink(url, null, 5)).toBeNull()
  })

  it('pages keyset results fetched with limit + 1', () => {
    const url = new URL('https://x.gov.vn/api/v1/documents')
    const rows = [1, 2, 3].map((id) => ({ id, issuedAt: `2024-0${id}-01` }))
    const pos = (r: (typeof rows)[number]) => ({ sortValue: r.issuedAt, id: r.id })
    const page = keysetPage(rows, 2, url, pos)
    expect(page.data.map((r) => r.id)).toEqual([1, 2])
    expect(decodeCursor(new URL(page.next as string).searchParams.get('cursor'))).toEqual({ sortValue: '2024-02-01', id: 2 })
    expect(keysetPage(rows.slice(0, 2), 2, url, pos).next).toBeNull()
  })
})
