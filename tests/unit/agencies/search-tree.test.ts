import { describe, expect, it } from 'vitest'

import { matchAgencies } from '../../../cms/lib/agencies/search'
import { buildTree } from '../../../cms/lib/agencies/tree'

const list = [
  { id: 1, name: 'Ủy ban nhân dân tỉnh Cao Bằng', abbreviation: 'UBND tỉnh Cao Bằng', parent: null },
  { id: 2, name: 'Bộ Nội vụ', abbreviation: 'BNV', nameEn: 'Ministry of Home Affairs', parent: null },
  { id: 3, name: 'Sở Nội vụ tỉnh Cao Bằng', abbreviation: 'SNV', parent: 1, emails: [{ address: 'snv@caobang.gov.vn' }] },
  { id: 4, name: 'Văn phòng Bộ Nội vụ', parent: { id: 2 } },
]

describe('accent-insensitive agency search', () => {
  it('finds with or without diacritics, NFC or NFD, in any case', () => {
    const names = (q: string) => matchAgencies(list, q).map((a) => a.name)
    expect(names('bo noi vu')[0]).toBe('Bộ Nội vụ')
    expect(names('BỘ NỘI VỤ'.normalize('NFD'))[0]).toBe('Bộ Nội vụ')
    expect(names('cao bang')).toEqual(['Ủy ban nhân dân tỉnh Cao Bằng', 'Sở Nội vụ tỉnh Cao Bằng'])
    expect(names('home affairs')).toEqual(['Bộ Nội vụ'])
    expect(names('snv@caobang.gov.vn')).toEqual(['Sở Nội vụ tỉnh Cao Bằng'])
  })

  it('needs every word, matched at a word start, and ranks an exact abbreviation first', () => {
    expect(matchAgencies(list, 'noi vu cao').map((a) => a.id)).toEqual([3])
    expect(matchAgencies(list, 'oi vu')).toEqual([])
    expect(matchAgencies(list, 'bnv').map((a) => a.id)[0]).toBe(2)
    expect(matchAgencies(list, '   ')).toHaveLength(4)
  })
})

describe('tree by parent', () => {
  it('nests children under their parent and keeps orphans and loops as roots', () => {
    const tree = buildTree([...list, { id: 5, name: 'Mồ côi', parent: 99 }, { id: 6, name: 'A', parent: 7 }, { id: 7, name: 'B', parent: 6 }])
    expect(tree.map((n) => n.item.id)).toEqual([1, 2, 5, 6, 7])
    expect(tree[0]!.children.map((n) => n.item.id)).toEqual([3])
    expect(tree[1]!.children.map((n) => n.item.id)).toEqual([4])
  })
})
