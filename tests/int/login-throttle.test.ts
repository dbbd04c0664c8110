/**
 * Sign-in throttling as an attacker meets it, through Payload's REST sign-in (the admin's form
 * uses the same endpoint): no account can be locked from elsewhere, one address cannot spray
 * many accounts, and the answers never tell whether an account exists.
 */
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IP_LIMIT, PAIR_FREE } from '../../cms/auth/throttle'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'

let t: TestPayload
let rest: ReturnType<typeof restClient>
const ADMIN = { email: 'quantri-dangnhap@vidu.gov.vn', password: 'Mat-khau-quan-tri-2026!' }

beforeAll(async () => {
  t = await createTestPayload()
  rest = restClient(t.payload, t.key)
  await t.payload.create({ collection: 'users', data: { ...ADMIN, role: 'admin' } as never, overrideAccess: true })
})
afterAll(async () => {
  await t?.cleanup()
})

const login = (email: string, password: string, ip: string) => rest('POST', '/users/login', { body: { email, password }, headers: { 'x-portal-client-ip': ip } })

describe('sign-in throttling', () => {
  it('an attacker hammering the administrator from one address does not lock the administrator out', async () => {
    const answers = []
    for (let i = 0; i < 20; i++) answers.push(await login(ADMIN.email, `sai-${i}`, '203.0.113.7'))
    // The first failures are ordinary; then that address waits for that account.
    expect(answers.slice(0, PAIR_FREE).every((a) => a.status === 401)).toBe(true)
    expect(answers.at(-1)!.status).toBe(429)
    expect(JSON.stringify(answers.at(-1)!.json)).toMatch(/thử lại sau/)
    // Even the right password waits from the attacker's address…
    expect((await login(ADMIN.email, ADMIN.password, '203.0.113.7')).status).toBe(429)
    // …while the administrator signs in from the office.
    const office = await login(ADMIN.email, ADMIN.password, '198.51.100.20')
    expect(office.status).toBe(200)
    expect(office.json.token).toBeTruthy()
  })

  it('a wrong password and an unknown account get the same answer', async () => {
    const wrong = await login(ADMIN.email, 'khong-dung', '198.51.100.30')
    const unknown = await login('khong-ton-tai@vidu.gov.vn', 'khong-dung', '198.51.100.30')
    expect(wrong.status).toBe(unknown.status)
    expect(wrong.json).toEqual(unknown.json)
    // Also once throttled: the pair (unknown account, address) waits exactly like a real one.
    let last = unknown
    for (let i = 0; i < PAIR_FREE + 2; i++) last = await login('khong-ton-tai@vidu.gov.vn', 'khong-dung', '198.51.100.31')
    let lastReal = wrong
    for (let i = 0; i < PAIR_FREE + 2; i++) lastReal = await login(ADMIN.email, 'khong-dung', '198.51.100.32')
    expect(last.status).toBe(429)
    expect(lastReal.status).toBe(429)
  })

  it('one address cannot try many accounts', async () => {
    const statuses: number[] = []
    for (let i = 0; i < IP_LIMIT + 30; i++) statuses.push((await login(`nguoi-${i}@vidu.gov.vn`, 'doan-mo', '192.0.2.99')).status)
    expect(statuses.slice(0, IP_LIMIT).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(IP_LIMIT).every((s) => s === 429)).toBe(true)
  })

  it('the limit is kept in the database: a new server process on the same database still enforces it', async () => {
    const config = t.payload.config
    const second = await getPayload({ config, key: `${t.key}-second` })
    const rest2 = restClient(second, `${t.key}-second`)
    try {
      const r = await rest2('POST', '/users/login', { body: { email: ADMIN.email, password: ADMIN.password }, headers: { 'x-portal-client-ip': '203.0.113.7' } })
      expect(r.status).toBe(429)
    } finally {
      // Closed before the test database is dropped (a forced drop would end its connections mid-use).
      ;(second.db as unknown as { pool?: { on: (e: string, f: () => void) => void } }).pool?.on('error', () => undefined)
      await second.destroy().catch(() => undefined)
    }
  })
})
