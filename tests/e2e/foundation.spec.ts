import { expect, test } from '@playwright/test'

import { fillNewDocument, signIn } from '../helpers/admin'
import { expectNoAxeViolations } from '../helpers/axe'

const OWNER = 'Sở Thông tin và Truyền thông tỉnh Ví Dụ'

test.describe.configure({ mode: 'serial' })

test('home page: Vietnamese, owner in header and footer, skip link, accessible', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.locator('header.site-header')).toContainText(OWNER)
  await expect(page.locator('footer.site-footer')).toContainText(OWNER)
  await expect(page.locator('footer.site-footer')).toContainText('banbientap@vidu.gov.vn')
  const nav = page.getByRole('navigation', { name: 'Trình đơn chính' })
  for (const item of ['Trang chủ', 'Giới thiệu', 'Văn bản', 'Dự thảo – Lấy ý kiến', 'Cơ quan – Liên hệ', 'Sơ đồ cổng'])
    await expect(nav.getByRole('link', { name: item, exact: true })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused()
  await expectNoAxeViolations(page)
})

test('public responses carry security headers; no inline script is allowed', async ({ request }) => {
  const res = await request.get('/')
  const csp = res.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).toContain("frame-ancestors 'none'")
  expect(res.headers()['x-content-type-options']).toBe('nosniff')
  expect(res.headers()['referrer-policy']).toBeTruthy()
  const html = await res.text()
  expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\bsrc=)[^>]*>/)
})

test('healthz answers JSON with the database state', async ({ request }) => {
  const res = await request.get('/healthz')
  expect(res.status()).toBe(200)
  expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok' })
})

test('unknown pages answer a Vietnamese 404', async ({ page }) => {
  const response = await page.goto('/khong-ton-tai')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
  await expectNoAxeViolations(page)
})

test('the page fits a 320 px phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('first visit to /admin creates the administrator, whose published document is found by the public', async ({ page }) => {
  await signIn(page)
  await fillNewDocument(page, { numberSymbol: '123/QĐ-BNV', type: 'Quyết định', issuer: 'Bộ Nội vụ', summary: 'Về việc ban hành Quy chế thử nghiệm cổng thông tin', issuedAt: '02/03/2026' })
  // Without its text or original file a document cannot be published, and the admin says why in Vietnamese.
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText('chưa có toàn văn hoặc tệp bản gốc', { timeout: 20_000 })
  await page.getByRole('button', { name: 'Toàn văn' }).click()
  await page.locator('#field-fullText').fill('Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc thử nghiệm cổng thông tin.')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/thành công|successfully/i, { timeout: 20_000 })

  const list = await page.goto('/van-ban')
  expect(list?.status()).toBe(200)
  await expect(page.getByRole('link', { name: '123/QĐ-BNV' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: '123/QĐ-BNV' }).click()
  await expect(page).toHaveURL(/\/van-ban\/2026\/123-qd-bnv$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('123/QĐ-BNV')
  await expectNoAxeViolations(page)
})

test('a document saved as draft stays invisible to the public', async ({ page }) => {
  await signIn(page)
  await fillNewDocument(page, { numberSymbol: '124/QĐ-BNV', type: 'Quyết định', issuer: 'Bộ Nội vụ', summary: 'Dự thảo chưa công bố', issuedAt: '03/03/2026' })
  await page.locator('#action-save-draft').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/thành công|successfully|đã lưu/i, { timeout: 20_000 })

  const detail = await page.request.get('/van-ban/2026/124-qd-bnv')
  expect(detail.status()).toBe(404)
  await page.goto('/van-ban')
  await expect(page.getByRole('link', { name: '124/QĐ-BNV' })).toHaveCount(0)
})
