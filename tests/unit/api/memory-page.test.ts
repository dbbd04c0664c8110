import { describe, expect, it } from 'vitest'

import { memoryPage, positionOf, type MemoryOrder } from '../../../site/lib/api/cursor'

type Row = { id: number; at: number | null; name: string }
const rows: Row[] = [
  { id: 1, at: 30, name: 'Bộ Nội vụ' },
  { id: 2, at: 10, name: 'bo Tài chính' },
  { id: 3, at: 30, name: 'Ủy ban nhân dân' },
  { id: 4, at: null, name: 'Ban Cơ yếu' },
  { id: 5, at: 20, name: 'Đài Truyền hình' },
]
const byTime: MemoryOrder<Row> = { value: (r) => r.at, id: (r) => r.id, direction: 'desc' }

/** Walks every page of `size` and returns the ids in the order a client would see them. */
function walk(order: MemoryOrder<Row>, size: number): number[] {
  const seen: number[] = []
  let cursor = undefined as ReturnType<typeof positionOf> | undefined
  for (;;) {
    const page = memoryPage(rows, order, cursor, size)
    if (page.length === 0) return seen
    seen.push(...page.map((r) => r.id))
    cursor = positionOf(order, page[page.length - 1]!)
  }
}

describe('memoryPage', () => {
  it('orders by value then id in the same direction, with missing values last', () => {
    expect(memoryPage(rows, byTime, undefined, 10).map((r) => r.id)).toEqual([3, 1, 5, 2, 4])
    expect(memoryPage(rows, { ...byTime, direction: 'asc' }, undefined, 10).map((r) => r.id)).toEqual([2, 5, 1, 3, 4])
  })

  it('continues strictly after the cursor, so every page size sees each row once', () => {
    for (const size of [1, 2, 3, 5]) expect(walk(byTime, size)).toEqual([3, 1, 5, 2, 4])
  })

  it('sorts names in Vietnamese alphabetical order (o before ô, d before đ), ignoring case', () => {
    const byName: MemoryOrder<Row> = { value: (r) => r.name, id: (r) => r.id, direction: 'asc' }
    expect(walk(byName, 2)).toEqual([4, 2, 1, 5, 3])
  })

  it('returns nothing after the last row', () => {
    expect(memoryPage(rows, byTime, { sortValue: null, id: 4 }, 10)).toEqual([])
  })
})
