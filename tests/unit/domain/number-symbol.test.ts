import { describe, expect, it } from 'vitest'
import {
  looksLikeNumberSymbol,
  matchNumberSymbolQuery,
  numberSymbolKey,
  numberSymbolMatchesQuery,
  numberSymbolSearchForms,
  parseNumberSymbol,
} from '../../../cms/lib/number-symbol'
import { foldAccents } from '../../../cms/lib/vietnamese'

describe('parseNumberSymbol', () => {
  it.each([
    '43/2011/NĐ-CP',
    '43/2011/ND-CP',
    '43/2011/nđ-cp',
    ' 43 / 2011 / NĐ - CP ',
    '43/2011/NĐ-CP'.normalize('NFD'),
    '43/2011/NĐCP',
    '43/2011/ndcp',
    'Số: 43/2011/NĐ-CP',
    'số 43/2011/NĐ–CP',
    '43 2011 nđ cp',
  ])('%j has the key of 43/2011/NĐ-CP and its official form', (raw) => {
    const p = parseNumberSymbol(raw)
    expect(p).not.toBeNull()
    expect(p!.key).toBe('43|2011|ND|CP')
    expect(p!.official).toBe('43/2011/NĐ-CP')
    expect(p!.official).toBe(p!.official.normalize('NFC'))
    expect(p!.slug).toBe('43-2011-nd-cp')
  })

  it.each([
    [
      '43/2011/NĐ-CP',
      {
        number: '43',
        year: 2011,
        typeCode: 'NĐ',
        issuerCode: 'CP',
        unitCode: null,
        key: '43|2011|ND|CP',
        slug: '43-2011-nd-cp',
      },
    ],
    [
      '80/2015/QH13',
      {
        number: '80',
        year: 2015,
        typeCode: null,
        issuerCode: 'QH13',
        unitCode: null,
        key: '80|2015||QH13',
        slug: '80-2015-qh13',
      },
    ],
    [
      '24/2011/TT-BTTTT',
      {
        number: '24',
        year: 2011,
        typeCode: 'TT',
        issuerCode: 'BTTTT',
        key: '24|2011|TT|BTTTT',
        slug: '24-2011-tt-btttt',
      },
    ],
    ['15/2024/QĐ-UBND', { typeCode: 'QĐ', issuerCode: 'UBND', key: '15|2024|QD|UBND', slug: '15-2024-qd-ubnd' }],
    [
      '15/CT-TTg',
      { number: '15', year: null, typeCode: 'CT', issuerCode: 'TTg', key: '15||CT|TTG', slug: '15-ct-ttg' },
    ],
    ['1579/QĐ-TTg', { typeCode: 'QĐ', issuerCode: 'TTg', key: '1579||QD|TTG', slug: '1579-qd-ttg' }],
    ['40/KH-UBND', { typeCode: 'KH', issuerCode: 'UBND', key: '40||KH|UBND' }],
    ['03/VBHN-VPQH', { number: '03', typeCode: 'VBHN', issuerCode: 'VPQH', key: '3||VBHN|VPQH', slug: '03-vbhn-vpqh' }],
    [
      '1950/TTg-KGVX',
      { typeCode: null, issuerCode: 'TTg', unitCode: 'KGVX', key: '1950|||TTG-KGVX', slug: '1950-ttg-kgvx' },
    ],
    ['02/CT-BNV', { typeCode: 'CT', issuerCode: 'BNV', key: '2||CT|BNV' }],
    [
      '05/2012/TTLT-BTC-BTP',
      { year: 2012, typeCode: 'TTLT', issuerCode: 'BTC-BTP', key: '5|2012|TTLT|BTC-BTP', slug: '05-2012-ttlt-btc-btp' },
    ],
    ['12/HĐND-VP', { typeCode: null, issuerCode: 'HĐND', unitCode: 'VP', key: '12|||HDND-VP' }],
    ['09/2015/L-CTN', { typeCode: 'L', issuerCode: 'CTN', key: '9|2015|L|CTN' }],
  ])('%s', (raw, expected) => {
    expect(parseNumberSymbol(raw)).toMatchObject(expected)
  })

  it('gives the official spelling of mixed-case codes', () => {
    expect(parseNumberSymbol('15/ct-ttg')!.official).toBe('15/CT-TTg')
    expect(parseNumberSymbol('15/CT-TTG')!.official).toBe('15/CT-TTg')
    expect(parseNumberSymbol('12/2020/qyd-ubnd')!.official).toBe('12/2020/QyĐ-UBND')
    expect(parseNumberSymbol('80/2015/qh13')!.official).toBe('80/2015/QH13')
    expect(parseNumberSymbol('1950/ttg-kgvx')!.official).toBe('1950/TTg-KGVX')
    expect(parseNumberSymbol('10/bgddt-gdth')!.official).toBe('10/BGDĐT-GDTH')
    expect(parseNumberSymbol('15/CTTTg')!.official).toBe('15/CT-TTg')
  })

  it('splits a hyphen-less symbol only on a known type prefix, never a known issuer', () => {
    expect(parseNumberSymbol('15/2024/QĐUBND')!.key).toBe('15|2024|QD|UBND')
    expect(parseNumberSymbol('12/HĐND')!.typeCode).toBeNull()
    expect(parseNumberSymbol('02/2022/UBTVQH15')).toMatchObject({ typeCode: null, issuerCode: 'UBTVQH15' })
  })

  it('uses the issue year in the key of a symbol without year', () => {
    expect(numberSymbolKey('15/CT-TTg', { issuedYear: 2012 })).toBe('15|2012|CT|TTG')
    expect(numberSymbolKey('43/2011/NĐ-CP', { issuedYear: 2012 })).toBe('43|2011|ND|CP')
  })

  it('accepts data-driven code lists', () => {
    expect(parseNumberSymbol('7/XYZ-ABC')!.typeCode).toBeNull()
    expect(parseNumberSymbol('7/XYZ-ABC', { typeCodes: ['XYZ'] })).toMatchObject({ typeCode: 'XYZ', issuerCode: 'ABC' })
  })

  it.each([
    '',
    '   ',
    'Nghị định về giao thông',
    '2011 nghị định',
    '15 xyz abc',
    '43/2011',
    '43/20a1/NĐ-CP',
    'NĐ-CP/43',
    '1/2/3/4',
    '43/2011/NĐ-CP!',
  ])('returns null for %j', (raw) => {
    expect(parseNumberSymbol(raw)).toBeNull()
    expect(numberSymbolKey(raw)).toBeNull()
  })
})

