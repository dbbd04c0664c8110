import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromText } from '../../cms/seed/lexical'
import { seed } from '../../cms/seed'
import { RATINGS_PER_ADDRESS_PER_HOUR } from '../../cms/consultation/commands/submitRating'
import { newRatingToken } from '../../cms/consultation/ratings/levels'
import { recordRating } from '../../site/lib/rating-post'
import { getPage, getSchedule, getSectionItem, listPages, listSection } from '../../site/lib/cms/sections'
import { flattenTree, getSiteTree } from '../../site/lib/cms/sitemap'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'

let t: TestPayload

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  runtime().payload = t.payload
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

type ErrorShape = { data?: { errors?: { path: string; message: string }[] } }
const errorsOf = (p: Promise<unknown>) => p.then(() => [], (e: ErrorShape) => e.data?.errors ?? [{ path: '?', message: String(e) }])

const WORD_HTML = `<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<h1 class="MsoTitle" style="color:red">Kế hoạch triển khai</h1>
<p class="MsoNormal" style="font-family:Times New Roman" onclick="steal()">Đoạn <b>đậm</b> và <i>nghiêng</i><o:p></o:p></p>
<ul><li>Mục một</li><li>Mục hai</li></ul>
<table class="MsoTableGrid" style="border:1px"><tr><th>Cột</th><td colspan="2" onmouseover="x()">Ô</td></tr></table>
<p><a href="https://vidu.gov.vn/ke-hoach" target="_blank" onclick="x()">Liên kết</a> <a href="javascript:alert(1)">độc</a> <a href="mailto:vanthu@vidu.gov.vn">thư</a></p>
<script>alert('xss')</script><style>p{color:red}</style><img src="x" onerror="alert(1)">`

describe('rich text is sanitised on save', () => {
  it('keeps headings, lists, tables and links pasted from Word; drops scripts, styles and handlers', async () => {
    const doc = await t.payload.create({ collection: 'news', data: { title: 'Tin dán từ Word', category: 'news', pastedHtml: WORD_HTML, _status: 'published' }, overrideAccess: true })
    const html = doc.bodyHtml ?? ''
    expect(html).toContain('<h2>Kế hoạch triển khai</h2>')
    expect(html).toContain('<strong>đậm</strong>')
    expect(html).toContain('<ul><li>Mục một</li><li>Mục hai</li></ul>')
    expect(html).toMatch(/<table><tr><th>Cột<\/th><td colspan="2">Ô<\/td><\/tr><\/table>/)
    expect(html).toContain('<a href="https://vidu.gov.vn/ke-hoach">Liên kết</a>')
    expect(html).toContain('<a href="mailto:vanthu@vidu.gov.vn">thư</a>')
    for (const bad of ['<script', 'alert', 'style=', 'onclick', 'onmouseover', 'onerror', 'javascript:', 'class=', '<img', 'mso', 'o:p'])
      expect(html.toLowerCase()).not.toContain(bad)
    // The paste box itself is stored clean, so a later edit starts from safe markup.
    expect(doc.pastedHtml).toBe(html)
  })

  it('renders the Lexical editor content to sanitised HTML', async () => {
    const body = lexicalFromText('## Mục tiêu\n\n- Một\n- Hai\n\nĐoạn văn <script>alert(1)</script>.')
    const doc = await t.payload.create({ collection: 'plans', data: { title: 'Kế hoạch có nội dung', kind: 'plan', body: body as never, _status: 'published' }, overrideAccess: true })
    expect(doc.bodyHtml).toContain('<h2>Mục tiêu</h2>')
    expect(doc.bodyHtml).toMatch(/<ul><li>Một<\/li><li>Hai<\/li><\/ul>/)
    // Text that looks like a tag stays text (escaped), never markup.
    expect(doc.bodyHtml).toContain('&lt;script&gt;')
    expect(doc.bodyHtml).not.toContain('<script')
  })
})

