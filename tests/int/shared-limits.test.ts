/**
 * Rate limits kept in the database: two portal instances (two Payload instances, each with its
 * own connection) on ONE database enforce one limit together, as a client meets it through the
 * open-data API and the comment form. Runs on SQLite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { sql } from '@payloadcms/db-sqlite/drizzle'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { IP_LIMIT } from '../../cms/auth/throttle'
import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { LIMITS_TABLE } from '../../cms/limits'
import { sqliteWrite } from '../../cms/limits/sqlite-store'
import { seed } from '../../cms/seed'
import { handleApiRequest } from '../../site/lib/api/dispatch'
import { handleCommentPost, type CommentPostResult } from '../../site/lib/drafts/comment-post'
import { commentFields, createOpenDraft, formPost } from '../helpers/drafts'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { runtime } from '../../cms/runtime'

const ORIGIN = 'http://cong.test'
let t: TestPayload
let A: Payload
let B: Payload
let slug: string

beforeAll(async () => {
  process.env.PUBLIC_HOST = ORIGIN
  delete process.env.API_RATE_LIMIT
  t = await createTestPayload()
  A = t.payload
  await seed(A, { log: () => undefined })
  slug = (await createOpenDraft(A)).slug!
  // A second server process on the same database: its own Payload instance and connection.
  B = await getPayload({ config: A.config, key: `${t.key}-b` })
})
afterAll(async () => {
  for (const p of [A, B]) if (p) await groupingIdle(p)
  runtime().payload = undefined
  delete process.env.PUBLIC_HOST
  delete process.env.API_RATE_LIMIT
  for (const name of ['COMMENT_RATE_LIMIT_IP', 'COMMENT_RATE_LIMIT_EMAIL']) delete process.env[name]
  if (B) {
    // Closed before the test database is dropped (a forced drop would end its connections mid-use).
    ;(B.db as unknown as { pool?: { on: (e: string, f: () => void) => void } }).pool?.on('error', () => undefined)
    await B.destroy().catch(() => undefined)
  }
  await t?.cleanup()
})

/** Makes `p` the Payload instance the site's code uses (what each server process has), synchronously. */
const on = (p: Payload) => {
  runtime().payload = p
}

/** One API request to instance `p` from client address `ip` (the instance is taken before the first await). */
function api(p: Payload, ip: string): Promise<Response> {
  on(p)
  return handleApiRequest(new Request(`${ORIGIN}/api/v1/openapi.json`), ip)
}

async function comment(p: Payload, ip: string, fields: Record<string, string> = commentFields()): Promise<CommentPostResult> {
  on(p)
  return handleCommentPost({ request: formPost(slug, fields), slug, ip })
}

/** Every key stored in the limits table. */
async function storedKeys(p: Payload): Promise<string[]> {
  if (p.db.name === 'postgres') {
    const pool = (p.db as unknown as { pool: { query: (q: string) => Promise<{ rows: { key: string }[] }> } }).pool
    return (await pool.query(`SELECT key FROM ${LIMITS_TABLE}`)).rows.map((r) => r.key)
  }
  const rows = await sqliteWrite(p, (db) => db.all(sql`SELECT key FROM ${sql.identifier(LIMITS_TABLE)}`))
  return (rows as { key: string }[]).map((r) => r.key)
}

