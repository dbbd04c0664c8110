import { expect, test, type Page } from '@playwright/test'

import { signIn } from '../helpers/admin'
import { expectNoAxeViolations } from '../helpers/axe'

/** Tables on a 320 px phone and the English search page (issue #18). */

const NARROW = { width: 320, height: 640 }
const DIRECTIVE_15 = '/van-ban/2012/15-ct-ttg'
// Letters only Vietnamese uses (with their tone marks): English chrome has none of them.
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i

test.describe.configure({ mode: 'serial' })

/** Returns how many pixels the page scrolls sideways (0 when it fits). */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/** Returns the words of table cells and captions that are split across two lines ("Nguy/ễn"). */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const cell of document.querySelectorAll('main th, main td, main caption')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (const m of text.matchAll(/\p{L}+/gu)) {
          const range = document.createRange()
          range.setStart(node, m.index!)
          range.setEnd(node, m.index! + m[0].length)
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          if (lines.size > 1) out.push(m[0])
        }
      }
    }
    return out
  })
}

/** Returns how many nodes of each role Chromium's accessibility tree (what screen readers get) has. */
async function accessibleRoles(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; ignored?: boolean }[] }
  await cdp.detach()
  const counts: Record<string, number> = {}
  for (const n of nodes) if (!n.ignored && n.role?.value) counts[n.role.value] = (counts[n.role.value] ?? 0) + 1
  return counts
}

/** Returns the text of an element minus what is marked lang="vi" (content found, Vietnamese names). */
async function textOutsideVietnamese(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => {
    const copy = el.cloneNode(true) as Element
    for (const vi of copy.querySelectorAll('[lang="vi"]')) vi.remove()
    for (const input of copy.querySelectorAll('input')) input.remove()
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
  })
}

