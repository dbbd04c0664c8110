/**
 * The Decree 43 duties (issue #16 parts 3 and 5) on the built portal: the new pages pass axe at
 * desktop width and at 320 px, the footer and the menu reach them, the maintenance notice shows on
 * every page (stored document pages included), every page has a DC.date and the rating form,
 * the services list filters by field, reposted news names its source, samples are marked.
 */
import { expect, test, type Page } from '@playwright/test'

import { signIn } from '../helpers/admin'
import { expectNoAxeViolations } from '../helpers/axe'

test.describe.configure({ mode: 'serial' })

const PHONE = { width: 320, height: 720 }

/** Checks the page at desktop width and at 320 px: axe passes and nothing scrolls sideways. */
async function checkBothWidths(page: Page): Promise<void> {
  await expectNoAxeViolations(page)
  const desktop = page.viewportSize()
  await page.setViewportSize(PHONE)
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${page.url()} at 320 px`).toBeLessThanOrEqual(PHONE.width)
  await expectNoAxeViolations(page)
  if (desktop) await page.setViewportSize(desktop)
}

const NEW_PAGES = [
  { path: '/dich-vu-cong', h1: 'Dịch vụ công trực tuyến' },
  { path: '/cong-khai-thong-tin', h1: 'Danh mục thông tin công khai' },
  { path: '/tuyen-bo-tiep-can', h1: 'Tuyên bố về khả năng tiếp cận' },
  { path: '/en/tuyen-bo-tiep-can', h1: 'Accessibility statement' },
  { path: '/khoa-hoc-cong-nghe', h1: 'Chương trình, đề tài khoa học' },
  { path: '/thong-ke-chuyen-nganh', h1: 'Thông tin thống kê chuyên ngành' },
]

for (const p of NEW_PAGES) {
  test(`${p.path}: renders, with DC.date and the rating form, accessible at desktop and 320 px`, async ({ page }) => {
    const res = await page.goto(p.path)
    expect(res?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.h1)
    await expect(page.locator('meta[name="DC.date"]')).toHaveAttribute('content', /^\d{4}-\d{2}-\d{2}$/)
    await expect(page.locator('form[action="/danh-gia"]')).toHaveCount(1)
    await checkBothWidths(page)
  })
}

test('the science and sector statistics sections list their sample items, whose pages show their attributes', async ({ page }) => {
  await page.goto('/khoa-hoc-cong-nghe')
  const item = page.getByRole('listitem').filter({ hasText: 'Chương trình hỗ trợ chuyển đổi số cấp xã' })
  await expect(item.locator('.sample-tag')).toHaveText('dữ liệu mẫu')
  await item.getByRole('link').click()
  await expect(page.getByRole('row', { name: /Tình trạng/ })).toContainText('Đã nghiệm thu')
  await expect(page.getByRole('row', { name: /Kinh phí/ })).toContainText('2.400.000.000 đồng')
  await expect(page.locator('.sample-notice')).toContainText('Dữ liệu mẫu:')
  await checkBothWidths(page)
  await page.goto('/thong-ke-chuyen-nganh')
  await page.getByRole('link', { name: 'Báo cáo thống kê ngành thông tin và truyền thông năm 2025' }).click()
  await expect(page.getByRole('row', { name: /Kỳ số liệu/ })).toContainText('Năm 2025')
  await expectNoAxeViolations(page)
})

test('the online public services list filters by field, with links to where each is filed', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Trình đơn chính' }).locator('.nav-bar').getByRole('link', { name: 'Dịch vụ công trực tuyến' }).click()
  await expect(page).toHaveURL(/\/dich-vu-cong$/)
  const rows = page.locator('#danh-sach-dich-vu tbody tr')
  await expect(rows).toHaveCount(4)
  await expect(rows.first().locator('.sample-tag')).toHaveText('dữ liệu mẫu')
  await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai (1)' })
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(/\?linh-vuc=\d+$/)
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Đăng ký biến động quyền sử dụng đất')
  await expect(rows.first().getByRole('link', { name: /^Nộp trực tuyến/ })).toHaveAttribute('href', 'https://dichvucong.gov.vn')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dịch vụ công trực tuyến')
  await expect(page).toHaveTitle(/^Dịch vụ công trực tuyến: Đất đai/)
  await checkBothWidths(page)
  // A field that does not exist is explained, and every service is shown.
  await page.goto('/dich-vu-cong?linh-vuc=99999')
  await expect(page.getByRole('alert')).toContainText('Lĩnh vực: giá trị “99999” không có trong danh sách')
  await expect(rows).toHaveCount(4)
})

test('the footer of every page links to the statistics, open data, the Government and parent portals and the accessibility statement', async ({ page }) => {
  for (const path of ['/', '/van-ban', '/cong-khai-thong-tin']) {
    await page.goto(path)
    const links = page.getByRole('contentinfo').getByRole('navigation', { name: 'Liên kết' })
    await expect(links.getByRole('link', { name: 'Thống kê', exact: true })).toHaveAttribute('href', '/thong-ke')
    await expect(links.getByRole('link', { name: 'Dữ liệu mở' })).toHaveAttribute('href', '/du-lieu-mo')
    await expect(links.getByRole('link', { name: 'Cổng Thông tin điện tử Chính phủ' })).toHaveAttribute('href', 'https://chinhphu.vn')
    await expect(links.getByRole('link', { name: 'Cổng thông tin điện tử tỉnh Ví Dụ (dữ liệu mẫu)' })).toHaveAttribute('href', 'https://ubnd.vidu.gov.vn')
    await expect(links.getByRole('link', { name: 'Tuyên bố về khả năng tiếp cận' })).toHaveAttribute('href', '/tuyen-bo-tiep-can')
    await expect(links.getByRole('link', { name: 'Công khai thông tin' })).toHaveAttribute('href', '/cong-khai-thong-tin')
  }
  await page.goto('/en')
  const en = page.getByRole('contentinfo').getByRole('navigation', { name: 'Useful links' })
  await expect(en.getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute('href', '/en/tuyen-bo-tiep-can')
  await expect(en.getByRole('link', { name: 'Government of Viet Nam portal' })).toHaveAttribute('href', 'https://chinhphu.vn')
  await en.getByRole('link', { name: 'Accessibility statement' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Known limitations' })).toBeVisible()
  await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click()
  await expect(page).toHaveURL(/\/tuyen-bo-tiep-can$/)
})

test('every page carries a DC.date: the home page and lists too; the Dublin Core export is linked from /du-lieu-mo', async ({ page }) => {
  for (const path of ['/', '/van-ban', '/tin-tuc', '/co-quan', '/du-thao', '/tim-kiem?q=v%C4%83n+b%E1%BA%A3n', '/so-do-cong']) {
    await page.goto(path)
    await expect(page.locator('meta[name="DC.date"]'), path).toHaveAttribute('content', /^\d{4}-\d{2}-\d{2}$/)
  }
  await page.goto('/du-lieu-mo')
  const link = page.getByRole('link', { name: '/du-lieu-mo/dublin-core.xml' })
  await expect(link).toBeVisible()
  const xml = await page.request.get('/du-lieu-mo/dublin-core.xml')
  expect(xml.status()).toBe(200)
  expect(xml.headers()['content-type']).toBe('application/xml; charset=utf-8')
  const body = await xml.text()
  expect(body).toContain('<dc:identifier>15/CT-TTg</dc:identifier>')
  expect(body).toMatch(/<dc:date>2012-05-22<\/dc:date>/)
})

test('sample entries are marked "dữ liệu mẫu" in lists and on their pages, documents included', async ({ page }) => {
  await page.goto('/van-ban')
  const sample = page.getByRole('listitem').filter({ hasText: '01/QĐ-MAU' })
  await expect(sample.locator('.sample-tag')).toHaveText('dữ liệu mẫu')
  await expect(page.getByRole('listitem').filter({ hasText: '15/CT-TTg' }).locator('.sample-tag')).toHaveCount(0)
  await sample.getByRole('link').first().click()
  await expect(page.locator('.sample-notice')).toContainText('Dữ liệu mẫu:')
  await page.goto('/tin-tuc')
  await expect(page.locator('.item-list .sample-tag').first()).toBeVisible()
})

test('a merged agency names its successor; old contact details are flagged for re-verification', async ({ page }) => {
  await page.goto('/co-quan/bo-thong-tin-va-truyen-thong')
  const note = page.locator('.succession-note')
  await expect(note).toHaveText('Đã hợp nhất, sáp nhập vào Bộ Khoa học và Công nghệ từ ngày 01/03/2025.')
  await expect(note.getByRole('link', { name: 'Bộ Khoa học và Công nghệ' })).toHaveAttribute('href', '/co-quan/bo-khoa-hoc-va-cong-nghe')
  await expect(page.locator('.reverify-note')).toContainText('xác minh lần cuối ngày 28/02/2025')
  await expectNoAxeViolations(page)
  await page.goto('/co-quan')
  await expect(page.getByRole('listitem').filter({ hasText: 'Bộ Thông tin và Truyền thông' }).locator('.succession-note').first()).toBeVisible()
})

test('reposted news shows its source and author; an item without them is refused with the field named', async ({ page }) => {
  await signIn(page)
  const refused = await page.request.post('/api/news', { data: { title: 'Tin đăng lại thiếu nguồn', category: 'news', reposted: true, _status: 'published' } })
  expect(refused.status()).toBe(400)
  const errors = ((await refused.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }).errors[0]?.data?.errors ?? []
  expect(errors.map((e) => e.path).sort()).toEqual(['author', 'sourceName', 'sourceUrl'])
  expect(errors.find((e) => e.path === 'sourceName')?.message).toMatch(/^Tên nguồn: bắt buộc khi tin được đăng lại/)
  const created = await page.request.post('/api/news', {
    data: { title: 'Tin đăng lại có nguồn', category: 'news', reposted: true, sourceName: 'Báo Điện tử Chính phủ', sourceUrl: 'https://baochinhphu.vn/bai-goc-e2e', author: 'Trần Văn B', _status: 'published' },
  })
  expect(created.status()).toBe(201)
  await page.context().clearCookies()
  await page.goto('/tin-tuc/tin-dang-lai-co-nguon')
  await expect(page.getByRole('row', { name: /Tác giả/ })).toContainText('Trần Văn B')
  await expect(page.getByRole('row', { name: /Nguồn/ }).getByRole('link', { name: 'Báo Điện tử Chính phủ' })).toHaveAttribute('href', 'https://baochinhphu.vn/bai-goc-e2e')
  await expectNoAxeViolations(page)
})

test('documents and drafts carry the rating form; ratings show on /thong-ke', async ({ page }) => {
  await page.goto('/van-ban')
  await page.getByRole('listitem').filter({ hasText: '15/CT-TTg' }).getByRole('link').first().click()
  const documentPath = new URL(page.url()).pathname
  await page.getByLabel('Rất hài lòng').check()
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
  await expect(page).toHaveURL(`${documentPath}?danh-gia=cam-on#danh-gia`)
  await expect(page.locator('#danh-gia').getByRole('status')).toHaveText('Cảm ơn bạn đã đánh giá.')
  await page.goto('/du-thao')
  await page.locator('.item-list a').first().click()
  await expect(page.getByRole('group', { name: 'Bạn có hài lòng với thông tin trên trang này không?' })).toBeVisible()
  await page.goto('/')
  await page.getByLabel('Hài lòng', { exact: true }).check()
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
  await expect(page.locator('#danh-gia').getByRole('status')).toHaveText('Cảm ơn bạn đã đánh giá.')
  await page.goto('/thong-ke')
  const figure = page.locator('#fig-danh-gia-muc-do').locator('..')
  await expect(figure.getByRole('row', { name: /Tổng số lượt đánh giá/ }).getByRole('cell').first()).toHaveText('2')
  await expect(figure.getByRole('row', { name: /^Rất hài lòng/ }).getByRole('cell').first()).toHaveText('1')
  await expect(page.locator('#fig-danh-gia-theo-chuyen-muc').locator('..').getByRole('row', { name: /Văn bản pháp luật/ })).toBeVisible()
})

