import { expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'
import { signInSession } from '../helpers/drafts-e2e'

/** Issue 14: a page per provision, and the history of a document. */
test.describe.configure({ mode: 'serial' })
// Three axe runs and two publications on a shared two-core machine.
test.setTimeout(180_000)

const NARROW = { width: 320, height: 640 }
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

/** Completes a seeded draft (its text) and publishes it, as an administrator through the REST API. */
async function publishSeeded(page: Page, numberSymbol: string): Promise<void> {
  const found = await page.request.get(`/api/legal-documents?where[numberSymbol][equals]=${encodeURIComponent(numberSymbol)}&draft=true&depth=0&limit=1`)
  expect(found.ok(), await found.text()).toBe(true)
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  const res = await page.request.patch(`/api/legal-documents/${id}`, {
    data: { fullText: 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định việc cung cấp thông tin.\nĐiều 2. Hiệu lực\nNghị định có hiệu lực theo quy định.', workflowState: 'published', _status: 'published' },
  })
  expect(res.ok(), await res.text()).toBe(true)
}

test('a citizen opens a provision from the document and moves to the next and previous one', async ({ page }) => {
  await page.goto('/van-ban/2012/15-ct-ttg')
  const toc = page.getByRole('navigation', { name: 'Mục lục' })
  const details = toc.locator('details')
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await toc.locator('summary').click()
  await toc.getByRole('listitem').filter({ hasText: /^1\./ }).getByRole('link', { name: 'trang riêng' }).click()
  await expect(page).toHaveURL(/\/van-ban\/2012\/15-ct-ttg\/dieu-1$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mục 1')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('15/CT-TTg')
  await expect(page.locator('.provision-text')).toContainText('Các Bộ, cơ quan ngang Bộ')
  // The link to copy is shown as text, so it can be copied without script.
  await expect(page.getByLabel(/Liên kết đến Mục 1/)).toHaveValue(/\/van-ban\/2012\/15-ct-ttg\/dieu-1$/)
  await expectNoAxeViolations(page)

  const pager = page.getByRole('navigation', { name: 'Điều, khoản liền kề' })
  await expect(pager.getByRole('link', { name: /Trước/ })).toHaveCount(0)
  await pager.getByRole('link', { name: /Tiếp: Mục 2/ }).click()
  await expect(page).toHaveURL(/\/dieu-2$/)
  await expect(page.locator('.provision-text')).toContainText('Thủ trưởng cơ quan nhà nước các cấp')
  await page.getByRole('navigation', { name: 'Điều, khoản liền kề' }).getByRole('link', { name: /Trước: Mục 1/ }).click()
  await expect(page).toHaveURL(/\/dieu-1$/)

  // Back to the provision in the whole text.
  await page.getByRole('link', { name: 'Xem Mục 1 trong toàn văn' }).click()
  await expect(page).toHaveURL(/\/van-ban\/2012\/15-ct-ttg#dieu-1$/)
})

test('an unknown provision is a 404, a malformed one too', async ({ page }) => {
  expect((await page.goto('/van-ban/2012/15-ct-ttg/dieu-99'))!.status()).toBe(404)
  expect((await page.goto('/van-ban/2012/15-ct-ttg/Dieu_1'))!.status()).toBe(404)
})

test('the history of a replaced decree lists its replacement with the link, on the day the table gives as expiry', async ({ page, browser }) => {
  await signInSession(page)
  await publishSeeded(page, '42/2022/NĐ-CP')
  await publishSeeded(page, '43/2011/NĐ-CP')

  // A citizen: another browser context, without the administrator's session.
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const citizen = await context.newPage()
  await citizen.goto('/van-ban/2011/43-2011-nd-cp')
  await expect(citizen.getByRole('status').filter({ hasText: 'Tình trạng hiệu lực' })).toContainText('Hết hiệu lực (từ ngày 15/08/2022)')
  await expect(citizen.getByRole('row', { name: /Ngày hết hiệu lực/ })).toContainText('15/08/2022')
  const history = citizen.getByRole('region', { name: 'Lịch sử' })
  const items = history.getByRole('listitem')
  await expect(items.first()).toContainText('13/06/2011: Ban hành')
  const replaced = items.filter({ hasText: 'Bị thay thế bởi' })
  await expect(replaced).toContainText('15/08/2022')
  await expect(replaced.locator('time')).toHaveAttribute('datetime', '2022-08-15')
  await expectNoAxeViolations(citizen)
  await citizen.setViewportSize(NARROW)
  expect(await overflow(citizen)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(citizen)
  await replaced.getByRole('link', { name: '42/2022/NĐ-CP' }).click()
  await expect(citizen).toHaveURL(/\/van-ban\/2022\/42-2022-nd-cp$/)

  await citizen.goto('/van-ban/2011/43-2011-nd-cp/dieu-1')
  await expect(citizen.getByRole('heading', { level: 1 })).toContainText('Điều 1. Phạm vi điều chỉnh')
  expect(await overflow(citizen)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(citizen)
  await context.close()
})
