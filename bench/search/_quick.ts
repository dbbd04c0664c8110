import { createSearchEngine } from '../../cms/search/index'
import { generateCorpus, type GeneratedSample } from './generate'
const n = Number(process.argv[2] ?? 1000)
const samples: GeneratedSample[] = []
const e = createSearchEngine()
let t = performance.now()
await e.rebuild(generateCorpus({ count: n, seed: 1 }, samples))
console.log('build', ((performance.now() - t) / 1000).toFixed(1), 's', e.stats(), 'rss', process.memoryUsage().rss >> 20)
for (const q of ['của', 'và các', 'van ban dien tu', 'thủ tục hành chính', 'khoáng sản', 'hợp tác xã', samples[3]!.numberSymbol, 'cum cong nghiep lang nghe']) {
  for (let k = 0; k < 3; k++) {
    t = performance.now()
    const r = e.search({ q })
    if (k === 2) console.log(q, r.total, (performance.now() - t).toFixed(1), 'ms', r.results[0]?.numberSymbol, r.results[0]?.url)
  }
}
