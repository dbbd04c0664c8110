import { type Browser, expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers/axe'
import { signInSession } from '../helpers/drafts-e2e'

const EDITOR = { email: 'bientap-hoidap@vidu.gov.vn', password: 'Mat-khau-bien-tap-2026!' }
const WORD = `hoidap${Date.now().toString(36)}`
const TITLE = `Thời hạn cấp giấy phép xây dựng nhà ở ${WORD}`
const ASKER = { name: 'Nguyễn Thị Người Hỏi', email: `nguoi-hoi-${WORD}@example.vn`, phone: '0912 888 777' }
let code = ''
let receiptUrl = ''

test.describe.configure({ mode: 'serial' })

async function noSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  await page.setViewportSize({ width: 1280, height: 720 })
}

async function signedIn(browser: Browser, baseURL: string, who?: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await signInSession(page, who)
  return { page, close: () => context.close() }
}

// axe runs scripts in the page, so the pages are checked with it in the next test.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a person asks a question: a wrong form comes back with what was typed, then the receipt shows the code', async ({ page }) => {
    await page.goto('/hoi-dap')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỏi – đáp')
    await page.getByRole('link', { name: 'Gửi câu hỏi' }).first().click()
    await expect(page).toHaveURL(/\/hoi-dap\/gui-cau-hoi$/)
    await noSidewaysScroll(page)

    await page.locator('#f-title').fill(TITLE)
    await page.locator('#f-body').fill('Tôi đã nộp đủ hồ sơ xin cấp giấy phép xây dựng nhà ở riêng lẻ. Cơ quan giải quyết trong bao nhiêu ngày?')
    await page.locator('#f-email').fill('khong-phai-thu')
    await page.locator('#f-phone').fill(ASKER.phone)
    await page.waitForTimeout(3000)
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Gửi câu hỏi' }).click()])
    expect(refused.status()).toBe(422)
    await expect(page).toHaveTitle(/^Lỗi: /)
    const summary = page.getByRole('alert')
    await expect(summary.getByRole('link')).toHaveText(['Họ và tên: bắt buộc', /^Thư điện tử: không đúng định dạng/, /^Đồng ý với thông báo/])
    await expect(summary.getByRole('link', { name: 'Họ và tên: bắt buộc' })).toHaveAttribute('href', '#f-fullName')
    await expect(page.locator('#f-email')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#f-title')).toHaveValue(TITLE)
    await expect(page.locator('#f-body')).toHaveValue(/nhà ở riêng lẻ/)
    await expect(page.locator('#f-phone')).toHaveValue(ASKER.phone)

    await page.locator('#f-fullName').fill(ASKER.name)
    await page.locator('#f-email').fill(ASKER.email)
    await page.locator('#f-field').selectOption({ index: 1 })
    await page.locator('#f-allowPublication').check()
    await page.locator('#f-consent').check()
    await page.waitForTimeout(3000)
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await expect(page).toHaveURL(/\/hoi-dap\/da-gui\?ma=HD-\d{4}-\d{6}&k=[A-Za-z0-9_-]{22}#bien-nhan$/)
    code = /ma=(HD-\d{4}-\d{6})/.exec(page.url())![1]!
    receiptUrl = page.url()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã nhận câu hỏi')
    await expect(page.locator('.tracking-code')).toHaveText(code)
    const sent = page.getByRole('region', { name: 'Nội dung đã gửi' })
    await expect(sent).toContainText(TITLE)
    await expect(sent).toContainText(ASKER.email)
    await expect(sent).toContainText(/Hạn trả lời\s*\d{2}\/\d{2}\/\d{4}/)
    // The same code without the key shows none of it.
    const bare = await page.request.get(page.url().replace(/&k=[^#]+/, ''))
    expect(bare.status()).toBe(200)
    expect(await bare.text()).not.toContain(ASKER.email)
    await noSidewaysScroll(page)

    // The asker looks the question up with its code and e-mail (the e-mail never in the address).
    await page.getByRole('link', { name: 'Tra cứu câu hỏi' }).click()
    await expect(page.locator('#f-ma')).toHaveValue(code)
    await page.locator('#f-email').fill(ASKER.email.toUpperCase())
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await expect(page.getByRole('status').filter({ hasText: code })).toContainText('Đã tiếp nhận')
    expect(page.url()).not.toContain('example.vn')
    // With the code alone, or another e-mail, nothing is shown.
    await page.locator('#f-email').fill('nguoi-khac@example.vn')
    const [notFound] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Tra cứu' }).click()])
    expect(notFound.status()).toBe(404)
    await expect(page.getByText('Không tìm thấy câu hỏi với mã và thư điện tử này')).toBeVisible()
    await expect(page.locator('main')).not.toContainText(TITLE)
  })
})

test('every question page passes axe (WCAG 2.2 AA), its error state included', async ({ page }) => {
  expect(receiptUrl, 'the receipt of the first test').toContain('/hoi-dap/da-gui')
  for (const path of ['/hoi-dap', '/hoi-dap/gui-cau-hoi', receiptUrl, `/hoi-dap/tra-cuu?ma=${code}`]) {
    await page.goto(path)
    await expectNoAxeViolations(page)
  }
  // With JavaScript the error summary takes focus.
  await page.goto('/hoi-dap/gui-cau-hoi')
  await page.locator('#f-body').fill('Chỉ có nội dung')
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
  await expect(page.locator('.error-summary')).toBeFocused()
  await expect(page.locator('#f-body')).toHaveValue('Chỉ có nội dung')
  await expectNoAxeViolations(page)
  await page.goto(`/hoi-dap/tra-cuu?ma=${code}`)
  await page.locator('#f-email').fill(ASKER.email)
  await page.getByRole('button', { name: 'Tra cứu' }).click()
  await expect(page.getByRole('status').filter({ hasText: code })).toContainText('Đã tiếp nhận')
  await expectNoAxeViolations(page)
})

test('an editor answers in the admin, an administrator publishes, and the public finds the answer', async ({ page, browser, baseURL }) => {
  test.setTimeout(150_000)
  expect(code, 'the question of the first test').toMatch(/^HD-/)
  await signInSession(page)
  const created = await page.request.post('/api/users', { data: { ...EDITOR, role: 'editor', name: 'Biên tập viên hỏi đáp' } })
  expect(created.ok(), await created.text()).toBe(true)
  const found = await page.request.get(`/api/questions?where[trackingCode][equals]=${code}&depth=0`)
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  // Not public before it is answered and published.
  expect((await page.request.get(`/hoi-dap/${code}`)).status()).toBe(404)

  const editor = await signedIn(browser, baseURL!, EDITOR)
  // The dashboard has the question queue for those who answer.
  await editor.page.goto('/admin')
  await expect(editor.page.getByRole('heading', { name: /câu hỏi sắp đến hạn hoặc quá hạn trả lời/ })).toBeVisible()
  // The list shows where each question stands against its deadline.
  await editor.page.goto('/admin/collections/questions')
  await expect(editor.page.locator('tr', { hasText: code })).toContainText('Trong hạn: còn 15 ngày làm việc')
  await editor.page.goto(`/admin/collections/questions/${id}`)
  await editor.page.waitForLoadState('networkidle')
  await expect(editor.page.locator('#field-deadline')).toHaveValue(/^Trong hạn: còn 15 ngày làm việc/)
  await expect(editor.page.locator('#field-email')).toHaveValue(ASKER.email)
  await editor.page.locator('#field-status .rs__control').click()
  await editor.page.locator('.rs__option', { hasText: /^Đã trả lời$/ }).click()
  await editor.page.locator('#field-answer').fill(`Thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ là 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (${WORD}).`)
  await editor.page.locator('#action-save').click()
  await expect(editor.page.locator('.payload-toast-container')).toContainText(/thành công|successfully/i, { timeout: 20_000 })
  // An editor cannot publish: the refusal says who can.
  const refused = await editor.page.request.patch(`/api/questions/${id}`, { data: { status: 'published' } })
  expect(refused.status()).toBe(403)
  expect(await refused.text()).toContain('chỉ người kiểm duyệt, người phê duyệt hoặc quản trị viên')
  await editor.close()

  // The editor's browser may hold Payload's advisory edit lock for up to five minutes after the
  // save (the admin UI offers "take over"); the administrator takes it over, as the admin UI does.
  const published = await page.request.patch(`/api/questions/${id}?overrideLock=true`, { data: { status: 'published' } })
  expect(published.ok(), await published.text()).toBe(true)

  const reader = await browser.newContext({ baseURL })
  const pub = await reader.newPage()
  await pub.goto(`/hoi-dap?q=${WORD}`)
  await expect(pub.getByRole('status').filter({ hasText: 'câu hỏi phù hợp' })).toHaveText('1 câu hỏi phù hợp.')
  await pub.getByRole('link', { name: TITLE }).click()
  await expect(pub).toHaveURL(new RegExp(`/hoi-dap/${code}$`))
  await expect(pub.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(pub.getByRole('region', { name: 'Trả lời' })).toContainText('15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ')
  const html = await pub.content()
  for (const secret of [ASKER.email, ASKER.name, ASKER.phone]) expect(html).not.toContain(secret)
  await expectNoAxeViolations(pub)
  await noSidewaysScroll(pub)
  // The list, searched without accents, and the site map lead to it.
  await pub.goto('/hoi-dap?q=giay+phep+xay+dung')
  await expect(pub.getByRole('link', { name: TITLE })).toBeVisible()
  await expectNoAxeViolations(pub)
  await noSidewaysScroll(pub)
  await pub.goto('/so-do-cong')
  await expect(pub.getByRole('link', { name: TITLE })).toHaveAttribute('href', `/hoi-dap/${code}`)
  // The asker's look-up now shows the answer.
  await pub.goto(`/hoi-dap/tra-cuu?ma=${code}`)
  await pub.locator('#f-email').fill(ASKER.email)
  await pub.getByRole('button', { name: 'Tra cứu' }).click()
  await expect(pub.getByRole('status').filter({ hasText: code })).toContainText('15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ')
  // Statistics count it.
  await pub.goto('/thong-ke')
  const figure = pub.getByRole('region', { name: 'Câu hỏi tiếp nhận và thời hạn trả lời' })
  await expect(figure.getByRole('row', { name: /^Đã trả lời đúng hạn/ }).getByRole('cell').first()).toHaveText('1')
  await expect(figure.getByRole('row', { name: /^Tổng số câu hỏi tiếp nhận/ }).getByRole('cell').first()).toHaveText('1')
  await reader.close()
})
