import { expect, request as playwrightRequest, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'
import { apiCreateDraft, apiModerate, apiUpdateDraft, codeOf, postComment, signInSession } from '../helpers/drafts-e2e'

test.describe.configure({ mode: 'serial' })

const DAY = 24 * 3600_000
const run = Date.now().toString(36)

// Each payload tries to set window.__xss or open a dialog if any markup survives into the page.
const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"><circle r="10"/></svg>',
  '<a href="javascript:window.__xss=4">bấm vào đây</a>',
  '"><iframe src="javascript:window.__xss=5"></iframe>',
  '<div style="background:url(javascript:window.__xss=6)">nền</div>',
  '<<script>script>window.__xss=7<</script>/script>',
  '<scr<script>ipt>window.__xss=8</script>',
  '<img src="x" onerror=&#x77;indow.__xss=9>',
  '&lt;script&gt;window.__xss=10&lt;/script&gt;',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=11>',
  '<body onload=window.__xss=12>',
  '<details open ontoggle=window.__xss=13>',
  'javascript:window.__xss=14',
  '＜script＞window.__xss=15＜/script＞',
  '<a href="jav&#x09;ascript:alert(16)">tab</a>',
  'abc\u202Egnp.exe\u200B\u2066ẩn\u2069',
  '</textarea><script>alert(17)</script>',
  '<p title="</p><img src=x onerror=alert(18)>">đoạn</p>',
]