test('planned maintenance: refused under 7 working days, then announced on every page, stored document pages included', async ({ page }) => {
  await signIn(page)
  const holidays = ((await (await page.request.get('/api/holidays?limit=1000&depth=0')).json()) as { docs: { date: string }[] }).docs.map((h) => h.date)
  const { earliest, tooSoon } = await page.evaluate((days) => {
    // Vietnamese calendar days, counted like cms/lib/working-days.ts (weekends and the holiday table skipped).
    const key = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
    const off = new Set(days.map((d) => key(new Date(d))))
    const working = (d: Date) => {
      const wd = new Date(d.getTime() + 7 * 3600_000).getUTCDay()
      return wd !== 0 && wd !== 6 && !off.has(key(d))
    }
    const today = new Date(`${key(new Date())}T00:00:00+07:00`)
    const add = (n: number) => {
      let d = today
      for (let left = n; left > 0; ) {
        d = new Date(d.getTime() + 86_400_000)
        if (working(d)) left--
      }
      return d
    }
    return { earliest: add(7).toISOString(), tooSoon: add(6).toISOString() }
  }, holidays)
  const at22 = (iso: string) => new Date(new Date(iso).getTime() + 22 * 3600_000)
  const window = (startIso: string) => ({ maintenance: { start: at22(startIso).toISOString(), end: new Date(at22(startIso).getTime() + 4 * 3600_000).toISOString(), text: 'Nâng cấp hệ thống máy chủ của cổng (kiểm thử).' } })

  const refused = await page.request.post('/api/globals/settings', { data: window(tooSoon) })
  expect(refused.status()).toBe(400)
  expect(await refused.text()).toContain('Bắt đầu bảo trì: phải báo trước ít nhất 7 ngày làm việc')

  // A document page is stored before the window is set: the store must not keep serving it without the notice.
  await page.context().clearCookies()
  await page.goto('/van-ban')
  await page.getByRole('listitem').filter({ hasText: '15/CT-TTg' }).getByRole('link').first().click()
  const documentPath = new URL(page.url()).pathname
  await page.reload()
  await expect(page.locator('.maintenance-notice')).toHaveCount(0)

  await signIn(page)
  const saved = await page.request.post('/api/globals/settings', { data: window(earliest) })
  expect(saved.status()).toBe(200)
  await page.context().clearCookies()
  try {
    for (const path of ['/', '/tin-tuc', documentPath, '/dich-vu-cong', '/en']) {
      await expect(async () => {
        await page.goto(path)
        await expect(page.locator('.maintenance-notice')).toBeVisible({ timeout: 1000 })
      }).toPass({ timeout: 15_000 })
      await expect(page.locator('.maintenance-notice'), path).toContainText('Nâng cấp hệ thống máy chủ của cổng (kiểm thử).')
    }
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: 'Thông báo bảo trì' })).toBeVisible()
    await checkBothWidths(page)
  } finally {
    await signIn(page)
    await page.request.post('/api/globals/settings', { data: { maintenance: { start: null, end: null, text: null } } })
  }
  await page.context().clearCookies()
  await expect(async () => {
    await page.goto(documentPath)
    await expect(page.locator('.maintenance-notice')).toHaveCount(0, { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
})
