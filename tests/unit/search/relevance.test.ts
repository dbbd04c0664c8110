/**
 * Relevance suite: queries with their expected top results over the fixed corpus (fixtures.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createSearchEngine, type SearchEngine, type SearchQuery } from '../../../cms/search/index'
import { CORPUS, CT_15_2020 } from './fixtures'

let engine: SearchEngine

beforeAll(async () => {
  engine = createSearchEngine()
  await engine.rebuild(CORPUS)
})

const ids = (q: SearchQuery | string) => engine.search(typeof q === 'string' ? { q } : q).results.map((h) => h.id)

/** [query, expected first result id] */
const TOP1: [string, string][] = [
  // words, with and without diacritics, any case, NFD
  ['văn bản điện tử', 'ct-15-2012'],
  ['van ban dien tu', 'ct-15-2012'],
  ['VĂN BẢN ĐIỆN TỬ', 'ct-15-2012'],
  ['văn bản điện tử'.normalize('NFD'), 'ct-15-2012'],
  // number-symbols in every common variant
  ['nd 43 2011', 'nd-43-2011'],
  ['43/2011/ND-CP', 'nd-43-2011'],
  ['43/2011/nđ-cp', 'nd-43-2011'],
  ['43 2011 ND CP', 'nd-43-2011'],
  ['43/NĐ-CP', 'nd-43-2011'],
  ['43 / 2011 / NĐ - CP', 'nd-43-2011'],
  ['NĐCP 43/2011', 'nd-43-2011'],
  ['nghị định 43/2011/NĐ-CP', 'nd-43-2011'],
  ['15/ct-ttg', 'ct-15-2012'],
  ['ct 15', 'ct-15-2012'],
  ['15/CT-TTg', 'ct-15-2012'],
  ['02/CT-BNV', 'ct-02-bnv-2012'],
  ['2/ct-bnv', 'ct-02-bnv-2012'],
  ['1950/TTg-KGVX', 'cv-1950-2013'],
  ['ttg kgvx 1950', 'cv-1950-2013'],
  ['14/CT-UBND', 'ct-14-cao-bang-2013'],
  ['19/2014/QĐ-TTg', 'qd-19-2014'],
  ['qd 19 2014', 'qd-19-2014'],
  ['64/2007/NĐ-CP', 'nd-64-2007'],
  ['42/2022/ND-CP', 'nd-42-2022'],
  ['nd 224 2026', 'nd-224-2026'],
  ['30/2020/nd-cp', 'nd-30-2020'],
  ['30/2021/NĐ-CP', 'nd-thue-nha-cong-vu'],
  ['45/2013/QH13', 'luat-45-2013'],
  // tone-mark placement: the title is written "Hoà", the text "hoà"
  ['hòa giải ở cơ sở', 'luat-35-2013'],
  ['hoà giải ở cơ sở', 'luat-35-2013'],
  ['thuỷ lợi', 'luat-08-2017'],
  ['thủy lợi', 'luat-08-2017'],
  // exact diacritics above folded-only matches
  ['thuê nhà', 'nd-thue-nha-cong-vu'],
  ['thuế nhà đất', 'luat-48-2010'],
  ['thue nha o cong vu', 'nd-thue-nha-cong-vu'],
  // subject searches
  ['chữ ký số', 'nd-130-2018'],
  ['luật đất đai', 'luat-45-2013'],
  ['dang ky khai sinh', 'nd-123-2015'],
  ['một cửa liên thông', 'nd-61-2018'],
  ['tiep can thong tin', 'luat-104-2016'],
  ['du lieu dac ta', 'tt-24-2011'],
  ['ngân sách nhà nước', 'luat-83-2015'],
  ['cong tac van thu', 'nd-30-2020'],
  ['ISO 9001', 'qd-19-2014'],
  ['đôn đốc thực hiện chỉ thị 15', 'cv-1950-2013'],
  ['chức năng tìm kiếm', 'nd-43-2011'],
  ['bảng giá đất', 'du-thao-luat-dat-dai-sua-doi'],
  ['stttt@caobang.gov.vn', 'so-tttt-cao-bang'],
  ['hành lang bảo vệ an toàn lưới điện', 'nd-an-toan-dien'],
  ['sơ đồ cơ cấu tổ chức', 'gioi-thieu'],
  // a type word with a number and a year: the document itself, above the letters citing it
  ['chỉ thị 15 năm 2012', 'ct-15-2012'],
  ['chi thi 15 nam 2012', 'ct-15-2012'],
  ['Chỉ thị số 15/CT-TTg', 'ct-15-2012'],
  ['nghị định 43/2011', 'nd-43-2011'],
  ['nghi dinh so 43 nam 2011', 'nd-43-2011'],
  ['quyết định số 19/2014/QĐ-TTg', 'qd-19-2014'],
  ['luật 45/2013', 'luat-45-2013'],
  ['công văn 1950', 'cv-1950-2013'],
  // a phrase in quotes
  ['"tăng cường sử dụng văn bản điện tử"', 'ct-15-2012'],
  ['"hanh lang bao ve an toan"', 'nd-an-toan-dien'],
]

