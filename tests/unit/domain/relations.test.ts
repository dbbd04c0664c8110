import { describe, expect, it } from 'vitest'
import {
  getRelationType,
  groupRelations,
  RELATION_TYPES,
  relationLabel,
  relationScope,
} from '../../../cms/lib/relations'

describe('RELATION_TYPES', () => {
  it('has the 13 vbpl.vn pairs with both labels', () => {
    expect(RELATION_TYPES.map((t) => t.value)).toEqual([
      'amends',
      'replaces',
      'repeals',
      'guides',
      'details',
      'consolidates',
      'corrects',
      'cites',
      'basedOn',
      'suspends',
      'stopsEffect',
      'interprets',
      'announces',
    ])
    for (const t of RELATION_TYPES) {
      expect(t.label).not.toBe('')
      expect(t.inverseLabel).not.toBe(t.label)
      expect(t.label).toBe(t.label.normalize('NFC'))
    }
    expect(relationLabel('basedOn', 'incoming')).toBe('Là căn cứ của')
    expect(relationLabel('replaces', 'outgoing')).toBe('Thay thế')
    expect(relationLabel('nope', 'outgoing')).toBe('')
  })

  it('knows which relations change validity and their schema.org property', () => {
    expect(getRelationType('replaces')).toMatchObject({ effect: 'replaces', schemaOrg: 'legislationChanges' })
    expect(getRelationType('repeals')).toMatchObject({ effect: 'repeals', schemaOrg: 'legislationRepeals' })
    expect(getRelationType('stopsEffect')?.effect).toBe('suspends')
    expect(getRelationType('guides')?.effect).toBe('none')
  })

  it('derives whole or partial scope', () => {
    expect(relationScope({ type: 'amends' })).toBe('partial')
    expect(relationScope({ type: 'repeals' })).toBe('whole')
    expect(relationScope({ type: 'repeals', article: 'dieu-5' })).toBe('partial')
    expect(relationScope({ type: 'suspends', article: '  ' })).toBe('whole')
  })
})

describe('groupRelations', () => {
  // 42/2022 replaces 43/2011; 43/2011 is based on Law 67/2006 and guided by circular 24/2011;
  // 10/2020 repeals Article 5 of 43/2011.
  const relations = [
    { type: 'guides', from: 'tt24', to: 'nd43' },
    { type: 'replaces', from: 'nd42', to: 'nd43', effectiveAt: '2022-08-15' },
    { type: 'basedOn', from: 'nd43', to: 'luat67' },
    { type: 'repeals', from: 'nd10', to: 'nd43', article: 'dieu-5' },
    { type: 'replaces', from: 'nd43', to: 'nd97' },
    { type: 'bogus', from: 'nd43', to: 'x' },
    { type: 'amends', from: 'a', to: 'b' },
  ]

  it('shows each relation from the side of the document, in RELATION_TYPES order', () => {
    const groups = groupRelations('nd43', relations)
    expect(groups.map((g) => [g.type, g.direction, g.label, g.items.map((i) => i.otherId)])).toEqual([
      ['replaces', 'outgoing', 'Thay thế', ['nd97']],
      ['replaces', 'incoming', 'Bị thay thế bởi', ['nd42']],
      ['repeals', 'incoming', 'Bị bãi bỏ bởi', ['nd10']],
      ['guides', 'incoming', 'Được hướng dẫn bởi', ['tt24']],
      ['basedOn', 'outgoing', 'Căn cứ', ['luat67']],
    ])
    expect(groups[2]!.items[0]).toMatchObject({ scope: 'partial', article: 'dieu-5' })
    expect(groups[1]!.items[0]).toMatchObject({ scope: 'whole', effectiveAt: '2022-08-15' })
  })

  it('shows the same relation from the other side', () => {
    expect(groupRelations('nd42', relations)).toEqual([
      {
        type: 'replaces',
        direction: 'outgoing',
        label: 'Thay thế',
        items: [expect.objectContaining({ otherId: 'nd43', from: 'nd42' })],
      },
    ])
    expect(groupRelations('luat67', relations)[0]).toMatchObject({ label: 'Là căn cứ của', direction: 'incoming' })
  })

  it('compares numeric and string ids, and returns [] when nothing touches the document', () => {
    expect(groupRelations(7, [{ type: 'cites', from: '7', to: 8 }])[0]?.items[0]?.otherId).toBe(8)
    expect(groupRelations('zzz', relations)).toEqual([])
  })
})