describe('field validation with Vietnamese messages', () => {
  it('refuses a project that ends before it starts, and a negative budget', async () => {
    const errors = await errorsOf(
      t.payload.create({
        collection: 'projects',
        data: { title: 'Dự án sai ngày', projectType: 'tender', status: 'bidding', startDate: '2026-05-01T00:00:00+07:00', endDate: '2026-04-01T00:00:00+07:00', budget: -5, _status: 'published' },
        overrideAccess: true,
      }),
    )
    const messages = errors.map((e) => e.message)
    expect(messages).toContain('Thời gian kết thúc: sớm hơn thời gian bắt đầu.')
    expect(messages).toContain('Tổng mức đầu tư / giá gói thầu: phải là số không âm (đơn vị: đồng).')
  })

  it('refuses a plan period that ends before it starts', async () => {
    const errors = await errorsOf(t.payload.create({ collection: 'plans', data: { title: 'Kế hoạch sai', kind: 'plan', periodFrom: 2030, periodTo: 2026, _status: 'published' }, overrideAccess: true }))
    expect(errors.map((e) => e.message)).toContain('Giai đoạn đến năm: 2026 sớm hơn năm bắt đầu 2030.')
  })

  it('moves a schedule to its Monday, refuses entries outside the week and a second schedule for the week', async () => {
    const doc = await t.payload.create({
      collection: 'work-schedules',
      data: { weekOf: '2026-12-03T00:00:00+07:00', entries: [{ day: '2026-12-04T00:00:00+07:00', time: '08:00', leader: 'Giám đốc', content: 'Họp' }], _status: 'published' },
      overrideAccess: true,
    })
    expect(doc.slug).toBe('2026-11-30')
    expect(doc.title).toBe('Lịch công tác tuần từ 30/11/2026 đến 06/12/2026')
    const outside = await errorsOf(
      t.payload.create({
        collection: 'work-schedules',
        data: { weekOf: '2026-12-10T00:00:00+07:00', entries: [{ day: '2026-12-20T00:00:00+07:00', time: '8 giờ', leader: 'Giám đốc', content: 'Họp' }] },
        overrideAccess: true,
      }),
    )
    expect(outside.map((e) => e.message).join('\n')).toMatch(/Lịch — Ngày: 20\/12\/2026 không thuộc tuần từ 07\/12\/2026 đến 13\/12\/2026/)
    const again = await errorsOf(t.payload.create({ collection: 'work-schedules', data: { weekOf: '2026-12-01T00:00:00+07:00' }, overrideAccess: true }))
    expect(again[0]?.message).toBe('Tuần: đã có lịch công tác của tuần từ 30/11/2026.')
  })
})

describe('seeded sections and public reads', () => {
  it('every section has published seeded content readable by the public', async () => {
    for (const key of ['news', 'directions', 'lawDissemination', 'plans', 'projects'] as const) {
      const list = await listSection(key)
      expect(list.totalDocs, key).toBeGreaterThan(0)
      const item = await getSectionItem(key, list.docs[0]!.slug!)
      expect(item?.bodyHtml, key).toBeTruthy()
    }
    expect((await listPages('introduction', 'vi')).length).toBeGreaterThanOrEqual(4)
    expect((await listPages('introduction', 'en')).map((p) => p.title)).toContain('Functions and duties')
    expect(await getPage('contact', 'en', 'office-hours-and-how-to-reach-us')).not.toBeNull()
    expect((await getSchedule('2026-11-16'))?.entries?.length).toBe(3)
  })

  it('an unpublished item is invisible to the public and absent from the site map', async () => {
    const editor = await createUser(t.payload, 'editor')
    await t.payload.create({ collection: 'news', data: { title: 'Tin nháp bí mật', category: 'news', _status: 'draft' }, draft: true, user: editor, overrideAccess: false })
    expect(await getSectionItem('news', 'tin-nhap-bi-mat')).toBeNull()
    const paths = flattenTree(await getSiteTree()).map((n) => n.path)
    expect(paths).not.toContain('/tin-tuc/tin-nhap-bi-mat')
    expect(paths).toContain('/tin-tuc/tin-dan-tu-word')
    expect(paths).toContain('/van-ban/2012/15-ct-ttg')
    expect(paths).toContain('/co-quan/bo-noi-vu')
    expect(paths).toContain('/en/co-quan/bo-noi-vu')
    expect(paths).toContain('/chi-dao-dieu-hanh/lich-cong-tac/2026-11-16')
    expect(paths).toContain('/en/gioi-thieu/functions-and-duties')
  })
})

