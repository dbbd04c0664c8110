/**
 * Baseline: what plain lunr (with the Vietnamese plugin, one lunr document per article, exact +
 * folded tokens) costs on the same generated corpus. It explains why the engine keeps lunr for
 * the number-symbol index and its pipeline, but stores postings in compact arrays.
 *
 *   npm exec -- tsx bench/search/lunr-baseline.ts [--docs 200]
 */
import lunr from 'lunr'
import { vietnameseLunr } from '../../cms/search/analyzer'
import { generateCorpus } from './generate'

const i = process.argv.indexOf('--docs')
const docs = i >= 0 ? Number(process.argv[i + 1]) : 200

const gc = (globalThis as { gc?: () => void }).gc
gc?.()
const heapBefore = process.memoryUsage().heapUsed
let t = performance.now()
let articles = 0
const index = lunr(function () {
  this.use(vietnameseLunr)
  this.ref('id')
  this.field('title')
  this.field('text')
  for (const r of generateCorpus({ count: docs, seed: 42 })) {
    this.add({ id: r.id, title: r.title, text: '' })
    for (const u of r.units ?? []) {
      this.add({ id: `${r.id}#${u.anchor}`, title: '', text: `${u.label} ${u.title} ${u.text}` })
      articles++
    }
  }
})
const buildSeconds = (performance.now() - t) / 1000
gc?.()
const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20
t = performance.now()
const json = JSON.stringify(index)
const jsonMB = json.length / 2 ** 20
const serializeSeconds = (performance.now() - t) / 1000

const latency: Record<string, number> = {}
for (const q of [['của'], ['quy', 'định'], ['van', 'ban', 'dien', 'tu'], ['thoái', 'vốn']]) {
  index.query((b) => q.forEach((w) => b.term(w, {})))
  t = performance.now()
  for (let k = 0; k < 5; k++) index.query((b) => q.forEach((w) => b.term(w, {})))
  latency[q.join(' ')] = +((performance.now() - t) / 5).toFixed(1)
}
process.stdout.write(
  JSON.stringify(
    {
      docs,
      articles,
      buildSeconds: +buildSeconds.toFixed(1),
      heapMB: Math.round(heapMB),
      jsonMB: +jsonMB.toFixed(1),
      serializeSeconds: +serializeSeconds.toFixed(1),
      queryMs: latency,
    },
    null,
    2,
  ) + '\n',
)