test('XSS payloads sent through the real form render as inert text: nothing runs, no markup escapes', async ({ page, baseURL }) => {
  await signInSession(page)
  const slug = `du-thao-xss-${run}`
  await apiCreateDraft(page.request, slug)
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })

  // One through the browser form itself (name, organisation and text all hostile)…
  await page.goto(`/du-thao/${slug}#gop-y`)
  await page.locator('#f-stance-agree').check()
  await page.locator('#f-body').fill(XSS.join('\n'))
  await page.locator('#f-fullName').fill('<img src=x onerror="window.__xss=20">Tên <b>đậm</b>')
  await page.locator('#f-email').fill(`xss-${run}@example.vn`)
  await page.locator('#f-organisation').fill('<b onclick="window.__xss=21">Tổ chức</b><svg/onload=window.__xss=22>')
  await page.locator('#f-showName').check()
  await page.locator('#f-consent').check()
  await page.waitForTimeout(3000)
  await page.getByRole('button', { name: 'Gửi góp ý' }).click()
  await expect(page).toHaveURL(/da-gui\?ma=/)
  const codes = [/ma=(GY-\d{4}-\d{6})/.exec(page.url())![1]!]
  // …and each payload on its own through the same endpoint.
  for (const [i, payload] of XSS.entries()) {
    const res = await postComment(page.request, baseURL!, slug, { body: `Góp ý ${i}: ${payload}`, fullName: payload.slice(0, 150) || 'x', showName: 'on' })
    if (res.status() === 303) codes.push(codeOf(res.headers().location))
    else expect(res.status(), `payload ${i}`).toBe(422) // a payload that sanitises to nothing is an empty comment
  }
  expect(codes.length).toBeGreaterThan(XSS.length / 2)
  for (const code of codes) await apiModerate(page.request, code, { status: 'published' })

  // The draft page shows the first five; the whole-draft list page shows them all. Both are inert.
  await page.goto(`/du-thao/${slug}`)
  await page.locator('.whole-comments').scrollIntoViewIfNeeded()
  await expect(page.locator('.whole-comments .comment')).toHaveCount(Math.min(5, codes.length))
  await expect(page.locator('.whole-comments')).toContainText('Tên đậm (Tổ chức)')
  await expectInert(page)
  await page.goto(`/du-thao/${slug}/y-kien?dieu=chung`)
  await expect(page.locator('.comment')).toHaveCount(codes.length)
  await expectInert(page)
  // What was literally typed as entities is shown as text, and the visible name kept its words.
  await expect(page.locator('main')).toContainText('<script>window.__xss=10</script>')
  await expect(page.locator('main')).toContainText('Tên đậm (Tổ chức)')
  const bidi = await page.locator('.comment-list').innerText()
  expect(bidi).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/)
  await expectNoAxeViolations(page)

  async function expectInert(page: import('@playwright/test').Page) {
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
    expect(dialogs).toEqual([])
    // Inside a comment's text only paragraphs and line breaks exist; names carry no elements.
    expect(await page.locator('.comment-body *:not(p):not(br)').count()).toBe(0)
    expect(await page.locator('.comment-author *').count()).toBe(0)
    const unsafe = await page.evaluate(() => {
      const found: string[] = []
      for (const el of Array.from(document.querySelectorAll('main *'))) {
        for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`)
        if (el instanceof HTMLAnchorElement && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push('javascript: link')
      }
      for (const tag of ['main script', 'main iframe', 'main img', 'main svg', 'main math', 'main style', 'main object', 'main embed', 'main form form']) {
        if (document.querySelector(tag)) found.push(tag)
      }
      return found
    })
    expect(unsafe).toEqual([])
  }
})

test('pending and hidden text, and every commenter’s email and phone, appear in no public page, feed, API, search or export', async ({ page, baseURL }) => {
  await signInSession(page)
  const slug = `du-thao-rieng-tu-${run}`
  const draft = await apiCreateDraft(page.request, slug)
  // Each secret text has a word searched for (echoed back by search pages as the query) and a
  // word that only the stored comment contains: that one must never come back.
  const secrets = {
    pending: `choduyet${run}xq`,
    pendingOnly: `noidungcho${run}kin`,
    hidden: `dabian${run}zq`,
    hiddenOnly: `noidungan${run}kin`,
    emails: [`nguoi-a-${run}@example.vn`, `nguoi-b-${run}@example.vn`, `nguoi-c-${run}@example.vn`],
    phones: ['0987 111 222', '0987 333 444', '0987 555 666'],
  }
  const post = async (i: number, body: string) => {
    const res = await postComment(page.request, baseURL!, slug, { body, email: secrets.emails[i]!, phone: secrets.phones[i]!, showName: 'on', article: 'dieu-1' })
    expect(res.status()).toBe(303)
    return codeOf(res.headers().location)
  }
  const published = await post(0, `Ý kiến công khai congkhai${run}`)
  const pending = await post(1, `Ý kiến chờ ${secrets.pending} ${secrets.pendingOnly}`)
  const hidden = await post(2, `Ý kiến bị ẩn ${secrets.hidden} ${secrets.hiddenOnly}`)
  await apiModerate(page.request, published, { status: 'published', response: { kind: 'explained', text: 'Giải trình thử.' } })
  await apiModerate(page.request, hidden, { status: 'hidden', hiddenReason: 'Trùng lặp' })
  await apiUpdateDraft(page.request, draft.id, { opensAt: new Date(Date.now() - 30 * DAY).toISOString(), closesAt: new Date(Date.now() - DAY).toISOString() })
  await apiUpdateDraft(page.request, draft.id, { report: { publishedAt: new Date().toISOString() } })

  // Everything below is read as an anonymous visitor (no session cookie).
  const anon = await playwrightRequest.newContext({ baseURL })
  const base = `/du-thao/${slug}`
  const urls = [
    '/', '/du-thao', base, `${base}?dieu=dieu-1`, `${base}/phien-ban/1`, `${base}/so-sanh`, `${base}/bao-cao`, `${base}/bao-cao.csv`, `${base}/bao-cao.json`,
    '/du-thao/rss.xml', ...[published, pending, hidden].map((c) => `${base}/da-gui?ma=${c}`), `/du-thao/tra-cuu?ma=${pending}`,
    '/api/comments?depth=2&limit=100', '/api/comments?depth=0&limit=100&where[status][equals]=pending', `/api/comments?where[email][equals]=${encodeURIComponent(secrets.emails[1]!)}`,
    '/api/drafts?depth=2', '/api/draft-versions?depth=2', '/api/comment-files', '/api/moderation-log?depth=2',
    '/api/v1/drafts', `/api/v1/drafts/${slug}`, `/api/v1/drafts/${slug}/comments`, `/api/v1/drafts/${slug}/comments?format=csv`,
    `/api/v1/search?q=${secrets.pending}`, `/api/v1/search?q=${secrets.hidden}`, `/tim-kiem?q=${secrets.pending}`, `/tim-kiem?q=${secrets.hidden}`,
    '/sitemap.xml', '/so-do-cong',
  ]
  const forbidden = [secrets.pendingOnly, secrets.hiddenOnly, ...secrets.emails, ...secrets.phones, ...secrets.phones.map((p) => p.replace(/\s/g, ''))]
  let sawPublished = false
  for (const url of urls) {
    const res = await anon.get(url)
    expect(res.status(), url).toBeLessThan(500)
    const body = await res.text()
    for (const secret of forbidden) expect(body.includes(secret), `${secret} leaked on ${url}`).toBe(false)
    sawPublished ||= body.includes(`congkhai${run}`)
  }
  // The crawl did reach the comments: the published one is there.
  expect(sawPublished).toBe(true)
  // A hidden comment's individual API answer is a stub too.
  const rest = await anon.get(`/api/comments?where[trackingCode][equals]=${hidden}&depth=0`)
  const doc = ((await rest.json()) as { docs: Record<string, unknown>[] }).docs[0]!
  expect(doc.body).toBeUndefined()
  expect(doc.hiddenReason).toBe('Trùng lặp')
  await anon.dispose()
})
