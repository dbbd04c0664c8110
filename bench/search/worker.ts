/**
 * Benchmark worker, run in a fresh process by run.ts:
 *   build <dir> <count> <fullText 0|1> <seed>  – generates, rebuilds, saves; prints JSON
 *   query <dir> <fullText 0|1> <rounds>        – loads the saved index, measures memory and latency
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createSearchEngine, type SearchQuery } from '../../cms/search/index'
import { generateCorpus, type GeneratedSample } from './generate'

const MB = 1024 * 1024

async function dirBytes(dir: string): Promise<number> {
  let total = 0
  for (const f of await readdir(dir)) total += (await stat(join(dir, f))).size
  return total
}

function foldCode(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}

interface MixEntry {
  category: string
  query: SearchQuery
  /** The top hit must carry this number-symbol (administrative numbers repeat across years). */
  expectNumber?: string
}

/** The fixed query mix (number-symbol variants come from documents known to exist). */
function queryMix(samples: GeneratedSample[], fullText: boolean): MixEntry[] {
  const mix: MixEntry[] = []
  for (const q of ['thoái vốn', 'cổ phần hóa', 'khu chế xuất', 'làng nghề', 'hợp tác xã']) mix.push({ category: 'rare word', query: { q } })
  for (const q of ['của', 'các', 'quy định', 'cơ quan nhà nước', 'thực hiện']) mix.push({ category: 'very common word', query: { q } })
  for (const q of ['van ban dien tu', 'thu tuc hanh chinh', 'ngan sach nha nuoc', 'quyen su dung dat', 'bao hiem xa hoi', 'chu ky so'])
    mix.push({ category: 'accentless multi-word', query: { q } })
  const picks = samples.filter((s) => s.numberSymbol).slice(0, 6)
  for (const s of picks) {
    const [num, second, third] = s.numberSymbol.split('/')
    const code = third ?? second ?? ''
    const year = third ? second : undefined
    const folded = foldCode(s.numberSymbol)
    mix.push({ category: 'number-symbol', query: { q: s.numberSymbol }, expectNumber: s.numberSymbol })
    mix.push({ category: 'number-symbol', query: { q: folded.toLowerCase() }, expectNumber: s.numberSymbol })
    // code words first, then the number (and year): `qd btc 166 2012`
    const spaced = [foldCode(code).toLowerCase().replace(/-/g, ' '), String(Number(num))]
    if (year) spaced.push(year)
    mix.push({ category: 'number-symbol', query: { q: spaced.join(' ') }, expectNumber: s.numberSymbol })
    if (year) mix.push({ category: 'number-symbol', query: { q: `${num} ${year} ${folded.split('/')[2]!.replace(/-/g, ' ')}` }, expectNumber: s.numberSymbol })
  }
  mix.push({ category: 'filter + text', query: { q: 'quy định', documentType: 'Nghị định' } })
  mix.push({ category: 'filter + text', query: { q: 'dat dai', year: 2015 } })
  mix.push({ category: 'filter + text', query: { q: 'thủ tục hành chính', issuer: 'Bộ Tư pháp', sort: 'date' } })
  mix.push({ category: 'filter + text', query: { q: 'cơ quan', validity: 'Còn hiệu lực', field: 'Công nghệ thông tin' } })
  mix.push({ category: 'filter + text', query: { q: 'giấy phép xây dựng', page: 3 } })
  if (!fullText) for (const m of mix) m.query = { ...m.query }
  return mix
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return Math.round(sorted[Math.max(0, i)]! * 100) / 100
}

function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b)
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: percentile(s, 100) }
}

