import { createSearchEngine } from '../../cms/search/index'
const e = createSearchEngine()
await e.load(process.argv[2]!)
const qs = [{ q: 'của' }, { q: 'các' }, { q: 'quy định' }, { q: 'thực hiện' }, { q: 'van ban dien tu' }, { q: 'thoái vốn' }, { q: 'quy định', documentType: 'Nghị định' }, { q: 'cơ quan', validity: 'Còn hiệu lực', field: 'Công nghệ thông tin' }]
for (const q of qs) e.search(q)
for (const q of qs) { const t = performance.now(); for (let i = 0; i < 10; i++) e.search(q); console.log(JSON.stringify(q), ((performance.now() - t) / 10).toFixed(2)) }
