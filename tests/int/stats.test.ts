import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { clearStatsCache, loadStatsInput } from '../../site/lib/cms/stats'
import { computeStats, type StatsReport } from '../../site/lib/stats/compute'
import { FIGURES } from '../../site/lib/stats/figures'
import { figureChart, figureTable } from '../../site/lib/stats/render'
import { GET as figureCsvRoute } from '../../site/pages/thong-ke/[figure].csv'
import { GET as directive15Json } from '../../site/pages/thong-ke/chi-thi-15.json'
import { GET as directive15Csv } from '../../site/pages/thong-ke/chi-thi-15.csv'
import { createOpenDraft, TINY_PDF } from '../helpers/drafts'
import { publishDoc, refs } from '../helpers/documents'
import { leakedSecrets, SECRETS } from '../helpers/opendata'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { makeTestCa, onePagePdf, signPdf } from '../helpers/signing'
import { runtime } from '../../cms/runtime'

const ORIGIN = 'http://cong.test'
// Set once the fixture exists: the fixture lives in 2024, and the CSV route reads the clock too.
let NOW: Date
let t: TestPayload
let report: StatsReport
const outputs: string[] = []

const VN = (day: string, time = '00:00:00') => `${day}T${time}+07:00`

/** Publishes a document and sets the moment it went online (the hook stamps "now" at creation). */
async function published(payload: Payload, data: Record<string, unknown>, publishedAt: string) {
  const doc = await publishDoc(payload, data)
  await payload.update({ collection: 'legal-documents', id: doc.id, data: { publishedAt, _status: 'published' } as never, overrideAccess: true })
  return doc
}

let code = 0
async function comment(payload: Payload, draft: number, data: Record<string, unknown>) {
  return payload.create({
    collection: 'comments',
    data: { trackingCode: `GY-2024-${String(++code).padStart(4, '0')}`, draft, draftVersion: 1, email: `a${code}@${SECRETS.emailDomain}`, phone: SECRETS.phone, ...data } as never,
    overrideAccess: true,
  })
}

/**
 * The fixture for 2024 (known counts):
 * - 5 published documents: Thông tư ×2 and Quyết định ×1 by Bộ Nội vụ (the owner), Nghị định ×2 by Chính phủ;
 *   3 with full text, 2 with a signed file. Of the owner's 3: on time after 2 working days (Fri → Tue),
 *   on time only because 30/4 and 1/5 are holidays (Fri 26/4 → Thu 2/5), late after 5 working days.
 *   One unpublished owner's document must count nowhere.
 * - 3 drafts: 45 days for a Quyết định (minimum 30: met), 20 days for a Quyết định (below), a Kế hoạch
 *   (no minimum: not judged). 4 published comments (2 answered), plus a pending and a hidden one.
 */