async function build(dir: string, count: number, fullText: boolean, seed: number): Promise<void> {
  const samples: GeneratedSample[] = []
  // Time to generate the corpus alone (the build figure below includes generating it again).
  let t = performance.now()
  const g0 = process.cpuUsage()
  let words = 0
  for (const r of generateCorpus({ count, seed, fullText })) for (const u of r.units ?? []) words += u.text.length
  const generateSeconds = (performance.now() - t) / 1000
  const g = process.cpuUsage(g0)
  const generateCpuSeconds = (g.user + g.system) / 1e6
  const engine = createSearchEngine({ fullText })
  t = performance.now()
  const cpu0 = process.cpuUsage()
  let last = 0
  await engine.rebuild(generateCorpus({ count, seed, fullText }, samples), (done, total) => {
    const now = performance.now()
    if (now - last > 5000 || done === total) {
      last = now
      process.stderr.write(`  indexed ${done}/${total ?? '?'}\n`)
    }
  })
  const buildSeconds = (performance.now() - t) / 1000
  const cpu = process.cpuUsage(cpu0)
  t = performance.now()
  await engine.save(dir)
  const saveSeconds = (performance.now() - t) / 1000
  await writeFile(join(dir, '..', `${dir.split('/').pop()}.samples.json`), JSON.stringify(samples))
  const out = {
    records: count,
    fullText,
    stats: engine.stats(),
    textChars: words,
    generateSeconds: +generateSeconds.toFixed(2),
    buildSeconds: +buildSeconds.toFixed(2),
    buildSecondsExcludingGeneration: +(buildSeconds - generateSeconds).toFixed(2),
    buildCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    buildCpuSecondsExcludingGeneration: +((cpu.user + cpu.system) / 1e6 - generateCpuSeconds).toFixed(2),
    saveSeconds: +saveSeconds.toFixed(2),
    buildPeakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    indexMB: +((await dirBytes(dir)) / MB).toFixed(1),
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}

async function query(dir: string, fullText: boolean, rounds: number): Promise<void> {
  const samples = JSON.parse(await readFile(join(dir, '..', `${dir.split('/').pop()}.samples.json`), 'utf8')) as GeneratedSample[]
  const baseRss = process.memoryUsage().rss
  const engine = createSearchEngine({ fullText })
  let t = performance.now()
  const ok = await engine.load(dir)
  if (!ok) throw new Error(`cannot load ${dir}`)
  const loadSeconds = (performance.now() - t) / 1000
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const mem = process.memoryUsage()
  const mix = queryMix(samples, fullText)
  // warm-up (JIT), then measured rounds
  for (const m of mix) engine.search(m.query)
  const all: number[] = []
  const allCpu: number[] = []
  const byCategory = new Map<string, number[]>()
  const cpuByCategory = new Map<string, number[]>()
  let numberTop1 = 0
  let numberTotal = 0
  for (let r = 0; r < rounds; r++) {
    for (const m of mix) {
      const c0 = process.cpuUsage()
      t = performance.now()
      const res = engine.search(m.query)
      const ms = performance.now() - t
      const c = process.cpuUsage(c0)
      all.push(ms)
      allCpu.push((c.user + c.system) / 1000)
      if (!cpuByCategory.has(m.category)) cpuByCategory.set(m.category, [])
      cpuByCategory.get(m.category)!.push((c.user + c.system) / 1000)
      if (!byCategory.has(m.category)) byCategory.set(m.category, [])
      byCategory.get(m.category)!.push(ms)
      if (r === 0 && m.expectNumber) {
        numberTotal++
        if (res.results[0]?.numberSymbol === m.expectNumber) numberTop1++
      }
    }
  }
  // Updates on the loaded index: publish 60 new documents, then withdraw them.
  const upserts: number[] = []
  const removes: number[] = []
  let visible = 0
  let gone = 0
  const fresh = [...generateCorpus({ count: 60, seed: 99_999, fullText })]
  for (const rec of fresh) {
    t = performance.now()
    engine.upsert(rec)
    upserts.push(performance.now() - t)
    if (engine.search({ q: rec.numberSymbol! }).results.some((h) => h.id === rec.id)) visible++
  }
  for (const rec of fresh) {
    t = performance.now()
    engine.remove(rec.kind, rec.id)
    removes.push(performance.now() - t)
    if (!engine.search({ q: rec.numberSymbol! }).results.some((h) => h.id === rec.id)) gone++
  }
  const out = {
    loadSeconds: +loadSeconds.toFixed(2),
    rssAfterLoadMB: Math.round(mem.rss / MB),
    rssBeforeLoadMB: Math.round(baseRss / MB),
    heapUsedMB: Math.round(mem.heapUsed / MB),
    arrayBuffersMB: Math.round(mem.arrayBuffers / MB),
    queries: mix.length,
    rounds,
    latencyMs: summary(all),
    // CPU time of the same queries: what the latency is on an idle machine (the wall-clock figures
    // above include waiting for a core when other processes compete for the 2 cores)
    cpuMs: summary(allCpu),
    byCategory: Object.fromEntries([...byCategory].map(([k, v]) => [k, summary(v)])),
    cpuByCategory: Object.fromEntries([...cpuByCategory].map(([k, v]) => [k, summary(v)])),
    numberSymbolTop1: `${numberTop1}/${numberTotal}`,
    updates: {
      upsertMs: summary(upserts),
      removeMs: summary(removes),
      foundRightAfterUpsert: `${visible}/${fresh.length}`,
      goneRightAfterRemove: `${gone}/${fresh.length}`,
    },
    rssAfterQueriesMB: Math.round(process.memoryUsage().rss / MB),
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}

const [mode, dir, ...rest] = process.argv.slice(2)
if (mode === 'build') await build(dir!, Number(rest[0]), rest[1] === '1', Number(rest[2] ?? 42))
else if (mode === 'query') await query(dir!, rest[0] === '1', Number(rest[1] ?? 8))
else {
  process.stderr.write('usage: worker.ts build|query …\n')
  process.exit(2)
}
