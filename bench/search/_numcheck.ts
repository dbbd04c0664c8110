import { readFileSync } from 'node:fs'
import { createSearchEngine } from '../../cms/search/index'
const e = createSearchEngine()
await e.load(process.argv[2]!)
const samples = JSON.parse(readFileSync(process.argv[2] + '.samples.json', 'utf8'))
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
let bad = 0
for (const s of samples) {
  const [num, second, third] = s.numberSymbol.split('/')
  const code = third ?? second
  const year = third ? second : undefined
  const variants = [s.numberSymbol, fold(s.numberSymbol).toLowerCase(), [fold(code).toLowerCase().replace(/-/g, ' '), String(Number(num)), year].filter(Boolean).join(' ')]
  for (const q of variants) {
    const r = e.search({ q })
    if (r.results[0]?.id !== s.id) { bad++; if (bad < 15) console.log('MISS', q, s.id, s.numberSymbol, '->', r.results.slice(0, 3).map((h) => h.numberSymbol + ' ' + h.id + ' ' + h.score)) }
  }
}
console.log('samples', samples.length, 'bad', bad)