test.describe('at 320 px', () => {
  test.use({ viewport: NARROW })

  test('every kind of page with a table fits the screen, words whole, and passes axe', async ({ page }) => {
    test.setTimeout(240_000)
    // Pages whose address depends on the seeded content are found from their list pages.
    await page.goto('/du-thao')
    const report = await page.locator('main a[href^="/du-thao/"][href$="/bao-cao"]').first().getAttribute('href')
    await page.goto('/thong-ke')
    const annual = await page.locator('main a[href^="/thong-ke/bao-cao/"]').first().getAttribute('href')
    await page.goto('/chi-dao-dieu-hanh/lich-cong-tac')
    const week = await page.locator('main a[href^="/chi-dao-dieu-hanh/lich-cong-tac/"]').first().getAttribute('href')
    await page.goto('/du-an-dau-tu')
    const project = await page.locator('main a[href^="/du-an-dau-tu/"]').first().getAttribute('href')
    expect([report, annual, week, project].every(Boolean)).toBe(true)
    const pages = [
      DIRECTIVE_15, // the document's attributes
      '/co-quan/bo-noi-vu', // e-mail addresses, officials
      '/en/co-quan/bo-noi-vu',
      report!.replace(/\/bao-cao$/, ''), // the draft's facts
      report!, // counts of the comments
      '/thong-ke', // statistics
      annual!,
      week!, // a week's schedule
      project!, // an item's attributes
      '/du-lieu-mo', // the lists as JSON and CSV
      '/api/v1/docs', // parameters and fields
      '/tim-kiem?q=van+ban+dien+tu',
      '/en/search?q=van+ban+dien+tu',
    ]
    for (const path of pages) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(await sidewaysScroll(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0)
      expect(await brokenWords(page), `${path}: words split across lines`).toEqual([])
      await expectNoAxeViolations(page)
    }
  })

  test('a week’s schedule reads as one card per activity, and is still a table to screen readers', async ({ page }) => {
    await page.goto('/chi-dao-dieu-hanh/lich-cong-tac')
    await page.locator('main a[href^="/chi-dao-dieu-hanh/lich-cong-tac/"]').first().click()
    const table = page.locator('main table')
    // The header row is not shown; each value carries its column's name beside it.
    await expect(table.locator('thead')).toHaveCSS('position', 'absolute')
    const firstCell = table.locator('tbody td').first()
    expect(await firstCell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Giờ')
    const row = await table.locator('tbody tr:not(.group-row)').first().boundingBox()
    const cell = await firstCell.boundingBox()
    expect(cell!.width, 'a cell is the width of its card').toBeGreaterThan(row!.width * 0.9)
    // Every cell, empty ones included, so each value stays under its column's header.
    const roles = await accessibleRoles(page)
    expect(roles.table).toBe(1)
    expect(roles.columnheader).toBe(5)
    expect(roles.row).toBe(await table.locator('tr').count())
    expect(roles.cell).toBe(await table.locator('td').count())
    expect(roles.cell).toBe(5 * (await table.locator('tbody tr:not(.group-row)').count()))
  })

  test('statistics tables of more than two columns become cards; two-column ones stay tables', async ({ page }) => {
    await page.goto('/thong-ke')
    const wide = page.getByRole('table', { name: /^Văn bản có toàn văn dạng HTML/ })
    await expect(wide.locator('thead')).toHaveCSS('position', 'absolute')
    await expect(wide.getByRole('rowheader', { name: 'Có toàn văn dạng HTML' })).toBeVisible()
    expect(await wide.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Số văn bản')
    const narrow = page.getByRole('table', { name: /^Văn bản theo loại/ })
    await expect(narrow.getByRole('columnheader', { name: 'Số văn bản' })).toBeVisible()
    await expect(narrow.locator('tbody tr').first()).toHaveCSS('display', 'table-row')
  })
})

test('an editor’s wide table scrolls inside its own region, by keyboard too, not the page', async ({ page }) => {
  await signIn(page)
  const cells = (tag: string, word: string) => Array.from({ length: 8 }, (_, i) => `<${tag}>${word} ${i + 1}</${tag}>`).join('')
  const title = `Tin có bảng rộng ${Date.now()}`
  const created = await page.request.post('/api/news', {
    data: {
      title,
      category: 'news',
      _status: 'published',
      pastedHtml: `<p>Kết quả từng quý:</p><table><tr>${cells('th', 'Chỉ tiêu thành phần')}</tr><tr>${cells('td', 'Hoàn thành vượt kế hoạch')}</tr></table>`,
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const slug = ((await created.json()) as { doc: { slug: string } }).doc.slug
  await page.context().clearCookies()
  await page.setViewportSize(NARROW)
  await page.goto(`/tin-tuc/${slug}`)
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0)
  const region = page.getByRole('region', { name: 'Bảng 1' })
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  await region.focus()
  await expect(region).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  await expect(region.getByRole('cell', { name: 'Hoàn thành vượt kế hoạch 8' })).toHaveCount(1)
  await expectNoAxeViolations(page)
})

test.describe('the English search page', () => {
  test('the English header searches in English and finds a seeded document', async ({ page }) => {
    await page.goto('/en')
    const header = page.locator('header.site-header')
    await header.getByRole('searchbox', { name: /^Search/ }).fill('15/CT-TTg')
    await header.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=15%2FCT-TTg$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveTitle(/^Search: 15\/CT-TTg – Web portal/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    await expect(page.locator('.result-count')).toHaveText(/^\d+ results?$/)
    const first = page.locator('.search-results li').first().getByRole('link')
    await expect(first).toHaveAttribute('href', DIRECTIVE_15)
    await expect(first).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('heading', { level: 2, name: 'Narrow the results' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Content type' })).toBeVisible()
    // Everything but the Vietnamese content found (marked lang="vi") is English.
    for (const part of ['header.site-header', 'main', 'footer.site-footer']) {
      expect(await textOutsideVietnamese(page, part), part).not.toMatch(VIETNAMESE)
    }
    await expectNoAxeViolations(page)

    // A facet keeps the search on the English page.
    await page.locator('.facet-list a', { hasText: /^Legal document \(\d+\)$/ }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=15%2FCT-TTg&kind=document$/)
    await expect(page.locator('.facet-list a[aria-current="true"]')).toContainText('remove filter')
    // The language switch keeps the search.
    await page.locator('header.site-header').getByRole('link', { name: 'Tiếng Việt' }).click()
    await expect(page).toHaveURL(/\/tim-kiem\?q=15%2FCT-TTg&kind=document$/)
    await expect(page.locator('.search-results li').first().getByRole('link')).toHaveAttribute('href', DIRECTIVE_15)
    await page.locator('header.site-header').getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=15%2FCT-TTg&kind=document$/)
  })

  test('empty searches, filters it cannot use and pages past the end are explained in English', async ({ page }) => {
    await page.goto('/en/search')
    await expect(page.locator('.result-count')).toHaveText(/^Please type a word/)
    await page.goto('/en/search?q=chuyen+doi+so&year=1900&kind=video&page=999')
    const notice = page.locator('.notice-warn')
    await expect(notice).toContainText('Some filters could not be used and were left out:')
    await expect(notice).toContainText('Year issued “1900”: must be a year from 1945 to 2100.')
    await expect(notice).toContainText('Content type “video”: no such content type.')
    await expect(notice).toContainText(/There is no page 999; showing the last page \(page \d+\)\./)
    await expect(page.locator('.search-results li').first()).toBeVisible()
    expect(await textOutsideVietnamese(page, 'main')).not.toMatch(VIETNAMESE)
    await page.goto('/en/search?q=xyzzyqwv')
    await expect(page.locator('.result-count')).toHaveText('Nothing found. Try other words, check the spelling or remove a filter.')
    await expectNoAxeViolations(page)
  })
})
