import { type APIRequestContext, expect, type Page } from '@playwright/test'

import { ADMIN } from './admin'
import { signFormStart } from '../../cms/lib/form-start'

const DAY = 24 * 3600_000

/** The structured text the e2e drafts start with (two chapters, three articles). */
export const E2E_TEXT = `NGHỊ ĐỊNH
Quy định thử nghiệm lấy ý kiến

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định việc thử nghiệm lấy ý kiến trên cổng.

Điều 2. Đối tượng áp dụng
1. Cơ quan nhà nước.
2. Tổ chức, cá nhân có liên quan.

Chương II
THI HÀNH

Điều 3. Hiệu lực
Nghị định có hiệu lực từ ngày 01 tháng 01 năm 2027./.`

async function firstId(request: APIRequestContext, path: string): Promise<number> {
  const res = await request.get(path)
  expect(res.ok(), `${path}: ${res.status()}`).toBe(true)
  return ((await res.json()) as { docs: { id: number }[] }).docs[0]!.id
}

/** Creates and publishes a draft open now through Payload's REST API (the caller is signed in as an administrator). */
export async function apiCreateDraft(request: APIRequestContext, slug: string, overrides: Record<string, unknown> = {}) {
  const agency = await firstId(request, '/api/agencies?limit=1&depth=0')
  const type = await firstId(request, `/api/document-types?where[name][equals]=${encodeURIComponent('Nghị định')}&depth=0`)
  const res = await request.post('/api/drafts', {
    data: {
      title: `Dự thảo Nghị định thử nghiệm ${slug}`,
      slug,
      summary: 'Dự thảo dùng trong kiểm thử tự động.',
      draftingAgency: agency,
      documentType: type,
      fullText: E2E_TEXT,
      receivingUnit: { name: 'Phòng Pháp chế thử nghiệm', email: 'phapche@vidu.gov.vn', address: 'Số 2 đường Ví Dụ, tỉnh Ví Dụ' },
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 20 * DAY).toISOString(),
      _status: 'published',
      ...overrides,
    },
  })
  expect(res.ok(), await res.text()).toBe(true)
  return ((await res.json()) as { doc: { id: number; slug: string } }).doc
}

/** Updates a draft through the REST API (publishing the change). */
export async function apiUpdateDraft(request: APIRequestContext, id: number, data: Record<string, unknown>) {
  const res = await request.patch(`/api/drafts/${id}`, { data: { ...data, _status: 'published' } })
  expect(res.ok(), await res.text()).toBe(true)
}

/** Posts the comment form as a browser would (multipart, same origin, filled long enough ago); returns the response without following the redirect. */
export async function postComment(request: APIRequestContext, baseURL: string, slug: string, fields: Record<string, string>) {
  return request.post(`/du-thao/${slug}`, {
    multipart: {
      fullName: 'Người Thử Nghiệm',
      email: `e2e-${Math.random().toString(36).slice(2, 9)}@example.vn`,
      submitterCategory: 'individual',
      stance: 'agree',
      consent: 'on',
      startedAt: signFormStart(Date.now() - 60_000),
      ...fields,
    },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  })
}

/** Returns the tracking code from a 303 answer of the comment form. */
export function codeOf(location: string | undefined): string {
  const code = /ma=(GY-\d{4}-\d{6})/.exec(location ?? '')?.[1]
  expect(code, `no tracking code in ${location}`).toBeTruthy()
  return code!
}

/** Returns a comment's id from its tracking code (signed in as a moderator or administrator). */
export function commentId(request: APIRequestContext, code: string): Promise<number> {
  return firstId(request, `/api/comments?where[trackingCode][equals]=${code}&depth=0`)
}

/** Sets a comment's moderation fields through the REST API (signed in as a moderator or administrator). */
export async function apiModerate(request: APIRequestContext, code: string, data: Record<string, unknown>) {
  const id = await commentId(request, code)
  const res = await request.patch(`/api/comments/${id}`, { data })
  expect(res.ok(), await res.text()).toBe(true)
  return id
}

/**
 * Signs in to /admin (creating the first administrator if needed) and waits until the session
 * cookie exists, so REST calls made right after carry it. On a cold server the first visit can
 * reach /admin before the client-side redirect to the first-user screen.
 */
export async function signInSession(page: Page, who: { email: string; password: string } = ADMIN): Promise<void> {
  await page.goto('/admin')
  const email = page.locator('#field-email')
  for (let i = 0; i < 60 && !(await email.isVisible()) && !(await hasSession(page)); i++) await page.waitForTimeout(500)
  if (!(await hasSession(page))) {
    await email.fill(who.email)
    await page.locator('#field-password').fill(who.password)
    const confirm = page.locator('#field-confirm-password')
    if (await confirm.isVisible()) await confirm.fill(who.password)
    await page.locator('button[type="submit"]').click()
  }
  await expect.poll(() => hasSession(page), { timeout: 30_000 }).toBe(true)
}

async function hasSession(page: Page): Promise<boolean> {
  return (await page.context().cookies()).some((c) => c.name === 'payload-token')
}