describe('relevance: expected first result', () => {
  it('has at least 30 cases', () => {
    expect(TOP1.length).toBeGreaterThanOrEqual(30)
  })
  it.each(TOP1)('%s → %s', (q, id) => {
    expect(ids(q)[0]).toBe(id)
  })
})

describe('relevance: ranking', () => {
  it('adjacent syllables rank above scattered ones (điện tử)', () => {
    const r = ids('điện tử')
    const scattered = r.indexOf('nd-an-toan-dien')
    expect(scattered).toBeGreaterThan(-1)
    for (const adjacent of ['ct-15-2012', 'ct-02-bnv-2012', 'nd-43-2011', 'luat-20-2023', 'qd-28-2018']) {
      expect(r.indexOf(adjacent)).toBeGreaterThan(-1)
      expect(r.indexOf(adjacent)).toBeLessThan(scattered)
    }
  })

  it('adjacent syllables rank above scattered ones (quyết định)', () => {
    const r = ids({ q: 'quyết định', pageSize: 50 })
    const scattered = r.indexOf('tt-02-2017-vpcp') // "giải quyết … quy định"
    expect(scattered).toBeGreaterThan(-1)
    expect(r.indexOf('qd-28-2018')).toBeLessThan(scattered)
    expect(r.indexOf('qd-19-2014')).toBeLessThan(scattered)
  })

  it('without diacritics, every variant matches (thue nha finds both thuê and thuế)', () => {
    const r = ids('thue nha')
    expect(r).toContain('nd-thue-nha-cong-vu')
    expect(r).toContain('luat-48-2010')
  })

  it('with diacritics, exact matches come before folded-only ones', () => {
    const r = ids('thuê nhà')
    expect(r.indexOf('nd-thue-nha-cong-vu')).toBeLessThan(r.indexOf('luat-48-2010') === -1 ? Infinity : r.indexOf('luat-48-2010'))
    const r2 = ids('thuế nhà')
    expect(r2[0]).toBe('luat-48-2010')
  })

  it('tone placement and NFD input give identical results and scores', () => {
    const a = engine.search({ q: 'hòa giải' })
    const b = engine.search({ q: 'hoà giải' })
    const c = engine.search({ q: 'hòa giải'.normalize('NFD') })
    expect(b.results).toEqual(a.results)
    expect(c.results).toEqual(a.results)
    const d = engine.search({ q: 'thủy lợi' })
    const e = engine.search({ q: 'thuỷ lợi' })
    expect(e.results).toEqual(d.results)
  })

  it('a number-symbol puts the document first, then documents citing it', () => {
    const r = ids('43/2011/NĐ-CP')
    expect(r[0]).toBe('nd-43-2011')
    expect(r).toContain('nd-42-2022') // "thay thế Nghị định số 43/2011/NĐ-CP"
    expect(r).toContain('ct-15-2012')
  })

  it('the year in a number-symbol disambiguates documents with the same number', () => {
    expect(ids('30/2020/NĐ-CP')[0]).toBe('nd-30-2020')
    expect(ids('nd 30 2021')[0]).toBe('nd-thue-nha-cong-vu')
    expect(ids('30/2020/NĐ-CP')).not.toContain('nd-thue-nha-cong-vu')
  })

  it('a citation with a year finds that year\'s document when two share the number-symbol', async () => {
    const both = createSearchEngine()
    await both.rebuild([...CORPUS, CT_15_2020])
    const top = (q: string) => both.search({ q }).results.map((h) => h.id)
    expect(top('chỉ thị 15 năm 2012')[0]).toBe('ct-15-2012')
    expect(top('chỉ thị 15 năm 2020')[0]).toBe('ct-15-2020')
    expect(top('chỉ thị 15 năm 2020')).not.toContain('ct-15-2012')
    // Without the year both come first, above the letters that cite the directive.
    expect(top('chỉ thị 15').slice(0, 2).sort()).toEqual(['ct-15-2012', 'ct-15-2020'])
  })

  it('a letter citing the directive in the very words typed still ranks below the directive', () => {
    const r = ids('chỉ thị 15 năm 2012')
    expect(r[0]).toBe('ct-15-2012')
    expect(r).toContain('cv-2468-2014')
  })

  it('a type word does not turn a search about a document into a number-symbol query', () => {
    expect(ids('đôn đốc thực hiện chỉ thị 15')[0]).toBe('cv-1950-2013')
  })

  it('the seed directives rank for their key phrases', () => {
    expect(ids('tăng cường sử dụng văn bản điện tử').slice(0, 3)).toEqual(expect.arrayContaining(['ct-15-2012', 'ct-02-bnv-2012']))
    expect(ids('dich vu cong truc tuyen').slice(0, 3)).toEqual(expect.arrayContaining(['nd-43-2011', 'nd-42-2022', 'nd-224-2026']))
    expect(ids('Bộ Nội vụ')[0]).toBe('ct-02-bnv-2012')
    expect(ids('Thủ tướng Chính phủ')).toEqual(expect.arrayContaining(['ct-15-2012', 'qd-19-2014', 'cv-1950-2013']))
  })
})