describe('satisfaction rating', () => {
  const visitor = { ip: '203.0.113.7', browser: newRatingToken() }

  it('stores one anonymous rating per browser per page per day and keeps totals per page', async () => {
    const path = '/tin-tuc/tin-dan-tu-word'
    const day1 = new Date('2026-11-20T03:00:00Z')
    expect((await recordRating({ path, level: 'satisfied', ...visitor, now: day1 })).outcome).toBe('saved')
    expect((await recordRating({ path, level: 'unsatisfied', ...visitor, now: day1 })).outcome).toBe('duplicate')
    // A second person on the same network (same address, another browser) is not "already rated".
    expect((await recordRating({ path, level: 'very-satisfied', ip: visitor.ip, browser: newRatingToken(), now: day1 })).outcome).toBe('saved')
    expect((await recordRating({ path, level: 'unsatisfied', ...visitor, now: new Date('2026-11-21T03:00:00Z') })).outcome).toBe('saved')
    const totals = await t.payload.find({ collection: 'rating-totals', where: { path: { equals: path } }, overrideAccess: true })
    expect(totals.docs[0]).toMatchObject({ title: 'Tin dán từ Word', total: 3, verySatisfied: 1, satisfied: 1, unsatisfied: 1, satisfactionRate: 67 })
    const stored = await t.payload.find({ collection: 'ratings', overrideAccess: true, limit: 10 })
    // No personal data: neither the address nor the browser's token is stored.
    expect(JSON.stringify(stored.docs)).not.toContain('203.0.113')
    expect(JSON.stringify(stored.docs)).not.toContain(visitor.browser)
  })

  it('stops one address that drops its cookie to rate a page again and again, and no other address', async () => {
    const path = '/co-quan/bo-noi-vu'
    const outcomes = []
    for (let i = 0; i < RATINGS_PER_ADDRESS_PER_HOUR + 2; i++) outcomes.push((await recordRating({ path, level: 'very-satisfied', ip: '198.51.100.9', browser: newRatingToken() })).outcome)
    expect(outcomes.filter((o) => o === 'saved')).toHaveLength(RATINGS_PER_ADDRESS_PER_HOUR)
    expect(outcomes.slice(-2)).toEqual(['limited', 'limited'])
    expect((await recordRating({ path, level: 'satisfied', ip: '198.51.100.10', browser: newRatingToken() })).outcome).toBe('saved')
    const totals = await t.payload.find({ collection: 'rating-totals', where: { path: { equals: path } }, overrideAccess: true })
    expect(totals.docs[0]?.total).toBe(RATINGS_PER_ADDRESS_PER_HOUR + 1)
  })

  it('refuses unknown levels and pages that are not published content', async () => {
    expect((await recordRating({ path: '/tin-tuc/tin-dan-tu-word', level: 'tuyet-voi', ...visitor })).outcome).toBe('invalid-level')
    expect((await recordRating({ path: '/tin-tuc/tin-nhap-bi-mat', level: 'satisfied', ...visitor })).outcome).toBe('invalid-path')
    expect((await recordRating({ path: '/admin', level: 'satisfied', ...visitor })).outcome).toBe('invalid-path')
    expect((await recordRating({ path: 42, level: 'satisfied', ...visitor })).outcome).toBe('invalid-path')
  })

  it('only administrators read ratings and totals', async () => {
    const editor = await createUser(t.payload, 'editor')
    const admin = await createUser(t.payload, 'admin')
    await expect(t.payload.find({ collection: 'rating-totals', overrideAccess: false })).rejects.toThrow()
    await expect(t.payload.find({ collection: 'rating-totals', user: editor, overrideAccess: false })).rejects.toThrow()
    expect((await t.payload.find({ collection: 'rating-totals', user: admin, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
    await expect(t.payload.create({ collection: 'ratings', data: { path: '/tin-tuc/x', level: 'satisfied', day: '2026-11-21', visitorKey: 'forged' }, user: admin, overrideAccess: false })).rejects.toThrow()
  })
})
