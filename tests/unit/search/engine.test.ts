/**
 * Search engine behaviour: article hits and snippets, filters and facets, sorting, pagination,
 * hostile queries, incremental updates, persistence, rebuild progress, metadata-only mode, the
 * lunr plugin and number-symbol parsing.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lunr from 'lunr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createSearchEngine,
  parseNumberQuery,
  parseNumberSymbol,
  type SearchEngine,
  type SearchQuery,
  type SearchRecord,
  type SearchResult,
  vietnameseLunr,
} from '../../../cms/search/index'
import { CORPUS, ND_43_2011 } from './fixtures'

let engine: SearchEngine
let dir: string

beforeAll(async () => {
  engine = createSearchEngine()
  await engine.rebuild(CORPUS)
  dir = await mkdtemp(join(tmpdir(), 'search-test-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const search = (q: SearchQuery | string): SearchResult => engine.search(typeof q === 'string' ? { q } : q)
const ids = (q: SearchQuery | string) => search(q).results.map((h) => h.id)

function expectValidResult(r: SearchResult): void {
  expect(r).toMatchObject({ total: expect.any(Number), results: expect.any(Array), page: expect.any(Number), pageSize: expect.any(Number) })
  for (const k of ['documentType', 'issuer', 'field', 'year', 'validity', 'kind'] as const) expect(r.facets[k]).toBeTypeOf('object')
}

describe('hits', () => {
  it('a match inside the text points at the article, with its label', () => {
    const hit = search('đăng ký khai sinh').results[0]!
    expect(hit.id).toBe('nd-123-2015')
    expect(hit.url).toBe('/van-ban/nd-123-2015#dieu-9')
    expect(hit.url).toMatch(/#dieu-/)
    expect(hit.unit).toEqual({ anchor: 'dieu-9', label: 'Điều 9' })
    expect(hit.snippet).toContain('<mark>')
    expect(hit.snippet.toLowerCase()).toContain('<mark>đăng ký khai sinh</mark>')
  })

  it('other article hits: a draft article, a directive section', () => {
    expect(search('bảng giá đất').results[0]!.url).toBe('/du-thao/luat-dat-dai-sua-doi#dieu-159')
    expect(search('chữ ký số chuyên dùng').results[0]!.url).toBe('/van-ban/ct-15-2012#muc-7')
    expect(search('chuc nang tim kiem').results[0]!.url).toBe('/van-ban/nd-43-2011#dieu-15')
  })

  it('a hit on the number or the title points at the document without anchor', () => {
    const byNumber = search('43/2011/NĐ-CP').results[0]!
    expect(byNumber.url).toBe('/van-ban/nd-43-2011')
    expect(byNumber.unit).toBeUndefined()
    expect(byNumber.numberSymbol).toBe('43/2011/NĐ-CP')
    const byTitle = search('Luật Đất đai').results[0]!
    expect(byTitle.url).toBe('/van-ban/luat-45-2013')
    expect(byTitle.unit).toBeUndefined()
  })

  it('long documents: the right article among many, also after merges and reload', async () => {
    const units = Array.from({ length: 40 }, (_, i) => ({
      anchor: `dieu-${i + 1}`,
      label: `Điều ${i + 1}`,
      title: `Quy định số ${i + 1}`,
      text: i === 27 ? 'Quy định về nuôi trồng thủy sản trên biển đảo xa bờ.' : `Nội dung điều ${i + 1} về quản lý hành chính.`,
    }))
    const e = createSearchEngine()
    await e.rebuild(CORPUS)
    e.upsert({ kind: 'document', id: 'dai', url: '/van-ban/dai', title: 'Nghị định dài', units })
    const check = (x: SearchEngine) => {
      const hit = x.search({ q: 'nuoi trong thuy san' }).results[0]!
      expect(hit.url).toBe('/van-ban/dai#dieu-28')
      expect(hit.snippet).toContain('<mark>nuôi trồng thủy sản</mark>')
    }
    check(e)
    for (let i = 0; i < 20; i++) e.upsert({ kind: 'page', id: `p${i}`, url: `/p${i}`, title: `Trang ${i}` }) // forces merges
    check(e)
    const target = join(dir, 'long')
    await e.save(target)
    const loaded = createSearchEngine()
    expect(await loaded.load(target)).toBe(true)
    check(loaded)
  })

  it('one hit per record', () => {
    const r = search({ q: 'văn bản điện tử', pageSize: 100 })
    expect(new Set(r.results.map((h) => h.id)).size).toBe(r.results.length)
    expect(r.total).toBe(r.results.length)
  })

  it('metadata-only records are found by title and number', () => {
    expect(ids('áp dụng hệ thống quản lý chất lượng')[0]).toBe('qd-19-2014')
    expect(ids('1950/TTg-KGVX')[0]).toBe('cv-1950-2013')
    expect(search('14/CT-UBND').results[0]!.url).toBe('/van-ban/ct-14-cao-bang-2013')
  })

  it('accentless queries are highlighted on the accented words', () => {
    const hit = search('van ban dien tu').results.find((h) => h.id === 'ct-15-2012')!
    expect(hit.snippet).toContain('<mark>văn bản điện tử</mark>')
  })

  it('snippets are HTML-escaped except the marks', async () => {
    const e = createSearchEngine()
    await e.rebuild([
      {
        kind: 'page',
        id: 'xss',
        url: '/xss',
        title: 'Trang <b>thử</b>',
        body: 'Nội dung <script>alert("x")</script> & kiểm thử \'trích dẫn\' ở đây',
      },
    ])
    const hit = e.search({ q: 'kiểm thử' }).results[0]!
    expect(hit.snippet).toContain('<mark>kiểm thử</mark>')
    expect(hit.snippet).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;')
    expect(hit.snippet).toContain('&#39;trích dẫn&#39;')
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
    const byScript = e.search({ q: 'script alert' }).results[0]!
    expect(byScript.snippet).toContain('&lt;<mark>script</mark>&gt;<mark>alert</mark>')
  })
})

describe('filters, facets, sorting, pagination', () => {
  it('filters combine with text', () => {
    const r = search({ q: 'văn bản điện tử', documentType: 'Chỉ thị' })
    expect(r.results.map((h) => h.id).sort()).toEqual(['ct-02-bnv-2012', 'ct-14-cao-bang-2013', 'ct-15-2012'])
    expect(r.total).toBe(3)
    expect(ids({ q: 'điện tử', issuer: 'Chính phủ', year: 2011 })).toEqual(['nd-43-2011'])
    expect(ids({ q: 'dich vu cong truc tuyen', validity: 'Còn hiệu lực' })).not.toContain('nd-43-2011')
    expect(ids({ q: 'dich vu cong truc tuyen', validity: 'Còn hiệu lực' })).toContain('nd-42-2022')
    expect(ids({ q: 'đất đai', kind: 'draft' })).toEqual(['du-thao-luat-dat-dai-sua-doi'])
    expect(ids({ q: 'điện tử', field: 'Thương mại' })).toEqual(['luat-20-2023'])
  })

  it('facets count the current query (each facet ignoring its own filter)', () => {
    const all = search({ q: 'văn bản điện tử' })
    expect(all.facets.documentType['Chỉ thị']).toBe(3)
    expect(all.facets.issuer['Thủ tướng Chính phủ']).toBeGreaterThanOrEqual(3)
    expect(all.facets.year['2012']).toBe(2)
    expect(all.facets.kind.document).toBe(all.total - (all.facets.kind.agency ?? 0) - (all.facets.kind.news ?? 0))
    const filtered = search({ q: 'văn bản điện tử', documentType: 'Chỉ thị' })
    // the type facet still shows the other types, for switching
    expect(filtered.facets.documentType).toEqual(all.facets.documentType)
    // the other facets only count the filtered results
    expect(filtered.facets.year).toEqual({ '2013': 1, '2012': 2 })
    expect(Object.values(filtered.facets.kind).reduce((a, b) => a + b, 0)).toBe(3)
  })

  it('sorts by date (newest first) on request', () => {
    const r = search({ q: 'văn bản điện tử', sort: 'date', pageSize: 50 })
    const dates = r.results.map((h) => CORPUS.find((c) => c.id === h.id)!.date!)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(r.total).toBe(search({ q: 'văn bản điện tử' }).total)
  })

  it('paginates without overlap', () => {
    const pageOf = (page: number) => ids({ q: 'van ban', pageSize: 3, page })
    const all = ids({ q: 'van ban', pageSize: 9 })
    expect([...pageOf(1), ...pageOf(2), ...pageOf(3)]).toEqual(all)
    const r = search({ q: 'van ban', pageSize: 3, page: 2 })
    expect(r.page).toBe(2)
    expect(r.pageSize).toBe(3)
    expect(search({ q: 'van ban', pageSize: 3, page: 999 }).results).toEqual([])
  })

  it('browses by filter when the text is empty', () => {
    const r = search({ q: '', documentType: 'Luật', pageSize: 20 })
    expect(r.total).toBe(CORPUS.filter((c) => c.documentType === 'Luật').length)
    const dates = r.results.map((h) => CORPUS.find((c) => c.id === h.id)!.date!)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('an unknown filter value gives an empty result, not an error', () => {
    const r = search({ q: 'văn bản', documentType: 'Không có loại này' })
    expect(r.total).toBe(0)
    expect(r.message).toBeTruthy()
  })
})

describe('hostile and invalid queries never throw', () => {
  const hostile = [
    '', '   ', '*', '~', ':', '^', '+', '-', '"', '"unbalanced', 'văn bản" điện', 'title:văn^10 +điện -tử ~2',
    '*điện*', 'điện~1', '(', ')', '[]{}', '\\', "'; DROP TABLE documents; --", '\u0000\u0001', '🙂🙂', '<script>alert(1)</script>',
    'a'.repeat(499), 'x'.repeat(600), 'văn bản '.repeat(80), '%', '&&', '||', '/', '43/', '/2011/', 'NĐ-CP', '0', '00000000000000000000',
  ]
  it.each(hostile.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length})` : JSON.stringify(q), q]))('%s', (_label, q) => {
    const r = engine.search({ q })
    expectValidResult(r)
  })

  it('empty, overlong and symbol-only queries answer a Vietnamese message', () => {
    expect(search('').message).toMatch(/nhập từ khóa/)
    expect(search('x'.repeat(600)).message).toMatch(/quá dài/)
    expect(search('x'.repeat(600)).results).toEqual([])
    expect(search('*').message).toMatch(/không chứa chữ hoặc số/)
    expect(search('~^:').total).toBe(0)
    // The code behind each message, for the English search page.
    expect([search('').notice, search('x'.repeat(600)).notice, search('*').notice, search('xyzzyq').notice]).toEqual(['empty', 'tooLong', 'noWords', 'none'])
    expect(search('văn bản').notice).toBeUndefined()
  })

  it('odd parameters are tolerated', () => {
    expectValidResult(engine.search({ q: 'văn bản', page: -5, pageSize: 100000 }))
    expectValidResult(engine.search({ q: 'văn bản', page: Number.NaN, pageSize: 0 }))
    expectValidResult(engine.search({ q: undefined as unknown as string }))
    expectValidResult(engine.search({ q: 42 as unknown as string }))
    expectValidResult(engine.search({ q: 'văn bản', year: 'abc' as unknown as number, kind: 'nope' as never }))
    expect(engine.search({ q: 'văn bản', pageSize: 100000 }).pageSize).toBe(100)
  })

  it('a word missing from the index falls back to the other words, with a message', () => {
    const r = search('văn bản điện tử xyzzyq')
    expect(r.results[0]?.id).toBeDefined()
    expect(r.message).toMatch(/một phần/)
    expect(r.notice).toBe('partial')
  })
})

describe('incremental updates', () => {
  const fresh = (over: Partial<SearchRecord> = {}): SearchRecord => ({
    kind: 'document',
    id: 'nd-moi-2026',
    url: '/van-ban/nd-moi-2026',
    numberSymbol: '99/2026/NĐ-CP',
    title: 'Nghị định về quản lý khinh khí cầu du lịch',
    documentType: 'Nghị định',
    issuer: 'Chính phủ',
    year: 2026,
    date: '2026-05-01',
    units: [{ anchor: 'dieu-1', label: 'Điều 1', title: 'Phạm vi', text: 'Quy định về hoạt động bay của khinh khí cầu phục vụ du lịch.' }],
    ...over,
  })

  it('upsert is visible immediately; replace drops the old text; remove hides immediately', async () => {
    const e = createSearchEngine()
    await e.rebuild(CORPUS)
    const before = e.search({ q: 'khinh khí cầu' })
    expect(before.results.map((h) => h.id)).not.toContain('nd-moi-2026')
    expect(before.message).toMatch(/một phần/) // no record has every word yet
    e.upsert(fresh())
    expect(e.search({ q: 'khinh khi cau' }).results[0]?.id).toBe('nd-moi-2026')
    expect(e.search({ q: 'nd 99 2026' }).results[0]?.id).toBe('nd-moi-2026')
    expect(e.stats().records).toBe(CORPUS.length + 1)

    e.upsert(fresh({ title: 'Nghị định về quản lý tàu bay không người lái', units: [] }))
    expect(e.search({ q: 'khinh khí cầu' }).results.map((h) => h.id)).not.toContain('nd-moi-2026')
    expect(e.search({ q: 'tàu bay không người lái' }).results[0]?.id).toBe('nd-moi-2026')
    expect(e.stats().records).toBe(CORPUS.length + 1)

    e.remove('document', 'nd-moi-2026')
    expect(e.search({ q: 'tàu bay không người lái' }).results.map((h) => h.id)).not.toContain('nd-moi-2026')
    expect(e.search({ q: '99/2026/NĐ-CP' }).results.map((h) => h.id)).not.toContain('nd-moi-2026')
    expect(e.stats().records).toBe(CORPUS.length)

    // withdrawing a seed document
    e.remove('document', 'nd-43-2011')
    expect(e.search({ q: '43/2011/NĐ-CP' }).results.map((h) => h.id)).not.toContain('nd-43-2011')
    expect(() => e.remove('document', 'does-not-exist')).not.toThrow()
    e.upsert(ND_43_2011)
    expect(e.search({ q: '43/2011/NĐ-CP' }).results[0]?.id).toBe('nd-43-2011')
  })

  it('many updates (merging small segments) keep results exact', async () => {
    const e = createSearchEngine()
    await e.rebuild(CORPUS)
    for (let i = 0; i < 60; i++) {
      e.upsert(fresh({ id: `moi-${i}`, numberSymbol: `${100 + i}/2026/NĐ-CP`, title: `Nghị định thử nghiệm số ${i} về khinh khí cầu` }))
      if (i % 3 === 0) e.remove('document', `moi-${i}`)
      if (i % 5 === 0) e.upsert(fresh({ id: `moi-${i}`, numberSymbol: `${100 + i}/2026/NĐ-CP`, title: `Nghị định sửa đổi số ${i} về khinh khí cầu` }))
    }
    const expected = new Set<string>()
    for (let i = 0; i < 60; i++) if (i % 3 !== 0 || i % 5 === 0) expected.add(`moi-${i}`)
    const r = e.search({ q: 'khinh khí cầu', pageSize: 100 })
    expect(new Set(r.results.map((h) => h.id))).toEqual(expected)
    expect(r.total).toBe(expected.size)
    expect(e.stats().records).toBe(CORPUS.length + expected.size)
    expect(e.search({ q: '115/2026/NĐ-CP' }).results[0]?.title).toBe('Nghị định sửa đổi số 15 về khinh khí cầu')
    // the corpus is unaffected (same matches; scores move a little with the new document counts)
    const sorted = (r: SearchResult) => r.results.map((h) => h.id).sort()
    expect(sorted(e.search({ q: 'van ban dien tu', pageSize: 100 }))).toEqual(sorted(search({ q: 'van ban dien tu', pageSize: 100 })))
  })

  it('updates made during a rebuild are kept', async () => {
    const e = createSearchEngine()
    await e.rebuild(CORPUS)
    async function* slow() {
      for (const r of CORPUS) {
        await new Promise((res) => setTimeout(res, 1))
        yield r
      }
    }
    const p = e.rebuild(slow())
    e.upsert(fresh())
    e.remove('document', 'ct-15-2012')
    expect(e.search({ q: 'khinh khí cầu' }).results[0]?.id).toBe('nd-moi-2026')
    await p
    expect(e.search({ q: 'khinh khí cầu' }).results[0]?.id).toBe('nd-moi-2026')
    expect(e.search({ q: '15/CT-TTg' }).results.map((h) => h.id)).not.toContain('ct-15-2012')
  })

  it('upsertMany indexes a batch like a rebuild, keeps old versions visible until done, and keeps changes made meanwhile', async () => {
    const e = createSearchEngine()
    await e.rebuild(CORPUS)
    const batch = Array.from({ length: 40 }, (_, i) => fresh({ id: `lo-${i}`, numberSymbol: `${200 + i}/2026/NĐ-CP`, title: `Nghị định nhập lô số ${i} về khinh khí cầu` }))
    // the same records, one by one: the reference
    const one = createSearchEngine()
    await one.rebuild(CORPUS)
    for (const r of batch) one.upsert(r)
    let release!: () => void
    const gate = new Promise<void>((res) => (release = res))
    async function* slow() {
      for (const [i, r] of batch.entries()) {
        if (i === 20) await gate
        yield r
      }
    }
    e.upsert(fresh({ id: 'lo-3', numberSymbol: '203/2026/NĐ-CP', title: 'Bản cũ về zeppelin' }))
    const p = e.upsertMany(slow())
    await new Promise((res) => setTimeout(res, 5))
    // not yet added: the previous version still answers
    expect(e.search({ q: 'zeppelin' }).results.map((h) => h.id)).toContain('lo-3')
    // changes made while the batch is built win over the batch's copies
    e.remove('document', 'lo-5')
    e.upsert(fresh({ id: 'lo-7', numberSymbol: '207/2026/NĐ-CP', title: 'Nghị định lô số 7 đã sửa về du thuyền' }))
    release()
    expect(await p).toBe(40)
    const ids = (r: SearchResult) => r.results.map((h) => h.id).sort()
    expect(e.search({ q: 'zeppelin' }).results.map((h) => h.id)).not.toContain('lo-3')
    expect(ids(e.search({ q: 'nhập lô khinh khí cầu', pageSize: 100 }))).toEqual(ids(one.search({ q: 'nhập lô khinh khí cầu', pageSize: 100 })).filter((id) => id !== 'lo-5' && id !== 'lo-7'))
    expect(e.search({ q: 'du thuyền' }).results[0]?.id).toBe('lo-7')
    expect(e.search({ q: '205/2026/NĐ-CP' }).results.map((h) => h.id)).not.toContain('lo-5')
    expect(e.stats().records).toBe(CORPUS.length + 39)
  })
})

describe('lifecycle', () => {
  it('rebuild reports progress and accepts async iterables', async () => {
    const e = createSearchEngine()
    const calls: [number, number | undefined][] = []
    await e.rebuild(CORPUS, (done, total) => calls.push([done, total]))
    expect(calls[0]).toEqual([0, CORPUS.length])
    expect(calls.at(-1)).toEqual([CORPUS.length, CORPUS.length])
    async function* gen() {
      for (const r of CORPUS) yield r
    }
    const calls2: [number, number | undefined][] = []
    await e.rebuild(gen(), (done, total) => calls2.push([done, total]))
    expect(calls2.at(-1)).toEqual([CORPUS.length, CORPUS.length])
    expect(e.stats()).toEqual(engine.stats())
  })

  it('save/load round-trip returns the same results', async () => {
    const e = createSearchEngine()
    await e.rebuild(CORPUS)
    e.upsert({ kind: 'news', id: 'tin-moi', url: '/tin/moi', title: 'Tin mới về khinh khí cầu', date: '2026-01-02' })
    e.remove('page', 'gioi-thieu')
    const target = join(dir, 'index')
    await e.save(target)
    await e.save(target) // overwriting an existing index
    const loaded = createSearchEngine()
    expect(await loaded.load(target)).toBe(true)
    expect(loaded.stats()).toEqual(e.stats())
    const queries: SearchQuery[] = [
      { q: 'van ban dien tu' },
      { q: 'nd 43 2011' },
      { q: 'khinh khí cầu' },
      { q: 'sơ đồ cơ cấu tổ chức' },
      { q: 'đăng ký khai sinh' },
      { q: 'điện tử', documentType: 'Nghị định', sort: 'date' },
      { q: '', issuer: 'Quốc hội' },
      { q: 'thuỷ lợi' },
    ]
    for (const q of queries) expect(loaded.search(q)).toEqual(e.search(q))
    // the loaded index stays updatable
    loaded.upsert({ kind: 'page', id: 'lien-he', url: '/lien-he', title: 'Liên hệ Ban biên tập' })
    expect(loaded.search({ q: 'lien he ban bien tap' }).results[0]?.id).toBe('lien-he')
    loaded.remove('document', 'ct-15-2012')
    expect(loaded.search({ q: '15/CT-TTg' }).results.map((h) => h.id)).not.toContain('ct-15-2012')
  })

  it('save takes a consistent snapshot while updates continue; rebuilds run one at a time', async () => {
    const e = createSearchEngine()
    await e.rebuild(CORPUS)
    const target = join(dir, 'snapshot')
    const saving = e.save(target)
    e.remove('document', 'ct-15-2012')
    e.upsert({ kind: 'page', id: 'sau-khi-luu', url: '/sau', title: 'Trang tạo sau khi lưu' })
    await saving
    const loaded = createSearchEngine()
    expect(await loaded.load(target)).toBe(true)
    expect(loaded.search({ q: '15/CT-TTg' }).results[0]?.id).toBe('ct-15-2012')
    expect(loaded.search({ q: 'trang tao sau khi luu' }).results.map((h) => h.id)).not.toContain('sau-khi-luu')
    expect(loaded.stats().records).toBe(CORPUS.length)

    const order: string[] = []
    const first = e.rebuild(CORPUS.slice(0, 5)).then(() => order.push('first'))
    const second = e.rebuild(CORPUS).then(() => order.push('second'))
    await Promise.all([first, second])
    expect(order).toEqual(['first', 'second'])
    expect(e.stats().records).toBe(CORPUS.length)
  })

  it('a save removes what a process killed while saving left beside the index, and keeps a running one\'s', async () => {
    const e = createSearchEngine()
    await e.rebuild(CORPUS.slice(0, 3))
    const target = join(dir, 'leftovers')
    // A process that has ended: its pid is free (the kernel does not reuse it at once).
    const child = spawnSync(process.execPath, ['-e', ''])
    const deadPid = child.pid!
    await mkdir(`${target}.tmp-${deadPid}-1`, { recursive: true })
    await mkdir(`${target}.old-${deadPid}-2`, { recursive: true })
    await mkdir(`${target}.tmp-${process.pid}-3`, { recursive: true })
    await e.save(target)
    const left = (await readdir(dir)).filter((n) => n.startsWith('leftovers'))
    expect(left.sort()).toEqual(['leftovers', `leftovers.tmp-${process.pid}-3`])
  })

  it('load answers false for a missing or foreign directory', async () => {
    const e = createSearchEngine()
    expect(await e.load(join(dir, 'nothing-here'))).toBe(false)
    expect(await e.load(dir)).toBe(false)
    expect(e.search({ q: 'văn bản' }).total).toBe(0)
  })

  it('metadata-only engine: no text, still finds titles and numbers', async () => {
    const e = createSearchEngine({ fullText: false })
    await e.rebuild(CORPUS)
    expect(e.stats()).toEqual({ records: CORPUS.length, units: 0 })
    expect(e.search({ q: 'luat dat dai' }).results[0]?.id).toBe('luat-45-2013')
    expect(e.search({ q: '43/2011/ND-CP' }).results[0]?.id).toBe('nd-43-2011')
    // article text is not indexed: nothing points at an article
    expect(e.search({ q: 'đăng ký khai sinh' }).results.every((h) => !h.url.includes('#') && !h.unit)).toBe(true)
    expect(e.search({ q: 'giấy chứng sinh' }).results.map((h) => h.id)).not.toContain('nd-123-2015')
    const target = join(dir, 'meta')
    await e.save(target)
    expect(await createSearchEngine().load(target)).toBe(false) // a full-text engine refuses it
    const loaded = createSearchEngine({ fullText: false })
    expect(await loaded.load(target)).toBe(true)
    expect(loaded.search({ q: 'van ban dien tu' })).toEqual(e.search({ q: 'van ban dien tu' }))
  })

  it('rejects malformed records on upsert', () => {
    const e = createSearchEngine()
    expect(() => e.upsert({ kind: 'nope', id: 'x' } as unknown as SearchRecord)).toThrow(TypeError)
    expect(() => e.upsert({ kind: 'page', id: '' } as unknown as SearchRecord)).toThrow(TypeError)
  })
})

describe('building blocks', () => {
  it('lunr plugin: Vietnamese pipeline, accent-insensitive, exact first, reloadable', () => {
    const idx = lunr(function () {
      this.use(vietnameseLunr)
      this.ref('id')
      this.field('text')
      this.add({ id: 'a', text: 'Tăng cường sử dụng văn bản điện tử' })
      this.add({ id: 'b', text: 'Vận bàn điền tư (không dấu đúng)' })
      this.add({ id: 'c', text: 'Hoà giải ở cơ sở' })
    })
    const q = (index: lunr.Index, words: string[]) =>
      index.query((b) => words.forEach((w) => b.term(w, { presence: lunr.Query.presence.REQUIRED }))).map((r) => r.ref)
    expect(q(idx, ['van', 'ban', 'dien', 'tu'])).toEqual(expect.arrayContaining(['a', 'b']))
    expect(q(idx, ['điện', 'tử'])[0]).toBe('a')
    expect(q(idx, ['hòa', 'giải'])).toEqual(['c'])
    const reloaded = lunr.Index.load(JSON.parse(JSON.stringify(idx)))
    expect(q(reloaded, ['dien', 'tu'])).toEqual(expect.arrayContaining(['a', 'b']))
    const exactFirst = idx.query((b) => ['văn', 'bản'].forEach((w) => b.term(w, {})))
    expect(exactFirst[0]!.ref).toBe('a')
  })

  it('parses number-symbols', () => {
    expect(parseNumberSymbol('43/2011/NĐ-CP')).toEqual({ num: '43', year: 2011, codes: ['ND', 'CP'], glued: 'NDCP' })
    expect(parseNumberSymbol('1950/TTg-KGVX')).toEqual({ num: '1950', year: undefined, codes: ['TTG', 'KGVX'], glued: 'TTGKGVX' })
    expect(parseNumberSymbol('02/CT-BNV')?.num).toBe('2')
    expect(parseNumberSymbol('80/2015/QH13')).toMatchObject({ num: '80', year: 2015, codes: ['QH13'] })
    expect(parseNumberSymbol('không phải số')).toBeNull()
    expect(parseNumberQuery('nd 43 2011')).toEqual({ numbers: ['43', '2011'], codes: ['ND'] })
    expect(parseNumberQuery('van ban dien tu')).toBeNull()
    expect(parseNumberQuery('43 2011')).toBeNull()
    expect(parseNumberQuery('43/2011')).toEqual({ numbers: ['43', '2011'], codes: [] })
  })

  it('reads a type word with a number and a year as a citation, and nothing else as one', () => {
    expect(parseNumberQuery('chỉ thị 15 năm 2012')).toEqual({ numbers: ['15'], codes: [], years: [2012], type: { code: 'CT', name: 'chi thi' } })
    expect(parseNumberQuery('Nghị định 43/2011')).toEqual({ numbers: ['43'], codes: [], years: [2011], type: { code: 'ND', name: 'nghi dinh' } })
    expect(parseNumberQuery('quyết định số 1234/QĐ-UBND')).toEqual({ numbers: ['1234'], codes: ['QD', 'UBND'], years: [], type: { code: 'QD', name: 'quyet dinh' } })
    expect(parseNumberQuery('luật 45/2013/QH13')).toEqual({ numbers: ['45'], codes: ['QH13'], years: [2013], type: { code: null, name: 'luat' } })
    expect(parseNumberQuery('thông tư liên tịch số 5')).toMatchObject({ numbers: ['5'], type: { code: 'TTLT' } })
    // Other words: a search about the directive, read as before (no code among them, no citation).
    expect(parseNumberQuery('đôn đốc thực hiện chỉ thị 15')).toMatchObject({ numbers: ['15'], codes: ['DON', 'DOC', 'THUC', 'HIEN', 'CHI', 'THI'] })
    expect(parseNumberQuery('chỉ thị 15 về văn bản điện tử')?.type).toBeUndefined()
    expect(parseNumberQuery('luật đất đai')).toBeNull()
    expect(parseNumberQuery('luật sư 2024')?.type).toBeUndefined()
  })
})

describe('matches: a query as a filter for lists and feeds', () => {
  it('has every word, with no "some words" fallback, in relevance order', () => {
    const m = engine.matches({ q: 'van ban dien tu' }).map((r) => r.id)
    expect(m[0]).toBe('ct-15-2012')
    expect(m).toEqual(ids({ q: 'van ban dien tu', pageSize: 100 }))
    expect(search('văn bản xyzzyq').notice).toBe('partial')
    expect(engine.matches({ q: 'văn bản xyzzyq' })).toEqual([])
  })

  it('keeps only the document a number-symbol names, not those citing it', () => {
    expect(engine.matches({ q: '43/2011/NĐ-CP' })).toEqual([{ kind: 'document', id: 'nd-43-2011' }])
    expect(engine.matches({ q: 'chi thi 15 nam 2012' })).toEqual([{ kind: 'document', id: 'ct-15-2012' }])
    expect(ids('43/2011/NĐ-CP').length).toBeGreaterThan(1)
  })

  it('applies kind and filters, honours the limit and answers [] for no words', () => {
    expect(engine.matches({ q: 'chuyen doi so', kind: 'news' })).toEqual([{ kind: 'news', id: 'tin-hoi-nghi-chuyen-doi-so' }])
    expect(engine.matches({ q: 'dien tu' }, 2)).toHaveLength(2)
    expect(engine.matches({ q: '' })).toEqual([])
    expect(engine.matches({ q: '*~' })).toEqual([])
  })
})

describe('phrases in quotes', () => {
  const units = (...texts: string[]) => texts.map((text, i) => ({ anchor: `dieu-${i + 1}`, label: `Điều ${i + 1}`, title: '', text }))
  const records: SearchRecord[] = [
    { kind: 'document', id: 'in-order', url: '/a', title: 'Quy định A', units: units('Nội dung khác.', 'Cơ quan phải dùng hộp thư điện tử công vụ để gửi văn bản.') },
    { kind: 'document', id: 'apart', url: '/b', title: 'Quy định B', units: units('Hộp đựng hồ sơ; thư gửi qua đường điện tử được chấp nhận.') },
    { kind: 'document', id: 'reversed', url: '/c', title: 'Quy định C', units: units('Điện tử: thư hộp công vụ.') },
    { kind: 'document', id: 'comma', url: '/d', title: 'Quy định D', units: units('Chuẩn bị hộp thư, điện tử hóa hồ sơ.') },
    // Every pair of the phrase in one article, never the three in a row: only the text can tell.
    { kind: 'document', id: 'pairs-apart', url: '/e', title: 'Quy định E', units: units('Mở hộp thư công vụ mỗi ngày; thư điện báo khẩn; thiết bị điện tử.') },
  ]
  let phrases: SearchEngine
  beforeAll(async () => {
    phrases = createSearchEngine()
    await phrases.rebuild(records)
  })
  const found = (q: string) => phrases.search({ q }).results.map((h) => h.id)

  it('finds the words adjacent and in order only, with or without diacritics, and points at the article', () => {
    expect(found('hộp thư điện tử').sort()).toEqual(['apart', 'comma', 'in-order', 'pairs-apart', 'reversed'])
    expect(found('"hộp thư điện tử"')).toEqual(['in-order'])
    expect(phrases.matches({ q: '"hộp thư điện tử"' }).map((m) => m.id)).toEqual(['in-order'])
    expect(found('"hop thu dien tu"')).toEqual(['in-order'])
    expect(found('“hộp thư điện tử” công vụ')).toEqual(['in-order'])
    expect(phrases.search({ q: '«hop thu dien tu»' }).results[0]?.url).toBe('/a#dieu-2')
    // Two words: the pair itself, not across a comma.
    expect(found('"thư điện"').sort()).toEqual(['in-order', 'pairs-apart'])
  })

  it('says so and shows the records with every word when none has the phrase', () => {
    const r = phrases.search({ q: '"điện tử hộp thư"' })
    expect(r.notice).toBe('phrase')
    expect(r.results.map((h) => h.id).sort()).toEqual(['apart', 'comma', 'in-order', 'pairs-apart', 'reversed'])
  })

  it('reads an unpaired quote as a plain search and a quoted single word as that word', () => {
    expect(found('"hộp thư điện tử').sort()).toEqual(['apart', 'comma', 'in-order', 'pairs-apart', 'reversed'])
    expect(found('"công" "vụ"').sort()).toEqual(['in-order', 'pairs-apart', 'reversed'])
  })

  it('checks phrases in a metadata-only index from the titles', async () => {
    const meta = createSearchEngine({ fullText: false })
    await meta.rebuild([
      { kind: 'news', id: 'n1', url: '/tin-tuc/a', title: 'Hội nghị triển khai chuyển đổi số trong cơ quan nhà nước' },
      { kind: 'news', id: 'n2', url: '/tin-tuc/b', title: 'Cơ quan triển khai hội nghị về số liệu chuyển đổi' },
    ])
    expect(meta.search({ q: '"hội nghị triển khai chuyển đổi số"' }).results.map((h) => h.id)).toEqual(['n1'])
  })
})
