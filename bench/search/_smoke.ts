import { createSearchEngine } from '../../cms/search/index'
import { CORPUS } from '../../tests/unit/search/fixtures'
const e = createSearchEngine()
await e.rebuild(CORPUS)
console.log(e.stats())
for (const q of process.argv.slice(2)) {
  const r = e.search({ q })
  console.log('\n==', q, 'total', r.total, r.message ?? '')
  for (const h of r.results.slice(0, 5)) console.log(' ', h.score, h.numberSymbol ?? '-', h.url, '|', h.snippet.slice(0, 140))
}
