/**
 * Two portal processes on one database (a SQLite file under `npm test`, PostgreSQL in CI):
 * whatever one of them, the import or a crash does, both converge on the database within
 * seconds. Real processes (scripts/start.ts on the built site), real HTTP, real SIGKILL.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fromRoot } from '../../cms/paths'
import { sharedDatabase, startInstance, within, type Instance } from '../helpers/instances'
import { nginxAvailable, PORTAL_NAME, request, startProxy } from '../helpers/proxy'

const PORT_A = Number(process.env.CLUSTER_PORT ?? 4611)
const ADMIN = { email: 'quantri-cum@vidu.gov.vn', password: 'Mat-khau-cum-2026!' }
/** The nightly validity refresh, every few seconds here (VALIDITY_REFRESH_CRON), to see it run once. */
const REFRESH_EVERY = 3
const JOBS_ENV = { VALIDITY_REFRESH_CRON: `*/${REFRESH_EVERY} * * * * *` }

let db: Awaited<ReturnType<typeof sharedDatabase>>
let a: Instance
let b: Instance
let token = ''

async function api(instance: Instance, method: string, pathname: string, body?: unknown): Promise<{ status: number; json: any }> {
  const r = await fetch(`${instance.url}/api${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: instance.url, ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: r.status, json: await r.json().catch(() => null) }
}

const text = async (instance: Instance, pathname: string) => {
  const r = await fetch(`${instance.url}${pathname}`)
  return { status: r.status, body: await r.text() }
}

/** What a reader of `instance` finds of a document: search hit, list entry, page status, feed item. */
async function seen(instance: Instance, words: string, slug: string) {
  const [search, list, page, feed] = await Promise.all([
    text(instance, `/tim-kiem?q=${encodeURIComponent(words)}`),
    text(instance, '/van-ban'),
    text(instance, `/van-ban/2026/${slug}`),
    text(instance, '/rss/van-ban.xml'),
  ])
  return { search: search.body.includes(slug), list: list.body.includes(slug), page: page.status, feed: feed.body.includes(slug) }
}

async function refs(instance: Instance) {
  const types = await api(instance, 'GET', '/document-types?where[name][equals]=Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh&limit=1')
  const issuers = await api(instance, 'GET', '/issuers?where[name][equals]=Ch%C3%ADnh%20ph%E1%BB%A7&limit=1')
  return { documentType: types.json.docs[0].id, issuer: issuers.json.docs[0].id }
}

async function publish(instance: Instance, number: number, summary: string) {
  const r = await api(instance, 'POST', '/legal-documents', {
    ...(await refs(instance)),
    numberSymbol: `${number}/2026/NĐ-CP`,
    issuedAt: '2026-06-01T00:00:00.000+07:00',
    summary,
    fullText: `Điều 1. Phạm vi\n${summary}.`,
    workflowState: 'published',
    _status: 'published',
  })
  expect(r.status, JSON.stringify(r.json)).toBe(201)
  return r.json.doc.id as number | string
}

beforeAll(async () => {
  db = await sharedDatabase()
  // A builds its first index in a child process (as a large corpus would), answering meanwhile.
  a = await startInstance('a', PORT_A, db.url, { env: { SEARCH_BUILD_CHILD_MIN: '0', ...JOBS_ENV } })
  // B starts on the database A has migrated and seeded.
  b = await startInstance('b', PORT_A + 1, db.url, { env: JOBS_ENV })
  const first = await api(a, 'POST', '/users/first-register', { ...ADMIN, confirmPassword: ADMIN.password })
  expect(first.status, JSON.stringify(first.json)).toBeLessThan(300)
  token = first.json.token
}, 400_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await db?.drop()
})

describe('two instances on one database', () => {
  it('build a first index off the serving process when asked to (a large corpus)', async () => {
    expect(a.output.join('')).toContain('trong một tiến trình riêng')
    expect((await text(a, `/tim-kiem?q=${encodeURIComponent('chữ ký số')}`)).body).toContain('15-ct-ttg')
  })

  it('run the scheduled jobs in exactly one of them: the validity refresh once per tick, never twice', async () => {
    const health = await Promise.all([a, b].map(async (i) => (await (await fetch(`${i.url}/healthz`)).json()) as { feed: { jobs: boolean } }))
    expect(health.map((h) => h.feed.jobs).sort()).toEqual([false, true])
    const runner = health[0]!.feed.jobs ? a : b
    const other = runner === a ? b : a
    // Both run Payload's scheduler on the refresh's schedule (every REFRESH_EVERY s here).
    const runs = (i: Instance) => (i.output.join('').match(/Cập nhật tình trạng hiệu lực theo lịch/g) ?? []).length
    const before = { runner: runs(runner), other: runs(other) }
    const started = Date.now()
    await new Promise((r) => setTimeout(r, 4.5 * REFRESH_EVERY * 1000))
    const ticks = Math.ceil((Date.now() - started) / (REFRESH_EVERY * 1000))
    const during = { runner: runs(runner) - before.runner, other: runs(other) - before.other }
    expect(during.other).toBe(0)
    expect(during.runner).toBeGreaterThanOrEqual(3)
    expect(during.runner).toBeLessThanOrEqual(ticks)
  })

  it('publish on A: B’s search, list, page and feed show it within 5 s; withdraw on B: gone from A within 5 s', async () => {
    const id = await publish(a, 71, 'Quy định về cụm máy chủ thử nghiệm đồng bộ')
    const shown = await within(5000, async () => {
      const s = await seen(b, 'cụm máy chủ thử nghiệm đồng bộ', '71-2026-nd-cp')
      return s.search && s.list && s.page === 200 && s.feed
    }, 'published on A, seen on B')
    expect(shown).toBeLessThan(5000)

    const w = await api(b, 'PATCH', `/legal-documents/${id}`, { workflowState: 'withdrawn', withdrawnReason: 'Đăng nhầm (thử hai máy chủ)', _status: 'published' })
    expect(w.status, JSON.stringify(w.json)).toBe(200)
    const gone = await within(5000, async () => {
      const s = await seen(a, 'cụm máy chủ thử nghiệm đồng bộ', '71-2026-nd-cp')
      return !s.search && !s.list && s.page === 410 && !s.feed
    }, 'withdrawn on B, gone from A')
    expect(gone).toBeLessThan(5000)
  })

  it('documents loaded with `npm run import` while both serve are searchable on both within 5 s, with no restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-import-'))
    const records = [0, 1, 2].map((i) => ({
      numberSymbol: `${81 + i}/2026/NĐ-CP`,
      documentType: 'Nghị định',
      issuer: 'Chính phủ',
      issuedAt: `2026-07-0${i + 1}`,
      summary: `Quy định về lưu trữ nhập lô thử nghiệm số ${i}`,
      fullText: `Điều 1. Phạm vi\nLưu trữ nhập lô thử nghiệm số ${i}.`,
    }))
    fs.writeFileSync(path.join(dir, 'docs.json'), JSON.stringify(records))
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-import-')) }
    for (const k of ['NODE_ENV', 'PAYLOAD_DB_PUSH', 'VITEST']) delete env[k]
    const run = spawnSync(fromRoot('node_modules/.bin/tsx'), ['scripts/import.ts', dir], { cwd: fromRoot(), env, encoding: 'utf8' })
    expect(run.status, run.stderr + run.stdout).toBe(0)
    for (const instance of [a, b]) {
      const ms = await within(5000, async () => (await text(instance, `/tim-kiem?q=${encodeURIComponent('lưu trữ nhập lô thử nghiệm')}`)).body.includes('83-2026-nd-cp'), `import seen on ${instance.name}`)
      expect(ms).toBeLessThan(5000)
    }
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('a withdrawal followed by a SIGKILL within 1 s stays withdrawn after the restart: no search result, list, feed or page', async () => {
    const id = await publish(a, 91, 'Quy định về kho dữ liệu khôi phục sau sự cố')
    const manifest = path.join(a.dataDir, 'search-index', 'manifest.json')
    const savedBefore = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0
    // A saves its index a few seconds after a change: wait until the saved index holds the document.
    await within(20_000, async () => fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs > savedBefore, 'index saved with the document')
    expect((await seen(a, 'kho dữ liệu khôi phục sau sự cố', '91-2026-nd-cp')).search).toBe(true)

    const w = await api(a, 'PATCH', `/legal-documents/${id}`, { workflowState: 'withdrawn', withdrawnReason: 'Thu hồi (thử sự cố)', _status: 'published' })
    expect(w.status).toBe(200)
    await new Promise((r) => setTimeout(r, 500))
    await a.stop('SIGKILL')
    a = await startInstance('a', PORT_A, db.url, { dataDir: a.dataDir, env: JOBS_ENV })
    const s = await seen(a, 'kho dữ liệu khôi phục sau sự cố', '91-2026-nd-cp')
    expect(s).toEqual({ search: false, list: false, page: 410, feed: false })
  })

  it('hold one API limit of 120 requests a minute across both together', async () => {
    const call = (i: Instance) => fetch(`${i.url}/api/v1/documents?limit=1`).then((r) => ({ status: r.status, retry: r.headers.get('retry-after') }))
    const first = [...(await Promise.all(Array.from({ length: 60 }, () => call(a)))), ...(await Promise.all(Array.from({ length: 60 }, () => call(b))))]
    expect(first.filter((r) => r.status === 200)).toHaveLength(120)
    const over = await Promise.all([call(a), call(b)])
    expect(over.map((r) => r.status)).toEqual([429, 429])
    expect(Number(over[0]!.retry)).toBeGreaterThan(0)
  })

  it('serve behind the documented nginx configuration: HTTPS with HSTS, HTTP redirected, and readers still served when one instance dies', async () => {
    // CI installs nginx; on a machine without it this says what is missing rather than passing.
    expect(nginxAvailable, 'nginx is not installed: apt-get install nginx').toBe(true)
    const proxy = await startProxy([PORT_A, PORT_A + 1], PORT_A + 10, PORT_A + 11)
    try {
      const health = await request(proxy.httpsPort, '/healthz')
      expect(health.status).toBe(200)
      expect(String(health.headers['strict-transport-security'])).toMatch(/max-age=\d+/)
      const redirect = await fetch(`http://127.0.0.1:${proxy.httpPort}/van-ban?x=1`, { redirect: 'manual', headers: { Host: PORTAL_NAME } })
      expect(redirect.status).toBe(301)
      expect(redirect.headers.get('location')).toBe(`https://${PORTAL_NAME}:${proxy.httpsPort}/van-ban?x=1`)
      const list = await request(proxy.httpsPort, '/van-ban')
      expect(list.status).toBe(200)
      await b.stop('SIGKILL')
      const answers = await Promise.all(Array.from({ length: 20 }, () => request(proxy.httpsPort, '/van-ban/2012/15-ct-ttg').then((r) => r.status)))
      expect(answers).toEqual(Array(20).fill(200))
    } finally {
      await proxy.stop()
    }
  })
})
