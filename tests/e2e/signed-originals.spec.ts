import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { createStaff, signIn } from '../helpers/admin'
import { expectNoAxeViolations } from '../helpers/axe'

// The seed's sample original, signed by the sample CA whose root the seed puts in the default trust folder.
const SAMPLE = fs.readFileSync('content/samples/mau-quyet-dinh-ky-so.pdf')
const SIGNED_LINE = /Đã ký số bởi Nguyễn Văn Mẫu, Văn phòng Chính phủ \(dữ liệu mẫu\) lúc 30\/11\/2026 09:00 — chữ ký hợp lệ/

test('an editor uploads a signed PDF, the portal verifies it, and a citizen sees the verified signature', async ({ page, request }) => {
  const editor = await createStaff(page, 'editor', 'bientap-kyso@vidu.gov.vn')
  await signIn(page, editor)
  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles({ name: 'quyet-dinh-ky-so.pdf', mimeType: 'application/pdf', buffer: SAMPLE })
  await page.locator('#field-alt').fill('Bản gốc đã ký số')
  await page.getByRole('button', { name: /Lưu|Save/ }).first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/media\/\d+/, { timeout: 30_000 })
  // The verdict is computed by the server and shown read-only.
  await expect(page.locator('#field-signatureStatus')).toContainText('Chữ ký hợp lệ')
  const mediaId = Number(/media\/(\d+)/.exec(page.url())![1])
  // An editor cannot publish: the administrator publishes the document with that file.
  await signIn(page)

  const types = (await (await page.request.get('/api/document-types?where[name][equals]=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh&depth=0')).json()) as { docs: { id: number }[] }
  const issuers = (await (await page.request.get('/api/issuers?where[abbreviation][equals]=VPCP&depth=0')).json()) as { docs: { id: number }[] }
  const created = await page.request.post('/api/legal-documents', {
    data: {
      numberSymbol: '31/QĐ-VPCP',
      documentType: types.docs[0]!.id,
      issuer: issuers.docs[0]!.id,
      summary: 'Quyết định có bản gốc ký số (thử nghiệm)',
      issuedAt: '2026-11-29T17:00:00.000Z',
      attachments: [{ file: mediaId, label: 'Bản gốc đã ký số', kind: 'original' }],
      workflowState: 'published',
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)

  await page.context().clearCookies()
  await page.goto('/van-ban/2026/31-qd-vpcp')
  const files = page.getByRole('region', { name: 'Tệp đính kèm' })
  await expect(files).toContainText('có chữ ký số hợp lệ')
  await expect(files).toContainText(SIGNED_LINE)
  await files.getByText('Chi tiết chữ ký số').click()
  await expect(files).toContainText('Có — đến CA gốc MẪU')
  // The text was taken from the PDF, and the page says so.
  await expect(page.locator('#dieu-1')).toContainText('Phạm vi')
  await expect(page.getByText('Toàn văn do hệ thống lấy tự động từ tệp gốc')).toBeVisible()
  await expectNoAxeViolations(page)
  // The API says the same.
  const api = (await (await request.get(`/api/v1/documents/${encodeURIComponent('31/QĐ-VPCP')}`)).json()) as { files: { signatures: { status: string } }[] }
  expect(api.files[0]!.signatures.status).toBe('valid')
})

/** Chooses a file on /kiem-tra-van-ban and submits the form. */
async function checkFile(page: import('@playwright/test').Page, name: string, buffer: Buffer) {
  await page.getByLabel('Tệp cần kiểm tra (PDF)').setInputFiles({ name, mimeType: 'application/pdf', buffer })
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click()
}

const changedCopy = () => {
  const changed = Buffer.from(SAMPLE)
  const at = changed.indexOf('/CreationDate (D:') + 17
  changed[at] = changed[at] === 0x31 ? 0x32 : 0x31
  return changed
}

test('the check-a-copy page and its answers pass axe', async ({ page }) => {
  await page.goto('/kiem-tra-van-ban')
  await expectNoAxeViolations(page)
  await checkFile(page, 'ban-sao.pdf', SAMPLE)
  await expect(page.getByRole('status')).toContainText('Tệp trùng khớp từng byte')
  await page.getByText('Chi tiết chữ ký số').click()
  await expectNoAxeViolations(page)
  await checkFile(page, 'ghi-chu.pdf', Buffer.from('Không phải PDF'))
  await expect(page.getByRole('alert')).toContainText('tệp không phải PDF')
  await expectNoAxeViolations(page)
})

test.describe('check a copy, without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an identical file is recognised, a changed one is not, and a wrong file is explained with the form still there', async ({ page }) => {
    await page.goto('/kiem-tra-van-ban')
    await checkFile(page, 'ban-sao.pdf', SAMPLE)
    const result = page.getByRole('status')
    await expect(result).toContainText('Tệp trùng khớp từng byte với tệp đã đăng trên cổng')
    await expect(result.getByRole('link', { name: '01/QĐ-MAU' })).toBeVisible()
    await expect(result).toContainText(SIGNED_LINE)

    await checkFile(page, 'ban-sao-sua.pdf', changedCopy())
    await expect(page.getByRole('status')).toContainText('Tệp không trùng với tệp nào đang đăng trên cổng')
    await expect(page.getByRole('status')).toContainText('tệp đã bị thay đổi sau khi ký')

    const res = page.waitForResponse((r) => r.url().endsWith('/kiem-tra-van-ban') && r.request().method() === 'POST')
    await checkFile(page, 'ghi-chu.pdf', Buffer.from('Không phải PDF'))
    expect((await res).status()).toBe(422)
    await expect(page.getByRole('alert')).toContainText('tệp không phải PDF')
    // A file over 20 MB gets the page with its error, not a cut connection.
    const big = page.waitForResponse((r) => r.url().endsWith('/kiem-tra-van-ban') && r.request().method() === 'POST')
    await checkFile(page, 'qua-lon.pdf', Buffer.concat([SAMPLE, Buffer.alloc(21 * 1024 * 1024)]))
    expect((await big).status()).toBe(413)
    await expect(page.getByRole('alert')).toContainText('tệp lớn hơn 20 MB')
    // The form is still there, and works again.
    await checkFile(page, 'ban-sao.pdf', SAMPLE)
    await expect(page.getByRole('status')).toContainText('Tệp trùng khớp từng byte')
  })
})