describe('numberSymbolSearchForms', () => {
  const forms = numberSymbolSearchForms('43/2011/NĐ-CP')

  it('contains the useful forms', () => {
    expect(forms).toEqual(
      expect.arrayContaining([
        '43/2011/nd-cp',
        '43-2011-nd-cp',
        '432011ndcp',
        '43ndcp',
        '43/nd-cp',
        'nd-cp',
        'ndcp',
        '43',
        '2011',
        'nd',
        'cp',
      ]),
    )
    expect(new Set(forms).size).toBe(forms.length)
  })

  // The query side of the index: folded, then either the whole query compacted or every word.
  const hit = (query: string) => {
    const q = foldAccents(query.normalize('NFC')).trim()
    const words = q.split(/[\s]+/)
    return (
      forms.includes(q) ||
      forms.includes(q.replace(/[^a-z0-9/-]/g, '')) ||
      forms.includes(q.replace(/[^a-z0-9]/g, '')) ||
      words.every((w) => forms.includes(w))
    )
  }

  it.each([
    'nd 43 2011',
    '43/2011/ND-CP',
    '43 2011 nđ cp',
    '43/2011/NDCP',
    '43/ND-CP',
    '43/2011/NĐ-CP'.normalize('NFD'),
  ])('%j matches', (query) => {
    expect(hit(query)).toBe(true)
  })

  it('does not match another number', () => {
    expect(hit('44/2011/ND-CP')).toBe(false)
  })

  it('keeps both forms of a zero-padded number', () => {
    expect(numberSymbolSearchForms('03/VBHN-VPQH')).toEqual(
      expect.arrayContaining(['03/vbhn-vpqh', '3vbhnvpqh', '03', '3']),
    )
  })

  it('is empty for text that is not a number-symbol', () => {
    expect(numberSymbolSearchForms('hello')).toEqual([])
  })
})

