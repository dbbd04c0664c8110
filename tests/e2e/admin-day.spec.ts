import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Browser, expect, test } from '@playwright/test'

import { signIn } from '../helpers/admin'
import { apiCreateDraft, postComment } from '../helpers/drafts-e2e'

// Sign-ins are limited per address (30 in 5 minutes, cms/auth/throttle.ts) and the whole suite
// signs in from 127.0.0.1: the administrator signs in once here and every context reuses the session.
const ADMIN_STATE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'admin-day-')), 'admin.json')
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext()
  await signIn(await context.newPage())
  await context.storageState({ path: ADMIN_STATE })
  await context.close()
})
const asAdmin = (browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) => browser.newContext({ ...options, storageState: ADMIN_STATE })

/**
 * A civil servant's day in the admin (issue #18). Every admin date is shown dd/mm/yyyy in Vietnam time whatever the browser's time zone: an
 * editor's laptop on UTC or in New York sees Directive 15 issued on 22/05/2012, as the public
 * page and the paper say (before, a UTC browser showed 21/05/2012).
 */
for (const timezoneId of ['UTC', 'America/New_York']) {
  test(`admin dates are Vietnam dates in a browser on ${timezoneId}`, async ({ browser }) => {
    const context = await asAdmin(browser, { timezoneId })
    const page = await context.newPage()
    const { docs } = await (await page.request.get('/api/legal-documents?where[numberSymbol][equals]=15/CT-TTg&limit=1&depth=0')).json()
    const id = docs[0].id
    // The list: the issue-date cell of Directive 15.
    await page.goto(`/admin/collections/legal-documents?where[numberSymbol][equals]=15%2FCT-TTg`)
    const row = page.locator('tbody tr').filter({ hasText: '15/CT-TTg' }).first()
    await expect(row).toContainText('22/05/2012')
    await expect(row).not.toContainText('21/05/2012')
    // The edit form shows the same day.
    await page.goto(`/admin/collections/legal-documents/${id}`)
    await page.waitForLoadState('networkidle')
    await expect(page.locator('#field-issuedAt').getByRole('textbox')).toHaveValue('22/05/2012')
    await context.close()
  })
}

test('each role opens the admin on its own queue, with only what it may do', async ({ browser, baseURL }) => {
  const admin = await asAdmin(browser)
  const page = await admin.newPage()
  const staff = async (role: string, email: string) => {
    const password = 'Mat-khau-e2e-2026!'
    const res = await page.request.post('/api/users', { data: { email, password, role, name: `Tài khoản ${role}` } })
    expect(res.ok(), await res.text()).toBe(true)
    return { email, password }
  }
  const approver = await staff('approver', `phe-duyet-${Date.now()}@vidu.gov.vn`)
  const moderator = await staff('moderator', `kiem-duyet-${Date.now()}@vidu.gov.vn`)
  const editor = await staff('editor', `bien-tap-${Date.now()}@vidu.gov.vn`)
  // One document sent for approval and one comment waiting, as the day brings them.
  const { docs: types } = await (await page.request.get('/api/document-types?where[name][equals]=Quyết định&limit=1')).json()
  const { docs: issuers } = await (await page.request.get('/api/issuers?limit=1')).json()
  const symbol = `${Date.now() % 100000}/QĐ-HC`
  const created = await page.request.post('/api/legal-documents?draft=true', { data: { numberSymbol: symbol, documentType: types[0].id, issuer: issuers[0].id, issuedAt: '2026-11-30T00:00:00.000+07:00', summary: 'Quyết định chờ phê duyệt trong hàng chờ', workflowState: 'inReview', _status: 'draft' } })
  expect(created.ok(), await created.text()).toBe(true)
  const slug = `du-thao-hang-cho-${Date.now()}`
  await apiCreateDraft(page.request, slug)
  const posted = await postComment(page.request, baseURL!, slug, { body: 'Góp ý đang chờ kiểm duyệt trong hàng chờ của kiểm duyệt viên.' })
  expect(posted.status()).toBe(303)

  const dashboardOf = async (who: { email: string; password: string }) => {
    const context = await browser.newContext()
    const p = await context.newPage()
    await signIn(p, who)
    const queues = p.getByRole('region', { name: 'Việc cần xử lý' })
    return { context, page: p, queues }
  }
  const a = await dashboardOf(approver)
  await expect(a.queues.getByRole('link', { name: /^\d+ văn bản chờ phê duyệt$/ })).toBeVisible()
  await expect(a.queues).toContainText(symbol)
  await a.queues.getByRole('link', { name: /văn bản chờ phê duyệt$/ }).click()
  await expect(a.page.locator('tbody')).toContainText(symbol)
  await a.context.close()

  const m = await dashboardOf(moderator)
  await expect(m.queues.getByRole('link', { name: /^\d+ góp ý chờ kiểm duyệt$/ })).toBeVisible()
  await expect(m.queues).toContainText('Góp ý đang chờ kiểm duyệt trong hàng chờ')
  await expect(m.queues).not.toContainText('văn bản chờ phê duyệt')
  await m.context.close()

  const e = await dashboardOf(editor)
  await expect(e.queues).toContainText('văn bản nháp')
  await expect(e.queues).not.toContainText('chờ phê duyệt')
  await expect(e.queues).not.toContainText('chờ kiểm duyệt')
  await e.context.close()
  await admin.close()
})

test('the admin speaks Vietnamese in a browser set to English, and English once the user chooses it', async ({ browser, baseURL }) => {
  const context = await asAdmin(browser, { locale: 'en-US' })
  const page = await context.newPage()
  await page.goto('/admin/collections/legal-documents')
  await expect(page.getByRole('button', { name: 'Tạo mới' }).or(page.getByRole('link', { name: 'Tạo mới' })).first()).toBeVisible()
  await expect(page.getByText('Create New')).toHaveCount(0)
  // Payload's account screen keeps the user's choice in this cookie.
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseURL! }])
  await page.goto('/admin/collections/legal-documents')
  await expect(page.getByRole('button', { name: 'Create New' }).or(page.getByRole('link', { name: 'Create New' })).first()).toBeVisible()
  await context.close()
})
