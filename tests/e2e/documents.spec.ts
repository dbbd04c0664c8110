import { expect, test } from '@playwright/test'

import { createStaff, fillNewDocument, pickSelect, signIn } from '../helpers/admin'
import { expectNoAxeViolations } from '../helpers/axe'

test.describe.configure({ mode: 'serial' })

const TEXT = `NGHỊ ĐỊNH
Quy định về cổng thông tin điện tử thử nghiệm

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về cổng thông tin điện tử thử nghiệm.

Điều 2. Công khai địa chỉ thư điện tử
1. Cơ quan công khai địa chỉ thư điện tử dùng để gửi, nhận văn bản điện tử.
2. Địa chỉ thư điện tử phải thuộc tên miền .gov.vn:
a) Đối với cơ quan trung ương;
đ) Đối với cơ quan địa phương.

Điều 3. Hiệu lực thi hành
Nghị định này có hiệu lực từ ngày ký.`

let docUrl = ''

test('an editor pastes a text, checks the detected structure and submits it for approval', async ({ page }) => {
  const editor = await createStaff(page, 'editor', 'bientap@vidu.gov.vn')
  await createStaff(page, 'approver', 'pheduyet@vidu.gov.vn')
  await signIn(page, editor)
  await fillNewDocument(page, { numberSymbol: '77/2026/NĐ-CP', type: 'Nghị định', issuer: 'Chính phủ', summary: 'Quy định về cổng thông tin điện tử thử nghiệm', issuedAt: '05/02/2026', effectiveAt: '05/02/2026' })
  await page.getByRole('button', { name: 'Toàn văn' }).click()
  await page.locator('#field-fullText').fill(TEXT)
  await pickSelect(page, 'workflowState', 'Chờ phê duyệt')
  await page.locator('#action-save-draft').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/thành công|successfully|đã lưu/i, { timeout: 20_000 })
  await expect(page).toHaveURL(/\/admin\/collections\/legal-documents\/\d+/)
  const id = page.url().match(/legal-documents\/(\d+)/)![1]
  // What the parser found is shown to the editor before publishing.
  await page.reload()
  await page.getByRole('button', { name: 'Toàn văn' }).click()
  await expect(page.locator('#field-structureSummary')).toHaveValue(/3 điều/)
  await page.goto(`/xem-truoc/van-ban/${id}`)
  await expect(page.getByRole('heading', { name: 'Cấu trúc nhận diện được' })).toBeVisible()
  await expect(page.locator('.structure-summary')).toContainText('Điều 2')
  await expect(page.locator('#dieu-2-khoan-2-diem-dd')).toBeVisible()
  // The public cannot see it yet.
  const publicRes = await page.request.get('/van-ban/2026/77-2026-nd-cp', { headers: { cookie: '' } })
  expect(publicRes.status()).toBe(404)
})

test('a duplicate number-symbol is refused with a clear reason and nothing is created', async ({ page }) => {
  await signIn(page, { email: 'bientap@vidu.gov.vn', password: 'Mat-khau-e2e-2026!' })
  await fillNewDocument(page, { numberSymbol: '43/2011/ND-CP', type: 'Nghị định', issuer: 'Chính phủ', summary: 'Bản trùng số', issuedAt: '13/06/2011' })
  // An editor is not offered what would be refused: no Publish button, only "save draft".
  await expect(page.locator('#action-save')).toHaveCount(0)
  await expect(page.locator('#action-save-draft')).toBeVisible()
  await page.locator('#action-save-draft').click()
  await expect(page.locator('.payload-toast-container')).toContainText('đã có trong hệ thống', { timeout: 20_000 })
  await expect(page).toHaveURL(/\/create$/)
})

test('an approver publishes it', async ({ page }) => {
  await signIn(page, { email: 'pheduyet@vidu.gov.vn', password: 'Mat-khau-e2e-2026!' })
  await page.goto('/admin/collections/legal-documents')
  await page.getByRole('link', { name: '77/2026/NĐ-CP' }).first().click()
  await page.waitForLoadState('networkidle')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/thành công|successfully/i, { timeout: 20_000 })
  docUrl = '/van-ban/2026/77-2026-nd-cp'
  const res = await page.request.get(docUrl)
  expect(res.status()).toBe(200)
})

test('a citizen filters the list, opens the document and follows an article link', async ({ page }) => {
  await page.context().clearCookies()
  await page.goto('/van-ban')
  const choose = async (label: string, option: RegExp) => {
    const select = page.getByLabel(label, { exact: true })
    await select.selectOption((await select.locator('option', { hasText: option }).first().getAttribute('value'))!)
  }
  await choose('Loại văn bản', /^Nghị định \(\d+\)$/)
  await choose('Năm ban hành', /^2026 \(\d+\)$/)
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(/type=\d+.*year=2026|year=2026.*type=\d+/)
  await expect(page.getByRole('link', { name: /77\/2026\/NĐ-CP/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /15\/CT-TTg/ })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: /77\/2026\/NĐ-CP/ }).click()
  await expect(page).toHaveURL(docUrl)
  await expect(page.getByRole('status').filter({ hasText: 'Tình trạng hiệu lực' })).toContainText('Còn hiệu lực')
  await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: /Điều 2/ }).click()
  await expect(page).toHaveURL(/#dieu-2$/)
  await expect(page.locator('#dieu-2')).toBeInViewport()
  await expect(page.locator('#dieu-2 a.anchor-link').first()).toHaveAttribute('href', '#dieu-2')
  const head = await page.locator('head').innerHTML()
  expect(head).toContain('name="DC.identifier" content="77/2026/NĐ-CP"')
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}')
  expect(jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '77/2026/NĐ-CP', legislationLegalForce: 'https://schema.org/InForce' })
  await expectNoAxeViolations(page)
})