describe('matchNumberSymbolQuery', () => {
  it.each([
    ['nd 43 2011', { number: '43', year: 2011, codes: ['ND'] }],
    ['43/2011/ND-CP', { number: '43', year: 2011, codes: ['ND', 'CP'] }],
    ['43/2011/NDCP', { number: '43', year: 2011, codes: ['ND', 'CP'] }],
    ['15 ct ttg', { number: '15', year: null, codes: ['CT', 'TTG'] }],
    ['ct-ttg 15', { number: '15', year: null, codes: ['CT', 'TTG'] }],
    ['15/CT-TTg', { number: '15', year: null, codes: ['CT', 'TTG'] }],
    ['43 2011 nđ cp', { number: '43', year: 2011, codes: ['ND', 'CP'] }],
    ['2011 43 ndcp', { number: '43', year: 2011, codes: ['ND', 'CP'] }],
    ['nghị định 43/2011', { number: '43', year: 2011, codes: ['ND'] }],
    ['Nghị định số 43 năm 2011', { number: '43', year: 2011, codes: ['ND'] }],
    ['luật 80/2015/QH13', { number: '80', year: 2015, codes: ['QH13'] }],
    ['1950/TTg-KGVX', { number: '1950', year: null, codes: ['TTG', 'KGVX'] }],
    ['03/VBHN-VPQH', { number: '3', year: null, codes: ['VBHN', 'VPQH'] }],
    ['thông tư 24 btttt', { number: '24', year: null, codes: ['TT', 'BTTTT'] }],
    ['TT24 BTC', { number: '24', year: null, codes: ['TT', 'BTC'] }],
    ['43ndcp', { number: '43', year: null, codes: ['ND', 'CP'] }],
  ])('%j', (query, expected) => {
    expect(matchNumberSymbolQuery(query)).toEqual(expected)
  })

  it.each(['thủ tục hành chính', 'điều 5', 'năm 2011', 'tthc 15', 'l 15', 'ct ttg', ''])(
    '%j is not a number-symbol query',
    (query) => {
      expect(matchNumberSymbolQuery(query)).toBeNull()
      expect(looksLikeNumberSymbol(query)).toBe(false)
    },
  )

  it.each(['nd 43 2011', '15/CT-TTg', 'ct-ttg 15', '80/2015/QH13'])('looksLikeNumberSymbol(%j)', (query) => {
    expect(looksLikeNumberSymbol(query)).toBe(true)
  })
})

describe('numberSymbolMatchesQuery', () => {
  it.each([
    ['43/2011/NĐ-CP', 'nd 43 2011', true],
    ['43/2011/NĐ-CP', '43/ND-CP', true],
    ['43/2011/NĐ-CP', '43 2012 nd', false],
    ['43/2011/NĐ-CP', '43/2011/TT-BTC', false],
    ['42/2022/NĐ-CP', 'nd 43', false],
    ['15/CT-TTg', '15 ct ttg', true],
    ['15/CT-TTg', 'ct 15 2012', true],
    ['03/VBHN-VPQH', 'vbhn 3', true],
  ] as const)('%s ← %j: %s', (raw, query, expected) => {
    expect(numberSymbolMatchesQuery(raw, query)).toBe(expected)
  })

  it('checks the issue year of a symbol without year when given', () => {
    expect(numberSymbolMatchesQuery('15/CT-TTg', 'ct 15 2012', { issuedYear: 2012 })).toBe(true)
    expect(numberSymbolMatchesQuery('15/CT-TTg', 'ct 15 2020', { issuedYear: 2012 })).toBe(false)
  })
})
