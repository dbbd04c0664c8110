import { expect, test } from '@playwright/test'

import { BAD_VALUES, rng } from '../fuzz/cases'

/**
 * A bounded, seeded fuzz run over the built portal's public GET routes and parameters (list
 * pages, search, consultation, sections, agencies, statistics, feeds, sitemap, detail pages with
 * bad path segments). Bad input must be a 4xx or a page with a notice, never a 5xx.
 * The open-data API and the comment-code lookup have their own per-address limits (other specs
 * rely on them), so they are fuzzed through their handlers in tests/int instead.
 */
const ROUTES: [string, string[]][] = [
  ['/van-ban', ['q', 'type', 'issuer', 'field', 'year', 'validity', 'from', 'to', 'sort', 'page']],
  ['/van-ban.csv', ['q', 'type', 'issuer', 'field', 'year', 'validity']],
  ['/tim-kiem', ['q', 'loai', 'kind', 'type', 'issuer', 'field', 'year', 'validity', 'sort', 'page']],
  ['/du-thao', ['co-quan', 'loai', 'trang-thai', 'page']],
  ['/thong-ke', ['nam']],
  ['/thong-ke/chi-thi-15', ['nam', 'tu', 'den']],
  ['/thong-ke/chi-thi-15.csv', ['nam', 'tu', 'den']],
  ['/tin-tuc', ['page', 'loai']],
  ['/chi-dao-dieu-hanh', ['page']],
  ['/chi-dao-dieu-hanh/lich-cong-tac', ['page', 'tuan']],
  ['/chien-luoc-ke-hoach', ['page']],
  ['/du-an-dau-tu', ['page']],
  ['/pho-bien-phap-luat', ['page']],
  ['/co-quan', ['q', 'cap', 'page']],
  ['/rss/van-ban.xml', ['q', 'type', 'issuer', 'field', 'year', 'validity', 'from', 'to', 'sort']],
  ['/atom/van-ban.xml', ['q', 'type', 'issuer', 'field']],
  ['/rss/tin-tuc.xml', ['q', 'loai']],
  ['/atom/tim-kiem.xml', ['q', 'kind', 'type', 'issuer', 'field', 'year', 'validity', 'sort']],
  ['/du-thao/rss.xml', ['x']],
  ['/sitemap.xml', ['page']],
  ['/', ['q']],
]
const PATHS = ['/van-ban/{v}', '/van-ban/2012/{v}', '/van-ban/{v}/15-ct-ttg', '/du-thao/{v}', '/du-thao/{v}/so-sanh', '/co-quan/{v}', '/co-quan/{v}/vcard', '/tin-tuc/{v}', '/thong-ke/bao-cao/{v}', '/thong-ke/{v}.csv', '/gioi-thieu/{v}', '/rss/{v}.xml', '/en/{v}']

test('2,000 bad requests to public pages and feeds get no 5xx', async ({ request }) => {
  test.setTimeout(300_000)
  const pick = rng(1202)
  const value = () => BAD_VALUES[Math.floor(pick() * BAD_VALUES.length)]!
  const urls: string[] = []
  while (urls.length < 1700) {
    const [path, params] = ROUTES[Math.floor(pick() * ROUTES.length)]!
    const n = 1 + Math.floor(pick() * 3)
    const q = new URLSearchParams()
    for (let i = 0; i < n; i++) q.append(pick() < 0.1 ? value().slice(0, 20) || 'x' : params[Math.floor(pick() * params.length)]!, value())
    urls.push(`${path}?${q.toString()}`)
  }
  while (urls.length < 2100) {
    const template = PATHS[Math.floor(pick() * PATHS.length)]!
    urls.push(template.replace('{v}', encodeURIComponent(value()).slice(0, 2000) || 'x'))
  }
  const failures: string[] = []
  let done = 0
  for (let i = 0; i < urls.length; i += 8) {
    await Promise.all(
      urls.slice(i, i + 8).map(async (url) => {
        const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false })
        done++
        if (res.status() >= 500) failures.push(`${res.status()} ${url.slice(0, 300)}`)
      }),
    )
  }
  console.log(`fuzz-public: ${done} requests, ${failures.length} answered 5xx`)
  expect(done).toBeGreaterThanOrEqual(2000)
  expect(failures).toEqual([])
})
