import { expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'

/**
 * Issue 14: the law as it stood. The seeded pair: 02/2025/NĐ-MAU, amended by 03/2026/NĐ-MAU
 * from 01/04/2026 (khoản 1 Điều 3: 5 → 2 working days).
 */
test.setTimeout(120_000)
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a citizen opens a provision, changes the date, follows "được sửa đổi bởi" to the amending provision and back', async ({ page }) => {
    await page.goto('/van-ban/2025/02-2025-nd-mau/dieu-3-khoan-1')
    // Today: the amended wording, and the amendment named with its link.
    await expect(page.locator('.provision-text')).toContainText('2 ngày làm việc')
    const changes = page.getByRole('region', { name: /Sửa đổi đối với Khoản 1 Điều 3/ })
    await expect(changes).toContainText('Được sửa đổi bởi khoản 2 Điều 1 Nghị định số 03/2026/NĐ-MAU, từ ngày 01/04/2026')

    await page.getByLabel('Xem nội dung tại ngày (dd/mm/yyyy)').fill('01/06/2025')
    await page.getByRole('button', { name: 'Xem' }).click()
    await expect(page).toHaveURL(/ngay=01%2F06%2F2025/)
    await expect(page.getByRole('heading', { name: 'Nội dung có hiệu lực tại ngày 01/06/2025' })).toBeVisible()
    await expect(page.locator('.provision-text')).toContainText('5 ngày làm việc')
    await expect(changes).toContainText('chưa áp dụng tại ngày đang xem')

    await changes.getByRole('link', { name: 'khoản 2 Điều 1 Nghị định số 03/2026/NĐ-MAU' }).click()
    await expect(page).toHaveURL(/\/van-ban\/2026\/03-2026-nd-mau\/dieu-1-khoan-2$/)
    await expect(page.locator('.provision-text')).toContainText('Sửa đổi, bổ sung khoản 1 Điều 3')
    await page.getByRole('region', { name: /sửa đổi$/ }).getByRole('link', { name: 'khoản 1 Điều 3 Nghị định số 02/2025/NĐ-MAU' }).click()
    await expect(page).toHaveURL(/\/van-ban\/2025\/02-2025-nd-mau\/dieu-3-khoan-1$/)

    // A date that cannot be read is explained, with the form still there.
    const res = await page.goto('/van-ban/2025/02-2025-nd-mau/dieu-3-khoan-1?ngay=31/02/2026')
    expect(res?.status()).toBe(400)
    await expect(page.getByRole('alert')).toContainText('không hợp lệ')
    await expect(page.getByLabel('Xem nội dung tại ngày (dd/mm/yyyy)')).toBeVisible()
  })
})

test('the provision page on a past date passes axe', async ({ page }) => {
  await page.goto('/van-ban/2025/02-2025-nd-mau/dieu-3-khoan-1?ngay=01/06/2025')
  await expect(page.locator('.provision-text')).toContainText('5 ngày làm việc')
  await expectNoAxeViolations(page)
})

test('the consolidated text footnotes each change, prints, downloads as Word and fits a phone', async ({ page }) => {
  await page.goto('/van-ban/2025/02-2025-nd-mau')
  await page.getByRole('link', { name: /Văn bản hợp nhất/ }).click()
  await expect(page).toHaveURL(/\/van-ban\/2025\/02-2025-nd-mau\/hop-nhat$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản hợp nhất Nghị định số 02/2025/NĐ-MAU')
  await expect(page.getByText('Đây không phải văn bản hợp nhất chính thức')).toBeVisible()
  await page.locator('.footnote-ref a').first().click()
  await expect(page).toHaveURL(/#chu-thich-1$/)
  await expect(page.locator('#chu-thich-1')).toContainText('Nghị định số 03/2026/NĐ-MAU')
  await expectNoAxeViolations(page)

  const word = await page.request.get(await page.getByRole('link', { name: 'Tải về (Word .docx)' }).getAttribute('href') ?? '')
  expect(word.status()).toBe(200)
  expect(word.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  expect((await word.body()).subarray(0, 2).toString()).toBe('PK')

  await page.goto('/van-ban/2025/02-2025-nd-mau/hop-nhat?in=1')
  await expect(page.locator('.footnotes')).toContainText('Chú thích')
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toHaveCount(0)

  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/van-ban/2025/02-2025-nd-mau/hop-nhat')
  expect(await overflow(page)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
})
