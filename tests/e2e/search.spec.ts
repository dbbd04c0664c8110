import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'

test('on a phone, search from the header without diacritics, open a hit and land on the article', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm văn bản và thông tin' })
  await box.fill('chung thuc chu ky so')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/tim-kiem\?q=chung\+thuc\+chu\+ky\+so/)
  await expect(page.getByRole('status').first()).toContainText('kết quả')
  const first = page.locator('.search-results li').first()
  await expect(first.locator('mark').first()).toBeVisible()
  await expectNoAxeViolations(page)
  await first.getByRole('link').click()
  // A hit inside an article opens that provision's own page.
  await expect(page).toHaveURL(/\/van-ban\/2012\/15-ct-ttg\/dieu-\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  await expect(page.locator('main')).toContainText(/chứng thực chữ ký số/i)
})

test('a number-symbol typed loosely finds that document first', async ({ page }) => {
  await page.goto('/tim-kiem?q=2%2Fct-bnv')
  await expect(page.locator('.search-results li').first().getByRole('link')).toHaveAttribute('href', '/van-ban/2012/02-ct-bnv')
})

test('syntax characters and overlong queries give a helpful answer, not an error', async ({ page }) => {
  for (const q of ['*', '~:^', '"unbalanced', 'a'.repeat(700)]) {
    const res = await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`)
    expect(res?.status()).toBe(200)
  }
  await expectNoAxeViolations(page)
})

test('changing the sort keeps the chosen filters; values it cannot use and a page past the end are explained', async ({ page }) => {
  await page.goto('/tim-kiem?q=chuyen+doi+so')
  await page.locator('.facet-list a', { hasText: /^Văn bản \(\d+\)$/ }).click()
  await expect(page).toHaveURL(/kind=document/)
  const count = await page.locator('.result-count').textContent()
  await page.getByLabel('Sắp xếp').selectOption('date')
  await page.getByRole('button', { name: 'Tìm', exact: true }).click()
  await expect(page).toHaveURL(/kind=document/)
  await expect(page).toHaveURL(/sort=date/)
  await expect(page.locator('.result-count')).toHaveText(count!)

  await page.goto('/tim-kiem?q=chuyen+doi+so&year=1900&validity=het-hieu-luc&page=999')
  const notice = page.locator('.notice-warn')
  await expect(notice).toContainText('Năm ban hành «1900»: phải là năm từ 1945 đến 2100.')
  await expect(notice).toContainText('Tình trạng hiệu lực «het-hieu-luc»: không có giá trị này.')
  await expect(notice).toContainText(/Không có trang 999; đang hiển thị trang cuối \(trang \d+\)\./)
  await expect(page.locator('.search-results li').first()).toBeVisible()
  await expectNoAxeViolations(page)
})