test('a reader’s browser revalidates a stored document page, and a correction shows at once', async ({ page, request }) => {
  // `request` carries no cookies: it reads as an anonymous citizen does.
  const first = await request.get(docUrl)
  expect(first.status()).toBe(200)
  const etag = first.headers()['etag']
  expect(etag).toBeTruthy()
  // Once the page is stored, a browser that has it is told it has not changed.
  await expect.poll(async () => (await request.get(docUrl, { headers: { 'If-None-Match': etag! } })).status()).toBe(304)
  // A phone's browser accepts gzip: the stored page goes out compressed.
  const compressed = await request.get(docUrl, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(compressed.headers()['content-encoding']).toBe('gzip')
  expect(await compressed.text()).toContain('77/2026/NĐ-CP')
  await signIn(page, { email: 'pheduyet@vidu.gov.vn', password: 'Mat-khau-e2e-2026!' })
  const found = (await (await page.request.get('/api/legal-documents?where[slug][equals]=77-2026-nd-cp&depth=0')).json()) as { docs: { id: number }[] }
  const patched = await page.request.patch(`/api/legal-documents/${found.docs[0]!.id}`, { data: { summary: 'Quy định về cổng thông tin điện tử thử nghiệm (đã đính chính)' } })
  expect(patched.ok()).toBe(true)
  await expect.poll(async () => (await request.get(docUrl)).text(), { timeout: 15_000 }).toContain('(đã đính chính)')
  expect((await request.get(docUrl, { headers: { 'If-None-Match': etag! } })).status()).toBe(200)
})

test('relations show from both sides, and replacement makes a document out of force', async ({ page }) => {
  await page.goto('/van-ban/2012/15-ct-ttg')
  const relations = page.getByRole('region', { name: 'Văn bản liên quan' })
  await expect(relations).toContainText('Được hướng dẫn bởi')
  await relations.getByRole('link', { name: '02/CT-BNV' }).first().click()
  await expect(page).toHaveURL('/van-ban/2012/02-ct-bnv')
  const back = page.getByRole('region', { name: 'Văn bản liên quan' })
  await expect(back).toContainText('Hướng dẫn')
  await expect(back.getByRole('link', { name: '15/CT-TTg' }).first()).toBeVisible()
  // 43/2011 and 42/2022 are seeded without their texts, as drafts; an approver completes and publishes them.
  await signIn(page, { email: 'pheduyet@vidu.gov.vn', password: 'Mat-khau-e2e-2026!' })
  for (const slug of ['43-2011-nd-cp', '42-2022-nd-cp']) {
    const found = (await (await page.request.get(`/api/legal-documents?where[slug][equals]=${slug}&depth=0&draft=true`)).json()) as { docs: { id: number }[] }
    const published = await page.request.patch(`/api/legal-documents/${found.docs[0]!.id}`, { data: { fullText: 'Điều 1. Phạm vi điều chỉnh\nToàn văn được bổ sung.', workflowState: 'published', _status: 'published' } })
    expect(published.ok(), await published.text()).toBe(true)
  }
  await page.context().clearCookies()
  await page.goto('/van-ban/2011/43-2011-nd-cp')
  await expect(page.getByRole('status').filter({ hasText: 'Tình trạng hiệu lực' })).toContainText('Hết hiệu lực')
  await expect(page.getByRole('status').filter({ hasText: 'Tình trạng hiệu lực' })).toContainText('42/2022/NĐ-CP')
  await expectNoAxeViolations(page)
})

test('a list address with values the page cannot use says so, and a page past the end shows the last one', async ({ page }) => {
  await page.goto('/van-ban?year=1900&validity=het-hieu-luc&type=999999&page=999')
  const note = page.locator('.notice-warn')
  await expect(note).toContainText('Năm ban hành «1900»: phải từ 1945 đến 2100.')
  await expect(note).toContainText('Tình trạng hiệu lực «het-hieu-luc»: không có giá trị này.')
  await expect(note).toContainText('Loại văn bản «999999»: không có trong danh mục.')
  await expect(note).toContainText('Không có trang 999; đang hiển thị trang cuối (trang 1).')
  await expect(page.locator('.doc-list li').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('copying an article’s link is confirmed on screen, and the link is a target of at least 24×24 px', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/van-ban/2012/15-ct-ttg')
  const link = page.locator('a.anchor-link').first()
  const box = (await link.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(24)
  expect(box.height).toBeGreaterThanOrEqual(24)
  await link.click()
  const status = page.locator('#copy-status')
  await expect(status).toBeVisible()
  await expect(status).toContainText('Đã sao chép liên kết: http://127.0.0.1:')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/van-ban\/2012\/15-ct-ttg#/)
  await expectNoAxeViolations(page)
})
