import { expect, request as playwrightRequest, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'

const PORT = Number(process.env.E2E_PORT ?? 4399)
const BASE = `http://127.0.0.1:${PORT}`
// A link with a made-up signature: the page must say so without revealing anything.
const FORGED = '/thong-bao/ngung-nhan?t=gy-1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'

test('an unsubscribe link that is not ours gets a plain explanation, fits a phone and passes axe', async ({ page }) => {
  const res = await page.goto(FORGED)
  expect(res!.status()).toBe(404)
  expect(res!.headers()['cache-control']).toBe('no-store')
  expect(res!.headers()['referrer-policy']).toBe('no-referrer')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên kết ngừng nhận thư không hợp lệ')
  await expect(page.getByRole('button', { name: 'Ngừng nhận thư' })).toHaveCount(0)
  await page.setViewportSize({ width: 320, height: 640 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await page.setViewportSize({ width: 1280, height: 720 })
  await expectNoAxeViolations(page)
})

test("a mail provider's one-click POST (no Origin, no cookie) reaches the unsubscribe handler; other forms still refuse it", async () => {
  // As Gmail or Outlook send it (RFC 8058): from their servers, without the Origin a browser adds.
  const provider = await playwrightRequest.newContext({ baseURL: BASE, extraHTTPHeaders: {} })
  try {
    const oneClick = await provider.post(FORGED, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: 'List-Unsubscribe=One-Click' })
    expect(oneClick.status()).toBe(400)
    expect(await oneClick.text()).toContain('Liên kết ngừng nhận thư không hợp lệ')
    // Astro's cross-site form check still guards every other form.
    const lookup = await provider.post('/du-thao/tra-cuu', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: 'ma=GY-2026-000001&email=a%40b.vn' })
    expect(lookup.status()).toBe(403)
  } finally {
    await provider.dispose()
  }
})
