import lunr from 'lunr'
const syl = 'văn bản điện tử quyết định thủ tục hành chính ngân sách đất đai hộ tịch cơ quan nhà nước về việc ban hành quy định quản lý sửa đổi bổ sung một số điều của nghị định thông tư hướng dẫn thi hành luật công nghệ thông tin giáo dục đào tạo y tế xây dựng giao thông vận tải tài chính thuế phí lệ phí môi trường tài nguyên khoáng sản lao động việc làm bảo hiểm xã hội nông nghiệp phát triển nông thôn thủy lợi đê điều'.split(' ')
let s = 1; const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647
const pick = () => syl[Math.floor(syl.length * Math.pow(rnd(), 2))]
const fold = (t) => t.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd')
function fp(token) { const f = fold(token.toString()); return f === token.toString() ? token : [token, token.clone(() => f)] }
lunr.Pipeline.registerFunction(fp, 'fp')
const N = +process.argv[2] || 160000
const t0 = Date.now()
const idx = lunr(function () { this.pipeline.reset(); this.searchPipeline.reset(); this.pipeline.add(fp); this.searchPipeline.add(fp); this.ref('id'); this.field('title')
  for (let i = 0; i < N; i++) { const w = []; for (let j = 0; j < 20; j++) w.push(pick()); this.add({ id: String(i), title: w.join(' ') }) } })
console.log('build', Date.now() - t0, 'ms', 'rss', process.memoryUsage().rss >> 20)
for (const q of [['văn'], ['đê'], ['van','ban'], ['dê']]) { const t = performance.now(); const r = idx.query((b) => q.forEach((x) => b.term(x))); console.log(q, r.length, (performance.now() - t).toFixed(1)) }
for (const q of [['văn'], ['đê'], ['van','ban']]) { const t = performance.now(); const r = idx.query((b) => q.forEach((x) => b.term(x))); console.log(q, r.length, (performance.now() - t).toFixed(1)) }
