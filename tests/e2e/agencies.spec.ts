import { parse } from 'csv-parse/sync'
import { expect, type Page, test } from '@playwright/test'

import { ADMIN, createStaff, fillDate, pickSelect, signIn } from '../helpers/admin'
import { expectNoAxeViolations } from '../helpers/axe'

test.describe.configure({ mode: 'serial' })

const EDITOR = { email: 'bientap-coquan@vidu.gov.vn', password: 'Mat-khau-e2e-2026!' }
const NAME = 'Sở Tài nguyên và Môi trường tỉnh Ví Dụ'
const NAME_EN = 'Department of Natural Resources and Environment of Vi Du Province'
const SLUG = 'so-tai-nguyen-va-moi-truong-tinh-vi-du'
const EMAILS = ['vanthu@stnmt.vidu.gov.vn', 'tiepnhangopy@stnmt.vidu.gov.vn']

/** Adds one row to a Payload array field; rows are addressed by index afterwards (`#field-emails__0__address`). */
async function addRow(page: Page, field: string): Promise<void> {
  const rows = page.locator(`#field-${field} .array-field__row`)
  const before = await rows.count()
  // Typing into a field sends the form state to the server after a short debounce; a row added
  // while that answer is on its way is overwritten by it (the row, without its fields). Let the
  // debounce fire and the answer arrive first. The admin then fetches the new row's fields.
  await page.waitForTimeout(750)
  await page.waitForLoadState('networkidle')
  await page.locator(`#field-${field} .array-field__add-row`).first().click()
  await expect(rows).toHaveCount(before + 1)
  await expect(page.locator(`[id^="field-${field}__${before}__"]`).first()).toBeVisible({ timeout: 20_000 })
}

test('an editor adds an agency with two emails and an official; a wrong address is refused in Vietnamese', async ({ page }) => {
  // The very first /admin request after start can answer before Payload redirects to the
  // first-user screen; wait for a real form so signIn sees the redirect.
  await page.goto('/admin')
  await page.locator('#field-email, .dashboard').first().waitFor({ timeout: 60_000 })
  await createStaff(page, 'editor', EDITOR.email, EDITOR.password)
  await signIn(page, EDITOR)
  await page.goto('/admin/collections/agencies/create')
  await page.waitForLoadState('networkidle')
  await page.locator('#field-name').fill(NAME)
  await page.locator('#field-nameEn').fill(NAME_EN)
  await page.locator('#field-abbreviation').fill('STNMT')
  await pickSelect(page, 'level', 'Sở, ban, ngành')
  await page.locator('#field-phone').fill('0206 123 4567')
  await addRow(page, 'emails')
  await page.locator('#field-emails__0__address').fill('vanthu@@stnmt')
  await addRow(page, 'emails')
  await page.locator('#field-emails__1__address').fill(EMAILS[1]!)
  await pickSelect(page, 'emails__1__purpose', 'Tiếp nhận góp ý')
  await addRow(page, 'officials')
  await page.locator('#field-officials__0__name').fill('Trần Văn Thử')
  await page.locator('#field-officials__0__position').fill('Giám đốc Sở')
  await page.locator('#field-officials__0__email').fill('tvthu@stnmt.vidu.gov.vn')
  await fillDate(page, 'lastVerifiedAt', '15/11/2026')
  await page.locator('#field-address').click()
  // Let the admin's server-side form state settle (it carries the field errors) before saving.
  await page.waitForLoadState('networkidle')
  await page.locator('#action-save-draft').click()
  // Refused: the toast names the field in Vietnamese and nothing is created. (The field's own
  // message is checked through the Local API in tests/int/agencies.test.ts.)
  await expect(page.locator('.payload-toast-container')).toContainText(/không hợp lệ: Thư điện tử chính thức 1 . Địa chỉ thư điện tử/, { timeout: 20_000 })
  await expect(page).toHaveURL(/\/agencies\/create$/)

  await page.locator('#field-emails__0__address').fill(EMAILS[0]!)
  await page.locator('#action-save-draft').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/thành công|successfully|đã lưu/i, { timeout: 20_000 })
  await expect(page).toHaveURL(/\/admin\/collections\/agencies\/\d+/)

  // A draft is not public.
  expect((await page.request.get(`/co-quan/${SLUG}`)).status()).toBe(404)

  // The administrator (an approver) publishes it.
  const id = page.url().match(/agencies\/(\d+)/)![1]
  await signIn(page, ADMIN)
  await page.goto(`/admin/collections/agencies/${id}`)
  await page.waitForLoadState('networkidle')
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/thành công|successfully|xuất bản/i, { timeout: 20_000 })
})

