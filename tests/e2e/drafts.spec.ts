import { type Browser, expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'
import { apiCreateDraft, apiUpdateDraft, codeOf, commentId, E2E_TEXT, postComment, signInSession } from '../helpers/drafts-e2e'

const SLUG = `du-thao-e2e-${Date.now().toString(36)}`
const URL = `/du-thao/${SLUG}`
const MODERATOR = { email: 'kiemduyet@vidu.gov.vn', password: 'Mat-khau-kiem-duyet-2026!' }
const DAY = 24 * 3600_000
let draftId = 0
const codes: Record<string, string> = {}

test.describe.configure({ mode: 'serial' })

async function tabTo(page: Page, name: RegExp, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.replace(/\s+/g, ' ').trim() : ''
    })
    if (name.test(label)) return
  }
  throw new Error(`could not reach ${name} with Tab`)
}

async function asModerator(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await signInSession(page, MODERATOR)
  return { page, close: () => context.close() }
}

test('an administrator publishes a draft; it is listed first among open drafts with its days left', async ({ page }) => {
  await signInSession(page)
  draftId = (await apiCreateDraft(page.request, SLUG)).id
  const users = await page.request.post('/api/users', { data: { ...MODERATOR, role: 'moderator', name: 'Kiểm duyệt viên' } })
  expect(users.ok(), await users.text()).toBe(true)

  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Dự thảo đang lấy ý kiến' }).getByRole('link', { name: new RegExp(SLUG) })).toBeVisible()
  await page.goto('/du-thao')
  const open = page.getByRole('region', { name: /Đang lấy ý kiến/ })
  await expect(open.getByRole('link', { name: new RegExp(SLUG) })).toBeVisible()
  await expect(open.locator('.draft-item', { hasText: SLUG })).toContainText(/Còn (19|20) ngày/)
  await expectNoAxeViolations(page)
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Nghị định' })
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(/loai=/)
  await expect(page.getByRole('link', { name: new RegExp(SLUG) })).toBeVisible()
})

test('the draft page shows the text, table of contents, one "Góp ý điều này" per article and the receiving unit', async ({ page }) => {
  const res = await page.goto(URL)
  expect(res?.status()).toBe(200)
  expect(Number(/max-age=(\d+)/.exec(res?.headers()['cache-control'] ?? '')?.[1])).toBeLessThanOrEqual(60)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SLUG)
  await expect(page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: /Điều 2/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Góp ý điều này/ })).toHaveCount(3)
  await expect(page.getByRole('link', { name: 'Góp ý điều này (Điều 2)' })).toBeVisible()
  await expect(page.locator('#so-y-kien-dieu-2')).toContainText('Chưa có ý kiến')
  await expect(page.getByRole('region', { name: 'Đơn vị tiếp nhận góp ý' })).toContainText('phapche@vidu.gov.vn')
  // The page knows when it changes by itself (closing time) and reloads then.
  await expect(page.locator('[data-state-change]')).toHaveAttribute('data-state-change', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/)
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 320, height: 640 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
})

