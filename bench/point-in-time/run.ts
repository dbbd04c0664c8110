/**
 * Point-in-time render of a 200-article document with 50 effects against rendering the
 * original, in one run (issue 14). Prints JSON: p50/p99 in milliseconds for each.
 * Run: npx tsx bench/point-in-time/run.ts [--iterations 300]
 */
import { parseLegalText, renderLegalHtml } from '../../cms/lib/legal-text'
import { textOnDate } from '../../cms/lib/effects/apply'
import { renderPointInTime } from '../../cms/lib/effects/consolidated'
import type { AppliedEffect } from '../../cms/lib/effects/types'

const arg = process.argv.indexOf('--iterations')
const iterations = arg > 0 ? Number(process.argv[arg + 1]) : 300

const articles = Array.from({ length: 200 }, (_, i) =>
  [`Điều ${i + 1}. Quy định số ${i + 1}`, '1. Cơ quan nhà nước cung cấp thông tin kịp thời.', '2. Thông tin gồm:', 'a) Văn bản;', 'b) Tin tức;', 'c) Báo cáo.'].join('\n'),
)
const text = ['NGHỊ ĐỊNH', 'Quy định thử đo', '', ...articles].join('\n')
const ops: AppliedEffect['operation'][] = ['amend', 'repeal', 'substitute', 'insert']
const effects: AppliedEffect[] = Array.from({ length: 50 }, (_, i) => {
  const op = ops[i % 4]!
  const article = i * 4 + 1
  return {
    operation: op,
    target: op === 'insert' ? `dieu-${article}a` : op === 'repeal' ? `dieu-${article}-khoan-2-diem-c` : `dieu-${article}-khoan-1`,
    after: op === 'insert' ? `dieu-${article}` : '',
    wording: op === 'insert' ? [`Điều ${article}a. Bổ sung`, 'Nội dung bổ sung.'] : op === 'amend' ? ['1. Nội dung mới của khoản.'] : [],
    phraseFrom: op === 'substitute' ? 'kịp thời' : '',
    phraseTo: op === 'substitute' ? 'kịp thời, chính xác' : '',
    source: `dieu-1-khoan-${i + 1}`,
    sourceLabel: `khoản ${i + 1} Điều 1`,
    effectiveAt: i < 25 ? '2026-01-01' : '2027-01-01',
    amendingTitle: 'Nghị định số 99/2026/NĐ-CP',
    amendingPath: '/van-ban/2026/99-2026-nd-cp',
  }
})

function measure(fn: () => string): { p50: number; p99: number } {
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint()
    fn()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 1000) / 1000
  return { p50: q(0.5), p99: q(0.99) }
}

// Both paths parse the stored text, as the page does; warm up first.
const original = () => renderLegalHtml(parseLegalText(text))
const pointInTime = () => renderPointInTime(textOnDate(parseLegalText(text), effects, '2027-06-01'), { footnotes: false })
for (let i = 0; i < 20; i++) (original(), pointInTime())
const check = textOnDate(parseLegalText(text), effects, '2027-06-01')
console.log(
  JSON.stringify({
    articles: 200,
    effects: effects.length,
    applied: check.applied.length,
    missed: check.missed.length,
    iterations,
    originalMs: measure(original),
    pointInTimeMs: measure(pointInTime),
  }),
)