test('the public finds the agency without diacritics and reads its contacts', async ({ page }) => {
  await page.goto('/co-quan')
  await expectNoAxeViolations(page)
  await page.getByLabel('Tên cơ quan, tên viết tắt hoặc địa chỉ thư').fill('tai nguyen moi truong vi du')
  await page.getByRole('button', { name: 'Tìm', exact: true }).click()
  await expect(page).toHaveURL(/\/co-quan\?q=tai\+nguyen/)
  await expect(page.getByRole('heading', { name: /Kết quả: 1 cơ quan/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: NAME }).click()

  await expect(page).toHaveURL(new RegExp(`/co-quan/${SLUG}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME)
  for (const address of EMAILS) await expect(page.locator(`a[href="mailto:${address}"]`)).toBeVisible()
  await expect(page.getByRole('row', { name: /Trần Văn Thử/ })).toContainText('Giám đốc Sở')
  await expect(page.getByText(/Cập nhật ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible()
  await expect(page.getByText('Thông tin được xác minh ngày 15/11/2026')).toBeVisible()
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld['@type']).toBe('GovernmentOrganization')
  expect(ld.contactPoint.map((c: { email: string }) => c.email)).toEqual(EMAILS)
  await expect(page.locator('meta[name="DC.title"]')).toHaveAttribute('content', NAME)
  await expectNoAxeViolations(page)

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải thẻ liên hệ (vCard)' }).click()])
  expect(download.suggestedFilename()).toBe(`${SLUG}.vcf`)
  const card = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
  expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/)
  expect(card).toContain(`FN;ALTID=1;LANGUAGE=vi:${NAME}`)
  for (const address of EMAILS) expect(card).toContain(`:${address}\r\n`)
  expect(card).toContain('TEL;TYPE=voice:0206 123 4567')
})

test('the directory CSV and JSON list the agency with both addresses', async ({ request }) => {
  const res = await request.get('/co-quan/danh-ba.csv')
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toContain('text/csv')
  expect(res.headers()['content-disposition']).toContain('danh-ba-co-quan.csv')
  const text = await res.text()
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[]
  const row = rows.find((r) => r['Tên cơ quan'] === NAME)
  expect(row).toBeDefined()
  expect(row!['Thư điện tử chính thức']).toBe(EMAILS.join('; '))
  expect(row!['Tên tiếng Anh']).toBe(NAME_EN)
  expect(row!['Cấp']).toBe('Sở, ban, ngành')
  expect(row!['Trang trên cổng']).toMatch(new RegExp(`/co-quan/${SLUG}$`))
  // The seeded commune's Gmail address is flagged in the export too.
  expect(rows.find((r) => r['Tên cơ quan'] === 'Ủy ban nhân dân xã Ví Dụ Tây')!['Cảnh báo']).toMatch(/không thuộc miền \.gov\.vn/)
  expect(rows.length).toBeGreaterThanOrEqual(10)

  const json = await (await request.get('/co-quan/danh-ba.json')).json()
  const agency = json.agencies.find((a: { slug: string }) => a.slug === SLUG)
  expect(agency.emails.map((e: { address: string; isGovVn: boolean }) => [e.address, e.isGovVn])).toEqual(EMAILS.map((e) => [e, true]))
  expect(agency.officials[0]).toMatchObject({ name: 'Trần Văn Thử', position: 'Giám đốc Sở' })
})

test('the English page shows the English fields', async ({ page }) => {
  await page.goto(`/en/co-quan/${SLUG}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME_EN)
  await expect(page.getByRole('heading', { name: 'Official email addresses' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Competent officials' })).toBeVisible()
  await expect(page.getByText('Comments and feedback')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/en/co-quan')
  await expect(page.getByRole('link', { name: NAME_EN })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the directory shows a tree by parent, filters by level and parent, and survives bad filters', async ({ page }) => {
  await page.goto('/co-quan')
  const province = page.locator('.agency-tree > li', { hasText: 'Ủy ban nhân dân tỉnh Ví Dụ' })
  await expect(province.locator('ul a', { hasText: 'Sở Thông tin và Truyền thông tỉnh Ví Dụ' })).toBeVisible()
  await page.getByLabel('Cấp', { exact: true }).selectOption({ label: 'Xã, phường, thị trấn' })
  await page.getByRole('button', { name: 'Tìm', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kết quả: 1 cơ quan' })).toBeVisible()
  await expect(page.getByText('Cần lưu ý: có địa chỉ ngoài miền .gov.vn; có địa chỉ trùng với cơ quan khác.')).toBeVisible()
  await page.goto('/co-quan')
  await page.getByLabel('Trực thuộc', { exact: true }).selectOption({ label: 'Ủy ban nhân dân tỉnh Ví Dụ' })
  await page.getByRole('button', { name: 'Tìm', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kết quả: 2 cơ quan' })).toBeVisible()
  const bad = await page.goto('/co-quan?cap=%3Cscript%3E&truc-thuoc=abc')
  expect(bad?.status()).toBe(200)
  await expect(page.getByText(/^Cấp: giá trị "<script>" không có trong danh sách/)).toBeVisible()
  expect((await page.request.get('/co-quan/KHONG%20HOP%20LE')).status()).toBe(404)
  expect((await page.request.get('/co-quan/khong-co/vcard')).status()).toBe(404)
})

test('an agency page lists the documents it issued and the drafts it leads', async ({ page }) => {
  await page.goto('/co-quan/van-phong-chinh-phu')
  await expect(page.getByRole('link', { name: '15/CT-TTg' })).toBeVisible()
  await page.goto('/co-quan/so-thong-tin-va-truyen-thong-tinh-vi-du')
  const drafts = page.locator('section', { has: page.getByRole('heading', { name: 'Dự thảo do cơ quan chủ trì soạn thảo' }) })
  await expect(drafts.getByRole('link').first()).toHaveAttribute('href', /^\/du-thao\//)
  await expect(page.locator('main .notice-warn')).toHaveText(/^Dữ liệu mẫu: địa chỉ thư, điện thoại và người liên hệ/)
})
