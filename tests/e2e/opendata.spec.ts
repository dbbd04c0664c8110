import { type APIResponse, expect, test } from '@playwright/test'
import Parser from 'rss-parser'

import { API_ENDPOINTS } from '../../site/lib/api/endpoints'
import { signIn } from '../helpers/admin'
import { expectNoAxeViolations } from '../helpers/axe'

test.describe.configure({ mode: 'serial' })

test('the API documentation page is Vietnamese, generated from the description, and accessible', async ({ page, request }) => {
  // One section per endpoint, each checked row by row: the sections of the Decree 43 content made it long.
  test.setTimeout(180_000)
  const response = await page.goto('/api/v1/docs')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API dữ liệu mở')
  await expect(page.getByRole('heading', { name: 'Danh sách văn bản' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Tham số của “Danh sách văn bản”' })).toContainText('updatedSince')
  await expectNoAxeViolations(page)
  // One section per endpoint with a row per parameter and an example; semantic tables; no script or inline style.
  const html = await page.locator('.api-docs').innerHTML()
  await expect(page.getByRole('heading', { level: 2, name: 'Mục lục' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Lược đồ dữ liệu' })).toBeVisible()
  // Every section read in one pass (a role query per parameter took 50 s on this long page): its
  // column headers, its row headers (th scope=row, visible) and its last link.
  const sections = await page.evaluate((ids) => {
    const visible = (e: Element) => (e as HTMLElement).offsetParent !== null
    return ids.map((id) => {
      const section = document.querySelector(`section[aria-labelledby="op-${id}"]`)
      const text = (e: Element) => (e.textContent ?? '').trim()
      return {
        id,
        columns: [...(section?.querySelectorAll('th[scope="col"]') ?? [])].filter(visible).map(text),
        rows: [...(section?.querySelectorAll('th[scope="row"]') ?? [])].filter(visible).map(text),
        lastLink: [...(section?.querySelectorAll('a[href]') ?? [])].at(-1)?.getAttribute('href') ?? null,
      }
    })
  }, API_ENDPOINTS.map((e) => e.id))
  for (const [i, endpoint] of API_ENDPOINTS.entries()) {
    const section = sections[i]!
    expect(section.columns, endpoint.id).toContain('Tên')
    expect(section.rows, endpoint.id).toEqual(expect.arrayContaining(Object.keys(endpoint.params)))
    expect(section.lastLink, endpoint.id).toMatch(/^https?:\/\/[^/]+\/api\/v1\//)
  }
  expect(html).toContain('/api/v1/documents/43%2F2011%2FN%C4%90-CP')
  expect(html).not.toMatch(/<script|style=|onclick|javascript:/i)
  const tables = html.match(/<table/g)?.length ?? 0
  expect(tables).toBeGreaterThan(API_ENDPOINTS.length)
  expect(html.match(/<caption/g)?.length).toBe(tables)
  expect(html).not.toContain('<th>')
  const description = await request.get('/api/v1/openapi.json')
  expect(description.headers()['content-type']).toContain('application/json')
  expect((await description.json()).openapi).toBe('3.1.0')
})

test('the API answers JSON and CSV with CORS, caching and rate-limit headers', async ({ request }) => {
  // The seed alone publishes three documents: two a page leaves a next page, whichever tests ran before.
  const res = await request.get('/api/v1/documents?limit=2')
  expect(res.status()).toBe(200)
  const headers = res.headers()
  expect(headers['access-control-allow-origin']).toBe('*')
  expect(headers['x-ratelimit-limit']).toMatch(/^\d+$/)
  expect(headers.etag).toBeTruthy()
  const body = await res.json()
  expect(body.data).toHaveLength(2)
  expect(body.next).toMatch(/\/api\/v1\/documents\?limit=2&cursor=/)
  const again = await request.get('/api/v1/documents?limit=2', { headers: { 'If-None-Match': headers.etag! } })
  expect(again.status()).toBe(304)
  const csv = await request.get('/api/v1/documents.csv?limit=3')
  expect(csv.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/)
  const bytes = await csv.body()
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(bytes.toString('utf8')).toContain('numberSymbol')
  const search = await request.get('/api/v1/search?q=van+ban+dien+tu&limit=50')
  expect(search.status()).toBe(200)
  expect((await search.json()).results.map((r: { numberSymbol: string | null }) => r.numberSymbol)).toContain('15/CT-TTg')
  const bad = await request.get('/api/v1/documents?limit=500')
  expect(bad.status()).toBe(400)
  expect((await bad.json()).error.parameter).toBe('limit')
})

test('a section list offers its items as JSON, CSV, RSS and Atom, and the science programmes API answers what the page lists', async ({ page, request }) => {
  await page.goto('/khoa-hoc-cong-nghe')
  const firstTitle = (await page.locator('.item-list .item-title a').first().textContent())!.trim()
  const exports = page.locator('.export-links')
  const hrefs = Object.fromEntries(
    await Promise.all(['JSON', 'CSV', 'RSS', 'Atom'].map(async (name) => [name, await exports.getByRole('link', { name, exact: true }).getAttribute('href')] as const)),
  )
  expect(hrefs.JSON).toBe('/api/v1/science-programmes?limit=100')
  const list = await request.get(hrefs.JSON!)
  expect(list.status()).toBe(200)
  const body = (await list.json()) as { data: { title: string; apiUrl: string; url: string }[] }
  const item = body.data.find((d) => d.title === firstTitle)!
  expect(item).toBeTruthy()
  const one = await request.get(new URL(item.apiUrl).pathname)
  expect(one.status()).toBe(200)
  expect(await one.json()).toMatchObject({ title: firstTitle, url: item.url })
  const csv = await request.get(hrefs.CSV!)
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/)
  expect(await csv.text()).toContain(firstTitle)
  const feed = await new Parser().parseString(await (await request.get(hrefs.RSS!)).text())
  expect(feed.items.map((i) => i.title)).toContain(firstTitle)
  expect((await request.get(hrefs.Atom!)).status()).toBe(200)
})

test('the statistics page shows charts with their tables and CSV downloads, and is accessible', async ({ page, request }) => {
  const response = await page.goto('/thong-ke')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thống kê văn bản điện tử và lấy ý kiến dự thảo')
  await expect(page.getByRole('img', { name: /Văn bản đăng trên cổng theo năm/ })).toBeVisible()
  await expect(page.getByRole('table', { name: /Văn bản theo loại/ })).toBeVisible()
  await expectNoAxeViolations(page)
  const year = new Date().getFullYear()
  await page.getByLabel('Năm', { exact: true }).selectOption(String(year))
  await page.getByRole('button', { name: 'Xem số liệu' }).click()
  await expect(page).toHaveURL(new RegExp(`/thong-ke\\?nam=${year}$`))
  await expect(page.locator('.lead')).toContainText(`năm ${year}`)
  const href = await page.getByRole('link', { name: 'Tải số liệu “Văn bản theo loại” (CSV)' }).getAttribute('href')
  expect(href).toBe(`/thong-ke/van-ban-theo-loai.csv?nam=${year}`)
  const csv = await request.get(href!)
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/)
  expect((await csv.body()).toString('utf8')).toContain('Loại văn bản,Số văn bản')
})

test('the printable annual report is accessible', async ({ page }) => {
  const year = new Date().getFullYear()
  const response = await page.goto(`/thong-ke/bao-cao/${year}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`năm ${year}`)
  await expect(page.getByRole('table', { name: `Các chỉ tiêu chính năm ${year}` })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the Directive 15 report item by item: from the statistics page, for a range of days, accessible at desktop and phone widths', async ({ page }) => {
  const year = new Date().getFullYear()
  await page.goto('/thong-ke')
  await page.getByRole('link', { name: 'Báo cáo thực hiện Chỉ thị 15 theo từng nội dung' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Báo cáo kết quả thực hiện Chỉ thị số 15/CT-TTg năm ${year}`)
  // One table per item of the Directive, each row saying where its figure comes from.
  for (const section of ['Mục 1.a', 'Mục 1.b', 'Mục 1.c', 'Mục 1.d', 'Mục 3.b']) await expect(page.getByRole('table', { name: new RegExp(`^${section.replace('.', '\\.')}`) })).toBeVisible()
  await expect(page.getByRole('row', { name: /Văn bản gửi, nhận giữa các cơ quan dưới dạng điện tử/ })).toContainText('Mục tiêu 60 %')
  await expect(page.getByRole('row', { name: /thuộc tên miền \.gov\.vn/ })).toContainText('Tính tự động')
  await expectNoAxeViolations(page)
  await page.getByLabel('Từ ngày').fill(`01/01/${year}`)
  await page.getByLabel('Đến ngày').fill(`30/06/${year}`)
  await page.getByRole('button', { name: 'Xem báo cáo' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`từ 01/01/${year} đến 30/06/${year}`)
  await expect(page.getByRole('link', { name: 'Tải CSV' })).toHaveAttribute('href', `/thong-ke/chi-thi-15.csv?tu=${year}-01-01&den=${year}-06-30`)
  await page.getByLabel('Từ ngày').fill('31/02/2025')
  await page.getByRole('button', { name: 'Xem báo cáo' }).click()
  await expect(page.getByRole('alert')).toContainText('Từ ngày “31/02/2025” không hợp lệ')
  await expect(page.getByLabel('Từ ngày')).toHaveValue('31/02/2025')
  await page.setViewportSize({ width: 320, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  await expectNoAxeViolations(page)
})

test('pages advertise their feeds, and every feed is valid for a feed reader', async ({ page, request }) => {
  await page.goto('/du-lieu-mo')
  await expectNoAxeViolations(page)
  const links = await page.locator('link[rel="alternate"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')))
  expect(links).toEqual(expect.arrayContaining(['/rss/van-ban.xml', '/atom/van-ban.xml', '/rss/du-thao-mo.xml', '/atom/du-thao-bao-cao.xml', '/rss/tin-tuc.xml']))
  await page.goto('/van-ban')
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/rss/van-ban.xml')
  const parser = new Parser()
  for (const href of links.filter((h): h is string => Boolean(h))) {
    const res = await request.get(href)
    expect(res.status(), href).toBe(200)
    const feed = await parser.parseString(await res.text())
    expect(feed.title, href).toBeTruthy()
  }
  const docs = await parser.parseString(await (await request.get('/rss/van-ban.xml')).text())
  expect(docs.items.map((i) => i.title)).toEqual(expect.arrayContaining([expect.stringContaining('15/CT-TTg')]))
})

test('administrators keep the holiday table used for working days', async ({ page }) => {
  await signIn(page)
  await page.goto('/admin/collections/holidays')
  await page.waitForLoadState('networkidle')
  await expect(page.getByText('Quốc khánh (2/9)').first()).toBeVisible()
})

// Last: it spends this client's budget for the rest of the minute.
test('the API refuses a client over its limit with 429 and Retry-After', async ({ request }) => {
  const first = await request.get('/api/v1/agencies?limit=1')
  const limit = Number(first.headers()['x-ratelimit-limit'])
  let refused: APIResponse | null = null
  for (let i = 0; i <= limit && !refused; i++) {
    const res = await request.get('/api/v1/agencies?limit=1')
    if (res.status() === 429) refused = res
  }
  if (!refused) throw new Error(`no 429 after ${limit + 1} requests`)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect(refused.headers()['x-ratelimit-remaining']).toBe('0')
  const body = (await refused.json()) as { error: { messageVi: string } }
  expect(body.error.messageVi).toMatch(/thử lại sau \d+ giây/)
})