/** Drops the limits table (a database that cannot count). SQLite: after background writes, in a write turn, retried while locked. */
async function dropLimitsTable(): Promise<void> {
  if (A.db.name === 'postgres') {
    await (A.db as unknown as { pool: { query: (q: string) => Promise<unknown> } }).pool.query(`DROP TABLE ${LIMITS_TABLE}`)
    return
  }
  for (const p of [A, B]) await groupingIdle(p)
  for (let attempt = 0; ; attempt++) {
    try {
      await sqliteWrite(A, (db) => db.all(sql.raw(`DROP TABLE "${LIMITS_TABLE}"`)))
      return
    } catch (err) {
      if (attempt > 30 || !/LOCKED|BUSY/.test(String((err as { cause?: unknown }).cause ?? err))) throw err
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

describe('the open-data API limit (API_RATE_LIMIT, 120 a minute) is one limit across instances', () => {
  it('60 requests on A and 60 on B are allowed; the 121st is refused on either, with Retry-After', async () => {
    const ip = '203.0.113.10'
    const answers: Response[] = []
    for (let i = 0; i < 60; i++) answers.push(await api(A, ip))
    for (let i = 0; i < 60; i++) answers.push(await api(B, ip))
    expect(answers.map((r) => r.status)).toEqual(Array(120).fill(200))
    // B's first answer already counts A's 60.
    expect(answers[60]!.headers.get('x-ratelimit-remaining')).toBe('59')
    expect(answers[119]!.headers.get('x-ratelimit-remaining')).toBe('0')
    for (const p of [A, B]) {
      const refused = await api(p, ip)
      expect(refused.status).toBe(429)
      const wait = Number(refused.headers.get('retry-after'))
      expect(wait).toBeGreaterThanOrEqual(1)
      expect(wait).toBeLessThanOrEqual(60)
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
    }
    // Another client is not affected, on either instance.
    expect((await api(B, '203.0.113.11')).status).toBe(200)
    expect((await api(A, '203.0.113.11')).status).toBe(200)
  })

  it('a burst of 130 requests at once, spread over both instances, gets exactly 120 answers', async () => {
    const ip = '203.0.113.20'
    const all = await Promise.all(Array.from({ length: 130 }, (_, i) => api(i % 2 ? B : A, ip)))
    const statuses = all.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(120)
    expect(statuses.filter((s) => s === 429)).toHaveLength(10)
  })
})

describe('the comment form limits are one limit across instances', () => {
  it('per address (COMMENT_RATE_LIMIT_IP=4/600): 2 comments on A and 2 on B, the 5th refused on either with Retry-After', async () => {
    process.env.COMMENT_RATE_LIMIT_IP = '4/600'
    try {
      const ip = '198.51.100.40'
      const kinds = []
      for (const p of [A, B, A, B]) kinds.push((await comment(p, ip)).kind)
      expect(kinds).toEqual(['accepted', 'accepted', 'accepted', 'accepted'])
      for (const p of [A, B]) {
        const r = await comment(p, ip)
        if (r.kind !== 'rejected') throw new Error(`expected a refusal, got ${r.kind}`)
        expect(r.status).toBe(429)
        expect(Number(r.headers['Retry-After'])).toBeGreaterThan(500)
        expect(r.errors[0]!.message).toMatch(/Bạn đã gửi quá nhiều yêu cầu.*Vui lòng thử lại sau 10 phút/)
        expect(r.values.body).toBeTruthy()
      }
      expect((await comment(B, '198.51.100.41')).kind).toBe('accepted')
    } finally {
      delete process.env.COMMENT_RATE_LIMIT_IP
    }
  })

  it('per e-mail (COMMENT_RATE_LIMIT_EMAIL=3/3600) from changing addresses, across A and B; the address is not stored in clear', async () => {
    process.env.COMMENT_RATE_LIMIT_EMAIL = '3/3600'
    try {
      const email = 'nhieu-noi@example.vn'
      const kinds = []
      for (const [i, p] of [A, B, A].entries()) kinds.push((await comment(p, `198.51.100.${50 + i}`, commentFields({ email, body: `Ý kiến số ${i} về phạm vi` }))).kind)
      expect(kinds).toEqual(['accepted', 'accepted', 'accepted'])
      // The same person, upper-cased, from yet another address, on the other instance.
      const r = await comment(B, '198.51.100.60', commentFields({ email: email.toUpperCase(), body: 'Ý kiến thứ tư' }))
      if (r.kind !== 'rejected') throw new Error(`expected a refusal, got ${r.kind}`)
      expect(r.status).toBe(429)
      expect(Number(r.headers['Retry-After'])).toBeGreaterThan(3000)
      const keys = await storedKeys(A)
      expect(keys.length).toBeGreaterThan(0)
      expect(keys.join('\n')).not.toMatch(/example\.vn|nhieu-noi|198\.51\.100|203\.0\.113/)
    } finally {
      delete process.env.COMMENT_RATE_LIMIT_EMAIL
    }
  })
})

describe('sign-in throttle (cms/auth/throttle.ts, collection login-attempts)', () => {
  it('one address trying many accounts at once through both instances gets at most IP_LIMIT answers', async () => {
    const ip = '192.0.2.77'
    const restA = restClient(A, t.key)
    const restB = restClient(B, `${t.key}-b`)
    const tries = Array.from({ length: IP_LIMIT + 30 }, (_, i) =>
      (i % 2 ? restB : restA)('POST', '/users/login', { body: { email: `thu-${i}@vidu.gov.vn`, password: 'doan-mo' }, headers: { 'x-portal-client-ip': ip } }),
    )
    const statuses = (await Promise.all(tries)).map((r) => r.status)
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true)
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(IP_LIMIT)
    // And afterwards, on either instance, the address waits.
    expect((await restB('POST', '/users/login', { body: { email: 'khac@vidu.gov.vn', password: 'x' }, headers: { 'x-portal-client-ip': ip } })).status).toBe(429)
  })
})

describe('when the database cannot count', () => {
  it('the API still answers (no 500), limits in memory on each instance, and says so in the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    process.env.API_RATE_LIMIT = '2'
    try {
      await dropLimitsTable()
      const ip = '203.0.113.90'
      const onA = [await api(A, ip), await api(A, ip), await api(A, ip)].map((r) => r.status)
      expect(onA).toEqual([200, 200, 429])
      expect(warn.mock.calls.flat().join(' ')).toMatch(/\[limits\] giới hạn "api": cơ sở dữ liệu không trả lời/)
    } finally {
      process.env.API_RATE_LIMIT = '120'
      warn.mockRestore()
    }
  })
})
