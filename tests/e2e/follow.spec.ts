import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'
import { waitForE2eMail } from '../helpers/e2e-mail'

const PORT = Number(process.env.E2E_PORT ?? 4399)
// Decree 43/2011 (sample data), in force: its page carries the follow link and the feedback link.
const DOC = '/van-ban/2011/43-2011-nd-cp'

test.use({ javaScriptEnabled: false })

test('follow a document from its page without JavaScript, confirm by the e-mailed link, manage the subscription; axe on each page', async ({ page }) => {
  await page.goto(DOC)
  await expect(page.getByRole('link', { name: /Hệ thống tiếp nhận, xử lý phản ánh, kiến nghị về văn bản quy phạm pháp luật/ })).toHaveAttribute('href', 'https://paknvbqppl.moj.gov.vn')
  await page.getByRole('link', { name: /^Theo dõi văn bản này/ }).click()
  await expect(page).toHaveURL(/\/theo-doi\?muc=van-ban&van-ban=\w+$/)
  const choice = page.getByRole('radio', { name: /43\/2011\/NĐ-CP/ })
  await expect(choice).toBeChecked()
  await expectNoAxeViolations(page)

  // No address: the form comes back naming the field, the choice kept.
  await page.getByRole('button', { name: 'Đăng ký theo dõi' }).click()
  await expect(page.getByRole('alert')).toContainText('Thư điện tử: bắt buộc')
  await expect(choice).toBeChecked()
  await expect(page).toHaveTitle(/^Lỗi: /)
  await expectNoAxeViolations(page)

  const email = `theo-doi-${Date.now()}@example.vn`
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByRole('radio', { name: 'Một thư tổng hợp mỗi ngày' }).check()
  await page.getByRole('button', { name: 'Đăng ký theo dõi' }).click()
  await expect(page).toHaveURL(/\/theo-doi\/da-gui$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra hộp thư để xác nhận')

  const mail = await waitForE2eMail(PORT, (m) => m.to.includes(email))
  expect(mail.subject).toBe('Xác nhận đăng ký theo dõi trên cổng thông tin')
  expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
  const confirm = /https?:\/\/\S+\/theo-doi\/xac-nhan\?t=\S+/.exec(mail.text)![0]
  await page.goto(confirm)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await expect(page).toHaveURL(/\/theo-doi\/quan-ly\?t=/)
  await expect(page.getByRole('status')).toContainText(`Đã xác nhận. Cổng sẽ gửi thư theo dõi tới ${email}`)
  await expect(page.getByText(/43\/2011\/NĐ-CP/)).toBeVisible()
  await expect(page.getByLabel('Tần suất')).toHaveValue('daily')
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 320, height: 640 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await page.setViewportSize({ width: 1280, height: 720 })

  await page.getByLabel('Tần suất').selectOption('immediate')
  await page.getByRole('button', { name: 'Lưu tần suất' }).click()
  await expect(page.getByRole('status')).toHaveText('Đã lưu thay đổi.')
  await expect(page.getByLabel('Tần suất')).toHaveValue('immediate')
  await page.getByRole('button', { name: 'Ngừng tất cả' }).click()
  await expect(page.getByText('Địa chỉ này không còn theo dõi nội dung nào.')).toBeVisible()
})

test('search results and drafts carry a «Theo dõi» link that preselects them', async ({ page }) => {
  await page.goto('/tim-kiem?q=' + encodeURIComponent('đất đai'))
  await page.getByRole('link', { name: /^Theo dõi tìm kiếm «đất đai»/ }).click()
  await expect(page.getByRole('radio', { name: 'Văn bản mới khớp từ khóa tìm kiếm' })).toBeChecked()
  await expect(page.getByLabel('Từ khóa tìm kiếm')).toHaveValue('đất đai')
  await page.goto('/du-thao')
  await page.getByRole('link', { name: 'Nhận thư khi có dự thảo mới' }).click()
  await expect(page.getByRole('radio', { name: 'Tất cả dự thảo mới đưa ra lấy ý kiến' })).toBeChecked()
})