test('on a phone, by keyboard only, a person comments on Điều 2 and gets a tracking code', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto(URL)
  await tabTo(page, /Góp ý điều này \(Điều 2\)/)
  await page.keyboard.press('Enter')
  // The enhancement moves focus to the article picker with Điều 2 chosen.
  await expect(page.locator('#f-article')).toBeFocused()
  await expect(page.locator('#f-article')).toHaveValue('dieu-2')
  await page.keyboard.press('Tab')
  await expect(page.locator('#f-stance-agree')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('#f-stance-partlyAgree')).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(page.locator('#f-body')).toBeFocused()
  await page.keyboard.type('Đề nghị bổ sung khoản 3: doanh nghiệp nước ngoài có trụ sở tại Việt Nam.')
  await page.keyboard.press('Tab') // attachment
  await page.keyboard.press('Tab')
  await expect(page.locator('#f-fullName')).toBeFocused()
  await page.keyboard.type('Phạm Thị Bàn Phím')
  await page.keyboard.press('Tab')
  await page.keyboard.type('ban.phim@example.vn')
  await page.keyboard.press('Tab')
  await page.keyboard.type('0912 345 678')
  await page.keyboard.press('Tab') // organisation
  await page.keyboard.press('Tab')
  await expect(page.locator('#f-cat-individual')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.locator('#f-showName')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  // Notification mail is asked for only by ticking the box: off unless chosen.
  await expect(page.locator('#f-notify')).toBeFocused()
  await expect(page.locator('#f-notify')).not.toBeChecked()
  await page.keyboard.press('Tab')
  await expect(page.locator('#f-consent')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Gửi góp ý' })).toBeFocused()
  // The form refuses posts made faster than a person can fill it (3 s).
  await page.waitForTimeout(3000)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/da-gui\?ma=GY-\d{4}-\d{6}&k=[A-Za-z0-9_-]{22}#bien-nhan$/)
  codes.approved = /ma=(GY-\d{4}-\d{6})/.exec(page.url())![1]!
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã nhận góp ý')
  await expect(page.locator('.tracking-code')).toHaveText(codes.approved)
  // The receipt shows what was sent, to print or keep; the same code without the key shows none of it.
  const sent = page.getByRole('region', { name: 'Nội dung đã gửi' })
  await expect(sent).toContainText('Đề nghị bổ sung khoản 3: doanh nghiệp nước ngoài có trụ sở tại Việt Nam.')
  await expect(sent).toContainText('Điều 2')
  await expect(sent).toContainText('Đồng ý một phần')
  await expect(sent).toContainText('Phạm Thị Bàn Phím')
  await expect(sent).toContainText('Chờ kiểm duyệt')
  await expect(sent.getByRole('button', { name: 'In biên nhận' })).toBeVisible()
  const receiptUrl = page.url()
  const bare = await page.request.get(receiptUrl.replace(/&k=[^#]+/, ''))
  expect(await bare.text()).not.toContain('doanh nghiệp nước ngoài')
  expect((await page.request.get(receiptUrl.replace(/&k=([^#]+)/, '&k=AAAAAAAAAAAAAAAAAAAAAA'))).status()).toBe(200)
  expect(await (await page.request.get(receiptUrl.replace(/&k=([^#]+)/, '&k=AAAAAAAAAAAAAAAAAAAAAA'))).text()).not.toContain('doanh nghiệp nước ngoài')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)

  // The commenter looks the status up with code and email (email never in the URL).
  await page.getByRole('link', { name: 'Tra cứu góp ý' }).click()
  await expect(page.locator('#f-ma')).toHaveValue(codes.approved)
  await page.locator('#f-email').fill('BAN.PHIM@example.vn')
  await page.getByRole('button', { name: 'Tra cứu' }).click()
  await expect(page.getByRole('status')).toContainText('Chờ kiểm duyệt')
  expect(page.url()).not.toContain('example.vn')
  await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('a wrong form comes back with an error summary, messages beside the fields and everything typed kept', async ({ page }) => {
    await page.goto(`${URL}?dieu=dieu-3#gop-y`)
    await expect(page.locator('#f-article')).toHaveValue('dieu-3')
    await page.locator('#f-body').fill('Nội dung tôi đã gõ <giữ nguyên>')
    await page.locator('#f-email').fill('khong-phai-email')
    await page.locator('#f-phone').fill('024 3825 1234')
    await page.locator('#f-stance-disagree').check()
    await page.waitForTimeout(3000)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi góp ý' }).click()])
    expect(response.status()).toBe(422)
    await expect(page).toHaveTitle(/^Lỗi: /)
    const summary = page.getByRole('alert')
    await expect(summary).toContainText('Chưa gửi được góp ý')
    await expect(summary.getByRole('link', { name: 'Họ và tên: bắt buộc' })).toHaveAttribute('href', '#f-fullName')
    await expect(summary.getByRole('link')).toHaveText([/Họ và tên/, /Thư điện tử/, /Đồng ý/])
    await expect(page.locator('#f-email-error')).toContainText('không đúng định dạng')
    await expect(page.locator('#f-email')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#f-body')).toHaveValue('Nội dung tôi đã gõ <giữ nguyên>')
    await expect(page.locator('#f-email')).toHaveValue('khong-phai-email')
    await expect(page.locator('#f-phone')).toHaveValue('024 3825 1234')
    await expect(page.locator('#f-article')).toHaveValue('dieu-3')
    await expect(page.locator('#f-stance-disagree')).toBeChecked()
  })

  test('an attachment over 10 MB comes back as an error on the file, with everything typed kept', async ({ page }) => {
    await page.goto(`${URL}?dieu=dieu-2#gop-y`)
    await page.locator('#f-body').fill('Góp ý dài tôi đã gõ cẩn thận, kèm một phụ lục quá lớn.')
    await page.locator('#f-fullName').fill('Trần Thị Bình')
    await page.locator('#f-email').fill('binh@example.vn')
    await page.locator('#f-stance-agree').check()
    await page.locator('#f-consent').check()
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20)
    big.write('%PDF-1.4\n')
    await page.locator('#f-attachment').setInputFiles({ name: 'phu-luc.pdf', mimeType: 'application/pdf', buffer: big })
    await page.waitForTimeout(3000)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi góp ý' }).click()])
    expect(response.status()).toBe(413)
    await expect(page.locator('#f-attachment-error')).toContainText('tệp lớn hơn 10 MB')
    await expect(page.getByRole('alert').getByRole('link', { name: /Tệp đính kèm/ })).toHaveAttribute('href', '#f-attachment')
    await expect(page.locator('#f-body')).toHaveValue('Góp ý dài tôi đã gõ cẩn thận, kèm một phụ lục quá lớn.')
    await expect(page.locator('#f-fullName')).toHaveValue('Trần Thị Bình')
    await expect(page.locator('#f-email')).toHaveValue('binh@example.vn')
    await expect(page.locator('#f-article')).toHaveValue('dieu-2')
    await expect(page.locator('#f-stance-agree')).toBeChecked()
  })
})

test('with JavaScript the error summary takes focus, and the error page passes axe', async ({ page }) => {
  await page.goto(`${URL}#gop-y`)
  await page.locator('#f-body').fill('Chỉ có nội dung')
  await page.getByRole('button', { name: 'Gửi góp ý' }).click()
  await expect(page.locator('.error-summary')).toBeFocused()
  // Submitted at once: the minimum fill time is one of the errors, stated in plain words.
  await expect(page.locator('.error-summary')).toContainText('Bạn gửi quá nhanh')
  await expect(page.locator('#f-body')).toHaveValue('Chỉ có nội dung')
  await expectNoAxeViolations(page)
})

test('a moderator approves one comment and hides another; the public sees the text and the dated stub', async ({ page, browser, baseURL }) => {
  // Two accounts, two admin forms, a refused save and a dozen public checks: more than a minute on a busy machine.
  test.setTimeout(150_000)
  await signInSession(page)
  const hidden = await postComment(page.request, baseURL!, SLUG, { body: 'Nội dung cần ẩn đi-xyz-987', article: 'dieu-2' })
  expect(hidden.status()).toBe(303)
  codes.hidden = codeOf(hidden.headers().location)
  const moderator = await asModerator(browser, baseURL!)
  for (const [code, action] of [[codes.approved!, 'publish'], [codes.hidden!, 'hide']] as const) {
    const id = await commentId(moderator.page.request, code)
    await moderator.page.goto(`/admin/collections/comments/${id}`)
    await moderator.page.waitForLoadState('networkidle')
    await moderator.page.locator('#field-status .rs__control').click()
    await moderator.page.locator('.rs__option', { hasText: action === 'publish' ? 'Đã công bố' : 'Đã ẩn' }).click()
    if (action === 'hide') await moderator.page.locator('#field-hiddenReason').fill('Nội dung không liên quan đến dự thảo')
    if (action === 'publish') {
      await moderator.page.locator('#field-response__kind .rs__control').click()
      await moderator.page.locator('.rs__option', { hasText: 'Tiếp thu' }).click()
      await moderator.page.locator('#field-response__text').fill('Đã bổ sung khoản 3 Điều 2 theo ý kiến.')
    }
    await moderator.page.locator('#action-save').click()
    await expect(moderator.page.locator('.payload-toast-container')).toContainText(/thành công|successfully/i, { timeout: 20_000 })
  }
  await moderator.close()

  await page.goto(URL)
  const article = page.locator('#dieu-2')
  // One counting rule: shown with text, and apart from them the hidden ones.
  await expect(article.locator('.comment-count')).toContainText('1 ý kiến đã công khai, 1 ý kiến bị ẩn')
  await article.getByText(/Xem ý kiến về Điều 2/).click()
  await expect(article.locator(`#y-kien-${codes.approved}`)).toContainText('doanh nghiệp nước ngoài')
  await expect(article.locator(`#y-kien-${codes.approved}`)).toContainText('Phạm Thị Bàn Phím')
  await expect(article.locator(`#y-kien-${codes.approved}`)).toContainText('Tiếp thu: Đã bổ sung khoản 3 Điều 2')
  await expect(article.locator(`#y-kien-${codes.hidden}`)).toHaveText(/^Ý kiến đã được ẩn ngày \d{2}\/\d{2}\/\d{4}: Nội dung không liên quan đến dự thảo/)
  const html = await page.content()
  expect(html).not.toContain('đi-xyz-987')
  expect(html).not.toContain('ban.phim@example.vn')
  expect(html).not.toContain('0912 345 678')
  await expectNoAxeViolations(page)

  // Every comment on an article also has its own paged list, and a comment's code finds its page.
  await page.goto(`${URL}/y-kien?ma=${codes.approved}`)
  await expect(page).toHaveURL(new RegExp(`/y-kien\\?dieu=dieu-2#y-kien-${codes.approved}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ý kiến về Điều 2')
  await expect(page.locator(`#y-kien-${codes.approved}`)).toContainText('doanh nghiệp nước ngoài')
  await expect(page.locator(`#y-kien-${codes.hidden}`)).toContainText('Nội dung không liên quan đến dự thảo')
  expect(await page.content()).not.toContain('ban.phim@example.vn')
  await expectNoAxeViolations(page)
  expect((await page.request.get(`${URL}/y-kien?dieu=dieu-999`)).status()).toBe(404)

  // The administrator sees who did what, and why, in the moderation log.
  const log = await page.request.get(`/api/moderation-log?where[trackingCode][equals]=${codes.hidden}&depth=0`)
  expect(((await log.json()) as { docs: { action: string; reason: string }[] }).docs).toEqual([expect.objectContaining({ action: 'hide', reason: 'Nội dung không liên quan đến dự thảo' })])
})

test('a revised text becomes version 2: earlier version and a word diff are public; comments stay pinned to version 1', async ({ page }) => {
  await signInSession(page)
  await apiUpdateDraft(page.request, draftId, { fullText: E2E_TEXT.replace('2. Tổ chức, cá nhân có liên quan.', '2. Tổ chức, cá nhân trong nước và nước ngoài có liên quan.'), changeNote: 'Tiếp thu ý kiến về Điều 2' })
  await page.goto(URL)
  await expect(page.getByRole('region', { name: 'Thông tin dự thảo' })).toContainText('Phiên bản 2')
  await page.locator('#dieu-2').getByText(/Xem ý kiến về Điều 2/).click()
  await expect(page.locator(`#y-kien-${codes.approved}`)).toContainText('góp ý trên phiên bản 1')
  await page.getByRole('link', { name: 'So sánh với phiên bản 1' }).click()
  await expect(page.locator('#dieu-2 ins')).toContainText('trong nước và nước ngoài')
  await expect(page.locator('#dieu-1')).toContainText('Không thay đổi')
  await expectNoAxeViolations(page)
  await page.goto(`${URL}/phien-ban/1`)
  await expect(page.getByText('Đây không phải phiên bản hiện hành')).toBeVisible()
  await expect(page.locator('#dieu-2')).toContainText('Tổ chức, cá nhân có liên quan.')
  await expectNoAxeViolations(page)
})

test('after closing, the form is gone, a banner says comments are being analysed, and posting answers 403', async ({ page, baseURL }) => {
  await signInSession(page)
  await apiUpdateDraft(page.request, draftId, { opensAt: new Date(Date.now() - 30 * DAY).toISOString(), closesAt: new Date(Date.now() - 60_000).toISOString() })
  await page.goto(URL)
  await expect(page.locator('.state-banner')).toContainText('đang tổng hợp, phân tích các ý kiến')
  await expect(page.locator('form.comment-form')).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Góp ý điều này/ })).toHaveCount(0)
  await expectNoAxeViolations(page)
  const late = await postComment(page.request, baseURL!, SLUG, { body: 'Góp ý gửi muộn' })
  expect(late.status()).toBe(403)
  const html = await late.text()
  expect(html).toContain('Dự thảo đã hết thời hạn lấy ý kiến')
  expect(html).toContain('Góp ý gửi muộn')
  await expect(page.request.get(`${URL}/bao-cao`).then((r) => r.status())).resolves.toBe(404)
})

test('once published, the report shows counts and responses, and downloads as CSV and JSON', async ({ page }) => {
  await signInSession(page)
  await apiUpdateDraft(page.request, draftId, { report: { publishedAt: new Date().toISOString(), summary: 'Cơ quan chủ trì đã tiếp thu 1 ý kiến.' } })
  await page.goto(URL)
  await page.getByRole('link', { name: 'Xem báo cáo' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo tổng hợp, tiếp thu, giải trình')
  await expect(page.locator('#theo-quan-diem')).toContainText('Đồng ý một phần')
  await expect(page.locator('#theo-quan-diem tr', { hasText: 'Đồng ý một phần' })).toContainText('1')
  await expect(page.locator('#theo-dieu tr', { hasText: 'Điều 2' })).toContainText('1')
  await expect(page.locator('#theo-tra-loi tr', { hasText: 'Tiếp thu' })).toContainText('1')
  await expect(page.locator(`#y-kien-${codes.approved}`)).toContainText('Tiếp thu: Đã bổ sung khoản 3 Điều 2')
  await expect(page.locator(`#y-kien-${codes.hidden}`)).toHaveCount(0)
  await expectNoAxeViolations(page)

  const csv = await page.request.get(`${URL}/bao-cao.csv`)
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect(csv.headers()['content-disposition']).toContain('attachment')
  const bytes = await csv.body()
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  expect(text).toContain('Mã góp ý,Thời điểm gửi,Người góp ý')
  expect(text).toContain(codes.approved)
  expect(text).not.toContain(codes.hidden)
  expect(text).not.toContain('example.vn')
  const json = (await (await page.request.get(`${URL}/bao-cao.json`)).json()) as { totals: { published: number }; comments: { code: string }[] }
  expect(json.totals.published).toBe(1)
  expect(json.comments.map((c) => c.code)).toEqual([codes.approved])
})

test('the home page, kept for readers between changes, drops a draft from "Dự thảo đang lấy ý kiến" at the moment it closes', async ({ page, browser, baseURL }) => {
  await signInSession(page)
  const slug = `${SLUG}-dong`
  const closesAt = Date.now() + 12_000
  await apiCreateDraft(page.request, slug, { opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(closesAt).toISOString(), shortPeriodReason: 'Kiểm thử: thời hạn lấy ý kiến rút ngắn.' })
  // An anonymous reader (the shared render is for readers who are not signed in), twice: the second view may be the kept one.
  const reader = await browser.newContext({ baseURL })
  const home = await reader.newPage()
  const open = home.getByRole('region', { name: 'Dự thảo đang lấy ý kiến' })
  for (let i = 0; i < 2; i++) {
    await home.goto('/')
    await expect(open.getByRole('link', { name: new RegExp(slug) })).toBeVisible()
  }
  await home.waitForTimeout(Math.max(0, closesAt - Date.now()) + 1_000)
  await home.goto('/')
  await expect(open).toBeVisible()
  await expect(open.getByRole('link', { name: new RegExp(slug) })).toHaveCount(0)
  await reader.close()
})
