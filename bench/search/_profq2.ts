import { createSearchEngine } from '../../cms/search/index'
const e = createSearchEngine()
await e.load(process.argv[2]!)
const qs = [{ q: 'của' }, { q: 'các' }, { q: 'quy định' }, { q: 'van ban dien tu' }, { q: 'cơ quan', validity: 'Còn hiệu lực', field: 'Công nghệ thông tin' }]
for (let i = 0; i < 60; i++) for (const q of qs) e.search(q)
