import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'

// Issue 14 item 6: a reader follows citations in a text; the relation diagram and its table.

/** Returns how many pixels the page scrolls sideways (0 when it fits). */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

test('a reader follows a citation in 02/CT-BNV to 15/CT-TTg and finds where it is cited', async ({ page }) => {
  await page.goto('/van-ban/2012/02-ct-bnv')
  const text = page.locator('#noi-dung')
  await text.getByRole('link', { name: 'Chỉ thị số 15/CT-TTg' }).first().click()
  await expect(page).toHaveURL(/\/van-ban\/2012\/15-ct-ttg$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('15/CT-TTg')
  const citedBy = page.locator('#duoc-dan-chieu')
  await expect(citedBy.getByRole('heading', { name: 'Được dẫn chiếu bởi' })).toBeVisible()
  await citedBy.getByRole('link', { name: '02/CT-BNV' }).click()
  await expect(page).toHaveURL(/\/van-ban\/2012\/02-ct-bnv$/)
  // Seen from the citing side, the diagram's table says what it cites.
  const table = page.locator('#luoc-do').getByRole('table', { name: 'Nội dung của lược đồ' })
  await expect(table.getByRole('row').filter({ hasText: 'Dẫn chiếu đến' }).filter({ hasText: '15/CT-TTg' })).toHaveCount(1)
})

test('the relation diagram is an image with a name and a table saying the same, accessible', async ({ page }) => {
  await page.goto('/van-ban/2012/15-ct-ttg')
  const diagram = page.locator('#luoc-do')
  await expect(diagram.getByRole('img', { name: 'Lược đồ quan hệ của 15/CT-TTg' })).toBeVisible()
  const table = diagram.getByRole('table', { name: 'Nội dung của lược đồ' })
  const row = table.getByRole('row').filter({ hasText: '02/CT-BNV' }).filter({ hasText: 'Được dẫn chiếu bởi' })
  await expect(row).toHaveCount(1)
  // Every document drawn in the picture is a row of the table.
  const drawn = await diagram.locator('svg g text:first-of-type').allTextContents()
  const listed = await table.locator('tbody tr td:nth-child(2)').allTextContents()
  expect(drawn.sort()).toEqual(listed.sort())
  await expectNoAxeViolations(page)
})

test('at 320 px the diagram fits the screen and the table scrolls on its own', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/van-ban/2012/15-ct-ttg')
  const svg = page.locator('#luoc-do svg')
  await svg.scrollIntoViewIfNeeded()
  const box = await svg.boundingBox()
  expect(box!.width).toBeLessThanOrEqual(320)
  expect(box!.height).toBeGreaterThan(40)
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0)
  const region = page.getByRole('region', { name: 'Bảng quan hệ (nội dung của lược đồ)' })
  await region.focus()
  await expect(region).toBeFocused()
  await expectNoAxeViolations(page)
})
