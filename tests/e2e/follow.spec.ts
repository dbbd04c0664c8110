import { type Browser, expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'
import { waitForE2eMail } from '../helpers/e2e-mail'

const PORT = Number(process.env.E2E_PORT ?? 4399)
// Directive 15/CT-TTg (sample data), in force: its page carries the follow link and the feedback link.
const DOC = '/van-ban/2012/15-ct-ttg'

test.use({ javaScriptEnabled: false })

/** axe runs in the page: each page reached without JavaScript is opened again in a browser with it, for axe and the 320 px check. */
async function withJs(browser: Browser): Promise<{ page: Page; check: (url: string, before?: (p: Page) => Promise<void>) => Promise<void>; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}`, locale: 'vi-VN', javaScriptEnabled: true })
  const page = await context.newPage()
  return {
    page,
    check: async (url, before) => {
      await page.goto(url)
      if (before) await before(page)
      await expectNoAxeViolations(page)
      await page.setViewportSize({ width: 320, height: 640 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `320 px on ${url}`).toBeLessThanOrEqual(320)
      await page.setViewportSize({ width: 1280, height: 720 })
    },
    close: () => context.close(),
  }
}

test('follow a document from its page without JavaScript, confirm by the e-mailed link, manage the subscription; axe on each page', async ({ page, browser }) => {
  // Several pages, each also checked with axe, and a message through the queue: more than the default minute on a busy machine.
  test.setTimeout(180_000)
  const js = await withJs(browser)
  await page.goto(DOC)
  await expect(page.getByRole('link', { name: /Hệ thống tiếp nhận, xử lý phản ánh, kiến nghị về văn bản quy phạm pháp luật/ })).toHaveAttribute('href', 'https://paknvbqppl.moj.gov.vn')
  await page.getByRole('link', { name: /^Theo dõi văn bản này/ }).click()
  await expect(page).toHaveURL(/\/theo-doi\?muc=van-ban&van-ban=\w+$/)
  const choice = page.getByRole('radio', { name: /15\/CT-TTg/ })
  await expect(choice).toBeChecked()
  const followUrl = page.url()
  await js.check(followUrl)

  // No address: the form comes back naming the field, the choice kept.
  await page.getByRole('button', { name: 'Đăng ký theo dõi' }).click()
  await expect(page.getByRole('alert')).toContainText('Thư điện tử: bắt buộc')
  await expect(choice).toBeChecked()
  await expect(page).toHaveTitle(/^Lỗi: /)
  await js.check(followUrl, async (p) => {
    await p.getByRole('button', { name: 'Đăng ký theo dõi' }).click()
    await expect(p.getByRole('alert')).toContainText('Thư điện tử: bắt buộc')
  })

  const email = `theo-doi-${Date.now()}@example.vn`
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByRole('radio', { name: 'Một thư tổng hợp mỗi ngày' }).check()
  await page.getByRole('button', { name: 'Đăng ký theo dõi' }).click()
  // (The browser keeps the form's #dang-ky across the 303.)
  await expect(page).toHaveURL(/\/theo-doi\/da-gui(#dang-ky)?$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra hộp thư để xác nhận')

  const mail = await waitForE2eMail(PORT, (m) => m.to.includes(email))
  expect(mail.subject).toBe('Xác nhận đăng ký theo dõi trên cổng thông tin')
  expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
  const confirm = /https?:\/\/\S+\/theo-doi\/xac-nhan\?t=\S+/.exec(mail.text)![0]
  await page.goto(confirm)
  await js.check(confirm)
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page).toHaveURL(/\/theo-doi\/quan-ly\?t=/)
  await expect(page.getByRole('status')).toContainText(`Đã xác nhận. Cổng sẽ gửi thư theo dõi tới ${email}`)
  await expect(page.locator('strong', { hasText: /15\/CT-TTg/ })).toBeVisible()
  await expect(page.getByLabel('Tần suất')).toHaveValue('daily')
  await js.check(page.url())

  await page.getByLabel('Tần suất').selectOption('immediate')
  await page.getByRole('button', { name: 'Lưu tần suất' }).click()
  await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi.')
  await expect(page.getByLabel('Tần suất')).toHaveValue('immediate')
  await page.getByRole('button', { name: 'Ngừng tất cả' }).click()
  await expect(page.getByText('Địa chỉ này không còn theo dõi nội dung nào.')).toBeVisible()
  await js.close()
})

test('search results and drafts carry a «Theo dõi» link that preselects them', async ({ page }) => {
  await page.goto('/tim-kiem?q=' + encodeURIComponent('đất đai'))
  await page.getByRole('link', { name: /^Theo dõi tìm kiếm «đất đai»/ }).click()
  await expect(page.getByRole('radio', { name: 'Văn bản mới khớp từ khóa tìm kiếm' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Từ khóa tìm kiếm' })).toHaveValue('đất đai')
  await page.goto('/du-thao')
  await page.getByRole('link', { name: 'Nhận thư khi có dự thảo mới' }).click()
  await expect(page.getByRole('radio', { name: 'Tất cả dự thảo mới đưa ra lấy ý kiến' })).toBeChecked()
})