async function buildFixture(payload: Payload) {
  const own = await refs(payload, 'Thông tư', 'Bộ Nội vụ')
  const ownDecision = await refs(payload, 'Quyết định', 'Bộ Nội vụ')
  const gov = await refs(payload, 'Nghị định', 'Chính phủ')
  await payload.updateGlobal({ slug: 'reporting', data: { ownIssuers: [own.issuer] }, overrideAccess: true })
  // "Signed" is what verification finds: a real signed PDF, its CA's root in the trust list.
  const ca = await makeTestCa({ signer: { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') } })
  const trust = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-stats-'))
  fs.writeFileSync(path.join(trust, 'root.pem'), ca.root.pem)
  process.env.SIGNATURE_TRUST_DIR = trust
  const signedPdf = Buffer.from(await signPdf(await onePagePdf('Ban goc 2024'), ca, new Date('2024-02-01T02:00:00Z')))
  const pdf = await payload.create({ collection: 'media', data: { alt: 'Bản ký số' }, file: { data: signedPdf, mimetype: 'application/pdf', name: 'ban-ky-so.pdf', size: signedPdf.length }, overrideAccess: true })
  expect(pdf.signatureStatus).toBe('valid')
  const signed = [{ file: pdf.id, label: 'Bản gốc có chữ ký số', kind: 'original' }]
  // The others without a text have an unsigned original: a published document needs one or the other.
  const plain = await payload.create({ collection: 'media', data: { alt: 'Bản chụp' }, file: { data: TINY_PDF, mimetype: 'application/pdf', name: 'ban-chup.pdf', size: TINY_PDF.length }, overrideAccess: true })
  const unsigned = [{ file: plain.id, label: 'Bản gốc (không ký số)', kind: 'original' }]
  const text = 'Điều 1. Phạm vi\nVăn bản thử.\n\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.'
  await published(payload, { ...own, numberSymbol: '01/2024/TT-BNV', issuedAt: VN('2024-03-01'), fullText: text, attachments: signed }, VN('2024-03-05', '09:00:00'))
  await published(payload, { ...own, numberSymbol: '02/2024/TT-BNV', issuedAt: VN('2024-04-26'), attachments: unsigned }, VN('2024-05-02', '09:00:00'))
  await published(payload, { ...ownDecision, numberSymbol: '03/QĐ-BNV', issuedAt: VN('2024-06-03'), fullText: text }, VN('2024-06-10', '09:00:00'))
  await published(payload, { ...gov, numberSymbol: '04/2024/NĐ-CP', issuedAt: VN('2024-01-10'), attachments: unsigned }, VN('2024-07-01', '09:00:00'))
  await published(payload, { ...gov, numberSymbol: '05/2024/NĐ-CP', issuedAt: VN('2024-02-01'), fullText: text, attachments: signed }, VN('2024-02-02', '09:00:00'))
  await payload.create({
    collection: 'legal-documents',
    data: { ...own, numberSymbol: '09/2024/TT-BNV', summary: SECRETS.unpublishedSummary, issuedAt: VN('2024-05-06') } as never,
    draft: true,
    overrideAccess: true,
  })

  const decisionType = (await payload.find({ collection: 'document-types', where: { name: { equals: 'Quyết định' } }, overrideAccess: true })).docs[0]!
  await payload.update({ collection: 'document-types', id: decisionType.id, data: { minimumConsultationDays: 30 }, overrideAccess: true })
  const planType = (await payload.find({ collection: 'document-types', where: { name: { equals: 'Kế hoạch' } }, overrideAccess: true })).docs[0]!
  const d1 = await createOpenDraft(payload, { title: 'Dự thảo Quyết định đủ thời hạn', opensAt: VN('2024-03-01'), closesAt: VN('2024-04-15'), report: { publishedAt: VN('2024-05-01') } })
  const d2 = await createOpenDraft(payload, { title: 'Dự thảo Quyết định rút ngắn', opensAt: VN('2024-06-01'), closesAt: VN('2024-06-21'), shortPeriodReason: 'Cần ban hành gấp để kịp thời hạn.' })
  await createOpenDraft(payload, { title: 'Dự thảo Kế hoạch', documentType: planType.id, opensAt: VN('2024-09-01'), closesAt: VN('2024-10-01') })

  await comment(payload, d1.id, { status: 'published', submitterCategory: 'individual', stance: 'agree', body: 'Tán thành.', response: { kind: 'accepted', text: 'Tiếp thu.' } })
  await comment(payload, d1.id, { status: 'published', submitterCategory: 'business', stance: 'disagree', body: 'Chưa hợp lý.', response: { kind: 'explained', text: 'Giải trình: đã có quy định.' } })
  await comment(payload, d1.id, { status: 'published', submitterCategory: 'organisation', stance: 'partlyAgree', body: 'Đồng ý một phần.' })
  await comment(payload, d2.id, { status: 'published', submitterCategory: 'individual', stance: 'agree', body: 'Nhất trí.' })
  await comment(payload, d1.id, { status: 'pending', submitterCategory: 'individual', stance: 'disagree', body: SECRETS.pendingBody })
  await comment(payload, d1.id, { status: 'hidden', hiddenReason: 'Trùng lặp', submitterCategory: 'individual', stance: 'disagree', body: SECRETS.hiddenBody, fullName: SECRETS.hiddenName, showName: true })
}

beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  await buildFixture(t.payload)
  clearStatsCache()
  NOW = new Date()
  report = computeStats(await loadStatsInput(ORIGIN, NOW), { year: 2024, now: NOW })
})
afterAll(async () => {
  delete process.env.SIGNATURE_TRUST_DIR
  runtime().payload = undefined
  await t?.cleanup()
})

describe('electronic publishing in 2024', () => {
  it('counts published documents per year, type and issuer', () => {
    expect(report.publishing.total).toBe(5)
    expect(report.publishing.byYear).toContainEqual({ year: 2024, count: 5 })
    expect(report.publishing.byType).toEqual([
      { label: 'Nghị định', count: 2 },
      { label: 'Thông tư', count: 2 },
      { label: 'Quyết định', count: 1 },
    ])
    expect(report.publishing.byIssuer).toEqual([
      { label: 'Bộ Nội vụ', count: 3 },
      { label: 'Chính phủ', count: 2 },
    ])
  })

  it('measures full text in HTML and digitally signed files', () => {
    expect(report.publishing.fullTextShare).toBeCloseTo(3 / 5)
    expect(report.publishing.signedFileShare).toBeCloseTo(2 / 5)
    // Per issuer: one of the owner's three, one of the Government's two.
    expect(report.publishing.signedByIssuer.map((x) => [x.label, x.signed, x.total])).toEqual([
      ['Bộ Nội vụ', 1, 3],
      ['Chính phủ', 1, 2],
    ])
    expect(report.publishing.signedByYear.find((y) => y.label === '2024')).toMatchObject({ signed: 2, total: 5 })
  })

  it('judges the owner’s documents against 2 working days, skipping weekends and the holiday table', () => {
    const tl = report.publishing.timeliness
    expect(tl.applicable).toBe(3)
    expect(tl.onTime).toBe(2)
    expect(tl.late.map((l) => [l.numberSymbol, l.workingDays])).toEqual([['03/QĐ-BNV', 5]])
    expect(tl.late[0]!.url).toBe(`${ORIGIN}/van-ban/2024/03-qd-bnv`)
    expect(report.ownIssuersSet).toBe(true)
    expect(report.limitWorkingDays).toBe(2)
  })

  it('judges other issuers’ documents against 10 working days (Art 17.1.c), the owner’s against 2', () => {
    const others = report.art17.find((r) => r.key === 'other-documents')!
    // 05/2024/NĐ-CP: Thursday 01/02 → Friday 02/02, 1 working day; 04/2024/NĐ-CP: January → July.
    expect([others.workingDays, others.applicable, others.onTime]).toEqual([10, 2, 1])
    expect(others.late.map((l) => l.title)).toEqual(['04/2024/NĐ-CP'])
    const own = report.art17.find((r) => r.key === 'own-documents')!
    expect([own.workingDays, own.applicable, own.onTime, own.late.map((l) => l.title)]).toEqual([2, 3, 2, ['03/QĐ-BNV']])
  })

  it('uses the holiday table administrators edit: without 30/4 and 1/5 the April document is late', async () => {
    const holidays = await t.payload.find({ collection: 'holidays', where: { name: { like: 'Ngày Chiến thắng' } }, overrideAccess: true, limit: 100 })
    expect(holidays.totalDocs).toBeGreaterThan(10)
    const input = await loadStatsInput(ORIGIN, NOW)
    const withoutMay = { ...input, holidays: input.holidays.filter((d) => d !== '2024-04-30' && d !== '2024-05-01') }
    const late = computeStats(withoutMay, { year: 2024, now: NOW }).publishing.timeliness.late.map((l) => l.numberSymbol)
    expect(late).toEqual(['03/QĐ-BNV', '02/2024/TT-BNV'])
  })
})

describe('consultation in 2024', () => {
  it('counts drafts, comments per draft, stances and submitter categories from published comments only', () => {
    const c = report.consultation
    expect(c.totalDrafts).toBe(3)
    expect(c.draftsByYear).toContainEqual({ year: 2024, count: 3 })
    expect(c.totalComments).toBe(4)
    expect(c.commentsPerDraft.map((d) => [d.title, d.count])).toEqual([
      ['Dự thảo Quyết định đủ thời hạn', 3],
      ['Dự thảo Quyết định rút ngắn', 1],
      ['Dự thảo Kế hoạch', 0],
    ])
    expect(c.byStance).toEqual([
      { key: 'agree', label: 'Tán thành', count: 2 },
      { key: 'partlyAgree', label: 'Đồng ý một phần', count: 1 },
      { key: 'disagree', label: 'Không tán thành', count: 1 },
    ])
    expect(c.byCategory).toEqual([
      { key: 'individual', label: 'Cá nhân', count: 2 },
      { key: 'organisation', label: 'Cơ quan, tổ chức', count: 1 },
      { key: 'business', label: 'Doanh nghiệp', count: 1 },
    ])
  })

  it('measures answered comments and drafts that met the minimum period', () => {
    const c = report.consultation
    expect(c.answeredShare).toBe(0.5)
    expect(c.draftsMeetingMinimum).toBe(1)
    expect(c.draftsBelowMinimum.map((d) => [d.title, d.periodDays, d.minimumDays])).toEqual([['Dự thảo Quyết định rút ngắn', 20, 30]])
    expect(c.draftsWithoutMinimum).toBe(1)
    expect(c.metMinimumShare).toBe(0.5)
  })
})

describe('figures: charts, tables and CSV', () => {
  it('every chart is valid SVG with a title and description, and every table has a caption', () => {
    const xml = new XMLParser({ ignoreAttributes: false })
    for (const figure of FIGURES) {
      const svg = figureChart(figure, report)
      if (svg) {
        const root = xml.parse(svg).svg
        expect(root['@_role']).toBe('img')
        expect(root.title['#text']).toContain(figure.title)
        outputs.push(svg)
      }
      const table = figureTable(figure, report)
      expect(table).toMatch(/^<table( class="table-reflow" role="table")?><caption>/)
      outputs.push(table)
    }
  })

  it('each figure downloads as CSV with the same numbers', async () => {
    for (const figure of FIGURES) {
      const url = new URL(`${ORIGIN}/thong-ke/${figure.id}.csv?nam=2024`)
      const res = await figureCsvRoute({ params: { figure: figure.id }, request: new Request(url), url } as never)
      expect(res.status).toBe(200)
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = new TextDecoder().decode(bytes)
      outputs.push(text)
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[]
      expect(rows).toHaveLength(figure.rows(report).length)
      if (figure.id === 'van-ban-theo-loai') expect(rows).toEqual([{ 'Loại văn bản': 'Nghị định', 'Số văn bản': '2' }, { 'Loại văn bản': 'Thông tư', 'Số văn bản': '2' }, { 'Loại văn bản': 'Quyết định', 'Số văn bản': '1' }])
      if (figure.id === 'van-ban-dang-muon') expect(rows[0]).toMatchObject({ 'Số ký hiệu': '03/QĐ-BNV', 'Ngày ban hành': '2024-06-03', 'Số ngày làm việc': '5' })
    }
  })

  it('answers 400 naming the parameter for a bad year', async () => {
    const url = new URL(`${ORIGIN}/thong-ke/van-ban-theo-loai.csv?nam=20x4`)
    const res = await figureCsvRoute({ params: { figure: 'van-ban-theo-loai' }, request: new Request(url), url } as never)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe('nam')
  })

  it('no statistic carries unpublished content, comment text, names, emails or phones', () => {
    expect(outputs.length).toBeGreaterThan(20)
    expect(outputs.flatMap(leakedSecrets)).toEqual([])
  })
})

describe('the Directive 15 report item by item (/thong-ke/chi-thi-15)', () => {
  const route = async (get: typeof directive15Json, query: string) => {
    clearStatsCache()
    const url = new URL(`${ORIGIN}/thong-ke/chi-thi-15.json?${query}`)
    return get({ request: new Request(url), url } as never) as Promise<Response>
  }
  type Item = { code: string; origin: string; value: number | null; total: number | null; sharePercent: number | null; metTarget: boolean | null; source: string; years: number[] }
  const items = async (query: string) => ((await (await route(directive15Json, query)).json()) as { items: Item[] }).items
  const item = (list: Item[], code: string) => list.find((i) => i.code === code)!

  it('an administrator enters a year’s figure with its source; the rule holds for every door', async () => {
    const payload = t.payload
    await payload.create({ collection: 'directive15-figures', data: { item: '1b-dien-tu', year: 2024, value: 640, total: 1000, source: 'Hệ thống quản lý văn bản và điều hành, thống kê năm 2024' }, overrideAccess: true })
    await payload.create({ collection: 'directive15-figures', data: { item: '1b-dien-tu', year: 2025, value: 300, total: 600, source: 'Hệ thống quản lý văn bản và điều hành, 6 tháng đầu năm 2025' }, overrideAccess: true })
    await expect(payload.create({ collection: 'directive15-figures', data: { item: '1b-dien-tu', year: 2024, value: 1, source: 'Lần hai' }, overrideAccess: true })).rejects.toThrow(/^Năm: đã có số liệu của mục này cho năm 2024/)
    await expect(payload.create({ collection: 'directive15-figures', data: { item: '1c-dao-tao', year: 2024, value: 12, source: '   ' }, overrideAccess: true })).rejects.toThrow(/^Nguồn số liệu: bắt buộc/)
    await expect(payload.create({ collection: 'directive15-figures', data: { item: '1c-dao-tao', year: 2024, value: 12, total: 5, source: 'Danh sách lớp' }, overrideAccess: true })).rejects.toThrow(/^Tổng số: không được nhỏ hơn/)
    const editor = await createUser(payload, 'editor')
    await expect(payload.create({ collection: 'directive15-figures', data: { item: '1d-kiem-tra', year: 2024, value: 2, source: 'Biên bản' }, overrideAccess: false, user: editor })).rejects.toThrow(/không có quyền/)
  })

  it('2024 from the fixture, counted by hand: documents, drafts, signed originals, the directory and the 60 % target', async () => {
    const list = await items('nam=2024')
    // Five documents went online in 2024, two with a verified signed original; three drafts opened.
    expect(item(list, '1b-van-ban')).toMatchObject({ origin: 'computed', value: 5 })
    expect(item(list, '1b-ky-so')).toMatchObject({ value: 2, total: 5, sharePercent: 40 })
    expect(item(list, '1b-du-thao')).toMatchObject({ value: 3 })
    // content/agencies.json: all nine agencies list an address for electronic documents; of their
    // 16 addresses one (a gmail.com address of the commune) is outside .gov.vn.
    expect(item(list, '1b-dia-chi')).toMatchObject({ value: 9, total: 9 })
    expect(item(list, '3b-danh-ba')).toMatchObject({ value: 15, total: 16, sharePercent: 93.8 })
    expect(item(list, '1b-dien-tu')).toMatchObject({ origin: 'entered', value: 640, total: 1000, sharePercent: 64, metTarget: true, years: [2024] })
    expect(item(list, '1d-kiem-tra')).toMatchObject({ origin: 'missing', value: null })
  })

  it('a range of days spanning two years adds both years’ entered figures and names them', async () => {
    const list = await items('tu=01/07/2024&den=30/06/2025')
    // Only the document that went online on 01/07/2024 falls in the range; the September draft too.
    expect(item(list, '1b-van-ban').value).toBe(1)
    expect(item(list, '1b-du-thao').value).toBe(1)
    expect(item(list, '1b-dien-tu')).toMatchObject({ value: 940, total: 1600, sharePercent: 58.8, metTarget: false, years: [2024, 2025] })
  })

  it('CSV for the same period, and a bad day named as a 400', async () => {
    const url = new URL(`${ORIGIN}/thong-ke/chi-thi-15.csv?nam=2024`)
    const res = (await directive15Csv({ request: new Request(url), url } as never)) as Response
    expect(res.headers.get('content-type')).toContain('text/csv')
    const rows = parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]
    expect(rows.find((r) => r['Mã chỉ tiêu'] === '1b-dien-tu')).toMatchObject({ 'Số liệu': '640', 'Tổng số': '1000', 'Tỷ lệ (%)': '64', 'Mục tiêu (%)': '60', 'Đạt mục tiêu': 'Đạt', 'Cách có số liệu': 'Quản trị viên nhập' })
    const bad = await route(directive15Json, 'tu=32/01/2024&den=01/02/2024')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('tu')
  })
})
