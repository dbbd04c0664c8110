import { expect, type Page } from '@playwright/test'

export const ADMIN = { email: 'quantri@vidu.gov.vn', password: 'Mat-khau-e2e-2026!' }

/** Signs in to /admin (creating the first administrator through Payload's own screen if needed). */
export async function signIn(page: Page, who = ADMIN): Promise<void> {
  await page.context().clearCookies()
  await page.goto('/admin')
  // Right after start /admin may render before redirecting: wait for one of the three screens.
  await page.waitForURL(/\/admin\/(create-first-user|login)|\/admin\/?$/)
  await page.locator('#field-email, nav').first().waitFor()
  await page.waitForLoadState('networkidle')
  if (page.url().includes('/create-first-user')) {
    // The first account becomes the administrator, and its screen says so.
    await expect(page.locator('#field-role')).toContainText('Quản trị viên')
    await page.locator('#field-email').fill(who.email)
    await page.locator('#field-password').fill(who.password)
    await page.locator('#field-confirm-password').fill(who.password)
    await page.locator('button[type="submit"]').click()
  } else if (page.url().includes('/login')) {
    await page.locator('#field-email').fill(who.email)
    await page.locator('#field-password').fill(who.password)
    await page.locator('button[type="submit"]').click()
  }
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** Picks an option in a Payload relationship field (react-select) by typing its label. */
export async function pickRelationship(page: Page, field: string, text: string): Promise<void> {
  const container = page.locator(`#field-${field}`)
  await container.locator('.rs__control').click()
  await page.keyboard.type(text)
  // The option named exactly `text`: "Chính phủ" must not pick "Ban Cơ yếu Chính phủ", whichever the list shows first.
  await page.locator('.rs__option', { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }).first().click()
}

/** Types a date (dd/mm/yyyy) into a Payload date field. */
export async function fillDate(page: Page, field: string, ddmmyyyy: string): Promise<void> {
  const input = page.locator(`#field-${field} input`).first()
  await input.click()
  await input.fill(ddmmyyyy)
  await input.press('Enter')
}

/** Creates a staff account with a role, as the signed-in administrator (Payload's REST API, same origin). */
export async function createStaff(page: Page, role: 'editor' | 'approver' | 'moderator', email: string, password = 'Mat-khau-e2e-2026!'): Promise<{ email: string; password: string }> {
  await signIn(page)
  const res = await page.request.post('/api/users', { data: { email, password, role, name: `Tài khoản ${role}` } })
  if (!res.ok() && res.status() !== 400) throw new Error(`cannot create ${role}: ${res.status()} ${await res.text()}`)
  return { email, password }
}

/** Picks an option of a Payload select field (react-select) by its visible label. */
export async function pickSelect(page: Page, field: string, label: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

/** Opens a new legal document in the admin and fills its required attributes. */
export async function fillNewDocument(page: Page, doc: { numberSymbol: string; type: string; issuer: string; summary: string; issuedAt: string; effectiveAt?: string }): Promise<void> {
  await page.goto('/admin/collections/legal-documents/create')
  await page.waitForLoadState('networkidle')
  await page.locator('#field-numberSymbol').fill(doc.numberSymbol)
  await pickRelationship(page, 'documentType', doc.type)
  await pickRelationship(page, 'issuer', doc.issuer)
  await page.locator('#field-summary').fill(doc.summary)
  await fillDate(page, 'issuedAt', doc.issuedAt)
  if (doc.effectiveAt) await fillDate(page, 'effectiveAt', doc.effectiveAt)
}
