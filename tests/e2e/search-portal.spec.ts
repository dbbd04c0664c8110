import { expect, test } from '@playwright/test'
import Parser from 'rss-parser'

import { expectNoAxeViolations } from '../helpers/axe'

/**
 * One search over the whole portal (Decree 43/2011 Art 15.1.a): a news item found from the
 * header by its title, narrowed with the content-type facet; the open-data links of a list carry
 * exactly what it shows.
 */

const NEWS_TITLE = 'Hội nghị tập huấn chuyển đổi số cho cán bộ cấp xã năm 2026'

test('a news title typed in the header search box finds the news item, with the content-type facet', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm văn bản và thông tin' })
  await box.fill('hoi nghi tap huan chuyen doi so cho can bo cap xa')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/tim-kiem\?q=hoi\+nghi/)
  const first = page.locator('.search-results li').first()
  await expect(first.getByRole('link')).toHaveText(NEWS_TITLE)
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/tin-tuc\/[a-z0-9-]+$/)
  await expect(first.locator('.item-meta')).toHaveText('Tin tức')

  const facet = page.getByRole('complementary').getByRole('link', { name: /^Tin tức \(\d+\)$/ })
  await facet.click()
  await expect(page).toHaveURL(/kind=news/)
  await expect(page.locator('.search-results .item-meta')).toHaveText(Array(await page.locator('.search-results li').count()).fill('Tin tức'))
  await expect(page.getByRole('link', { name: /^Tin tức \(\d+\) ✕/ })).toHaveAttribute('aria-current', 'true')
  await expectNoAxeViolations(page)

  await page.locator('.search-results li').first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEWS_TITLE)
})

test('the results of a search link to their JSON, CSV, RSS and Atom with the same words, content type and order', async ({ page, request }) => {
  await page.goto('/tim-kiem?q=van+ban+dien+tu&kind=news&sort=date')
  await expectNoAxeViolations(page)
  const links = page.locator('.export-links a')
  await expect(links).toHaveText(['JSON', 'CSV', 'RSS', 'Atom'])
  const json = new URL((await links.nth(0).getAttribute('href'))!, page.url())
  expect(json.pathname).toBe('/api/v1/search')
  expect(Object.fromEntries(json.searchParams)).toMatchObject({ q: 'van ban dien tu', kind: 'news', sort: 'date' })
  const shown = await page.locator('.search-results .doc-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  const api = (await (await request.get(json.pathname + json.search)).json()) as { results: { url: string }[] }
  expect(api.results.map((r) => new URL(r.url).pathname)).toEqual(shown)
  const rss = await links.nth(2).getAttribute('href')
  expect(rss).toMatch(/^\/rss\/tim-kiem\.xml\?/)
  const feed = await new Parser().parseString(await (await request.get(rss!)).text())
  expect(feed.items.map((i) => new URL(i.link!).pathname)).toEqual(shown)
})

test('a filtered document list links to its JSON, CSV, RSS and Atom with the same filters and order', async ({ page, request }) => {
  await page.goto('/van-ban')
  const directive = await page.locator('#f-type option', { hasText: /^Chỉ thị \(\d+\)$/ }).getAttribute('value')
  await page.getByLabel('Loại văn bản').selectOption(directive!)
  await page.getByLabel('Sắp xếp').selectOption('effective')
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(/type=\d+/)
  const type = new URL(page.url()).searchParams.get('type')!
  const links = page.locator('.export-links a')
  await expect(links).toHaveText(['JSON', 'CSV', 'RSS', 'Atom'])
  const [json, csv, rss, atom] = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  for (const href of [json, csv]) {
    const u = new URL(href!, page.url())
    expect(Object.fromEntries(u.searchParams), href).toMatchObject({ type, sort: '-effectiveAt' })
  }
  for (const href of [rss, atom]) {
    const u = new URL(href!, page.url())
    expect(Object.fromEntries(u.searchParams), href).toMatchObject({ type, sort: 'effective' })
  }
  // What the page shows, in the same order, is what the JSON and the feed give.
  const shown = await page.locator('.doc-list .doc-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  expect(shown.length).toBeGreaterThan(0)
  const api = (await (await request.get(json!)).json()) as { data: { url: string; documentType: { name: string } }[] }
  expect(api.data.map((d) => new URL(d.url).pathname)).toEqual(shown)
  expect(new Set(api.data.map((d) => d.documentType.name))).toEqual(new Set(['Chỉ thị']))
  const feed = await new Parser().parseString(await (await request.get(rss!)).text())
  expect(feed.items.map((i) => new URL(i.link!).pathname)).toEqual(shown)
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', rss!)
  await expectNoAxeViolations(page)
})
