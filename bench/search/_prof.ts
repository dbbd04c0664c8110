import { createSearchEngine } from '../../cms/search/index'
import { generateCorpus } from './generate'
const e = createSearchEngine()
await e.rebuild(generateCorpus({ count: Number(process.argv[2] ?? 1000), seed: 1 }))
const t = performance.now()
for (let i = 0; i < 200; i++) e.search({ q: i % 2 ? 'của' : 'van ban dien tu' })
console.log('avg', ((performance.now() - t) / 200).toFixed(2))
