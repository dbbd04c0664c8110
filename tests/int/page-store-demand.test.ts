/**
 * Document pages stored when first asked for (issue 19): only the most read and most recent are
 * rendered ahead; a change re-renders the stored pages it touches, whichever process made it; a
 * new build makes the stored pages stale without rendering them all again at start; the store
 * keeps no more than 256 entries a folder and discards a store in the earlier flat layout.
 *
 * The renderer here is a real HTTP server standing in for the Astro site: like site/middleware.ts
 * it stores what it renders under the page's current fingerprint, and it counts its renders.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { startPageService, type PageServiceHandle } from '../../server/page-store'
import { PageStore } from '../../server/page-store/store'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'

const HOST = 'cong.vidu.gov.vn'
const ROOT = path.resolve(import.meta.dirname, '../..')
let t: TestPayload
let pages: PageServiceHandle
let dir: string
let dist: string
let renderer: http.Server
let rendererUrl: string
const renders = new Map<string, number>()
const docs: { id: number | string; year?: number | null; slug?: string | null }[] = []
const saved = { PAGES_AHEAD: process.env.PAGES_AHEAD, DIST_DIR: process.env.DIST_DIR }

const pathOf = (d: { year?: number | null; slug?: string | null }) => `/van-ban/${d.year}/${d.slug}`
const rendered = (p: string) => renders.get(p) ?? 0

/** Starts the service as scripts/start.ts does, rendering ahead through the test renderer. */
async function start(): Promise<void> {
  pages = startPageService(t.payload, { dir, hosts: [HOST], warm: rendererUrl })
  await pages.loaded
  await pages.idle()
  await pages.store.flush()
}

/** What server/server.ts does for a reader: the stored page when current, else a render (which stores it). */
async function read(p: string): Promise<{ from: 'store' | 'render'; body: string }> {
  const fingerprint = pages.fingerprint(p)
  expect(fingerprint).toBeTruthy()
  const stored = await pages.get(HOST, p, fingerprint!)
  if (stored) return { from: 'store', body: stored.body.toString() }
  const body = await (await fetch(`${rendererUrl}${p}`, { headers: { host: HOST } })).text()
  await pages.store.flush()
  return { from: 'render', body }
}

/** Waits for the change feed to bring the changes in and for the re-renders they caused (twice: a save may announce more than one change). */
async function caughtUp() {
  for (let i = 0; i < 2; i++) {
    await pages.graph.settled()
    await pages.idle()
    await pages.store.flush()
    await new Promise((r) => setTimeout(r, 300))
  }
}

/** The paths rendered since `before` (a copy of `renders`). */
const renderedSince = (before: Map<string, number>) => [...renders].filter(([p, n]) => n > (before.get(p) ?? 0)).map(([p]) => p)

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-demand-'))
  // A build of its own: its entry file's time is the build id the fingerprints carry.
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-dist-'))
  fs.mkdirSync(path.join(dist, 'server'))
  fs.writeFileSync(path.join(dist, 'server', 'entry.mjs'), '')
  fs.utimesSync(path.join(dist, 'server', 'entry.mjs'), new Date('2026-01-01'), new Date('2026-01-01'))
  process.env.DIST_DIR = dist
  process.env.PAGES_AHEAD = '1'
  renderer = http.createServer((req, res) => {
    const p = req.url ?? '/'
    const n = rendered(p) + 1
    renders.set(p, n)
    const body = `<p>${p} lần dựng ${n}</p>`
    const fingerprint = pages.fingerprint(p)
    // (fetch cannot set Host: the page is stored for the portal's name, as a reader's request would be.)
    if (fingerprint) pages.put(HOST, p, fingerprint, { status: 200, headers: [['content-type', 'text/html; charset=utf-8']], body: Buffer.from(body) })
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(body)
  })
  await new Promise<void>((r) => renderer.listen(0, '127.0.0.1', r))
  rendererUrl = `http://127.0.0.1:${(renderer.address() as { port: number }).port}`
  for (let i = 0; i < 4; i++) docs.push(await publishDoc(t.payload, { numberSymbol: `${40 + i}/2026/NĐ-CP`, issuedAt: `2026-11-2${i + 1}T00:00:00+07:00` }))
  await start()
  await caughtUp()
}, 300_000)

afterAll(async () => {
  await pages?.close()
  await new Promise((r) => renderer?.close(r))
  await t?.cleanup()
  for (const d of [dir, dist]) if (d) fs.rmSync(d, { recursive: true, force: true })
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

describe('document pages stored on first request', () => {
  it('renders ahead only the most recent page at start, not every document', async () => {
    expect(pages.state()).toBe('ready')
    expect(pages.graph.paths().length).toBeGreaterThanOrEqual(4)
    // PAGES_AHEAD=1: the most recently issued document, and nothing else.
    const newest = pages.graph.recent(1)
    expect(newest).toHaveLength(1)
    expect([...renders.keys()]).toEqual(newest)
    expect((await read(newest[0]!)).from).toBe('store')
  })

  it('stores a page the first time it is asked for and serves it from the store after', async () => {
    const p = pathOf(docs[0]!)
    expect(rendered(p)).toBe(0)
    const first = await read(p)
    expect(first).toEqual({ from: 'render', body: `<p>${p} lần dựng 1</p>` })
    const again = await read(p)
    expect(again).toEqual({ from: 'store', body: `<p>${p} lần dựng 1</p>` })
    expect(rendered(p)).toBe(1)
  })

  it('re-renders a stored page when its document changes, and leaves pages nobody asked for alone', async () => {
    const p = pathOf(docs[0]!)
    const before = pages.fingerprint(p)
    await t.payload.update({ collection: 'legal-documents', id: docs[0]!.id, data: { summary: 'Trích yếu đã sửa' }, overrideAccess: true })
    await t.payload.update({ collection: 'legal-documents', id: docs[1]!.id, data: { summary: 'Văn bản chưa ai đọc, đã sửa' }, overrideAccess: true })
    await caughtUp()
    expect(pages.fingerprint(p)).not.toBe(before)
    expect(rendered(p)).toBeGreaterThanOrEqual(2)
    // Rendered again in the background: the reader gets the new render from the store.
    expect(await read(p)).toEqual({ from: 'store', body: `<p>${p} lần dựng ${rendered(p)}</p>` })
    // Never asked for, never stored: rendered when someone first reads it.
    expect(rendered(pathOf(docs[1]!))).toBe(0)
  })

  it('re-renders a stored page changed by another process, through the change feed', async () => {
    const p = pathOf(docs[0]!)
    const before = pages.fingerprint(p)
    const count = rendered(p)
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/second-editor.ts'], {
      cwd: ROOT,
      env: { ...process.env, PAYLOAD_DB_PUSH: '0', EDIT_ID: String(docs[0]!.id), EDIT_SUMMARY: 'Sửa từ tiến trình khác' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()))
    const code = await new Promise<number | null>((r) => child.on('exit', r))
    expect(stderr.split('\n').filter((l) => l.startsWith('second-editor'))).toEqual([])
    expect(code).toBe(0)
    await caughtUp()
    expect(pages.fingerprint(p)).not.toBe(before)
    expect(rendered(p)).toBeGreaterThan(count)
    expect(await read(p)).toEqual({ from: 'store', body: `<p>${p} lần dựng ${rendered(p)}</p>` })
  }, 300_000)

  it('after a new build, treats the stored pages as stale and renders ahead only the most read one', async () => {
    const [read1, read2] = [pathOf(docs[0]!), pathOf(docs[2]!)]
    // docs[0] is the most read page; docs[2] is stored too, read once.
    await read(read1)
    expect((await read(read2)).from).toBe('render')
    const stale = pages.fingerprint(read2)!
    await pages.close()
    const before = new Map(renders)
    fs.utimesSync(path.join(dist, 'server', 'entry.mjs'), new Date('2026-02-01'), new Date('2026-02-01'))
    await start()
    // At start: one page rendered ahead (the most read), not every stored page.
    expect(renderedSince(before)).toEqual([read1])
    expect(await read(read1)).toEqual({ from: 'store', body: `<p>${read1} lần dựng ${rendered(read1)}</p>` })
    // The other stored page was made by the old build: kept on disk but never served again.
    expect(pages.fingerprint(read2)).not.toBe(stale)
    expect(pages.store.fingerprintOf(`${HOST}${read2}`)).toBe(stale)
    expect(await read(read2)).toEqual({ from: 'render', body: `<p>${read2} lần dựng ${rendered(read2)}</p>` })
    expect(await read(read2)).toEqual({ from: 'store', body: `<p>${read2} lần dựng ${rendered(read2)}</p>` })
  }, 120_000)

  it('keeps pages in folders by hash prefix, never one folder for all', async () => {
    const entries = fs.readdirSync(dir)
    expect(entries.filter((e) => e.endsWith('.html') || e.endsWith('.gz'))).toEqual([])
    const file = pages.store.file(`${HOST}${pathOf(docs[0]!)}`)
    expect(path.basename(path.dirname(file))).toMatch(/^[0-9a-f]{2}$/)
    expect(path.dirname(path.dirname(file))).toBe(dir)
    // Kept compressed only (issue 19's data folder); a reader without gzip gets it decompressed.
    expect(fs.existsSync(`${file}.gz`)).toBe(true)
    expect(fs.existsSync(file)).toBe(false)
    expect(entries.filter((e) => /^[0-9a-f]{2}$/.test(e)).length).toBeGreaterThan(0)
  })

  it('discards a store in the earlier flat layout and stores anew in folders', async () => {
    const flat = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-flat-'))
    try {
      fs.writeFileSync(path.join(flat, 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3.html'), '<p>cũ</p>')
      fs.writeFileSync(path.join(flat, 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3.html.gz'), 'x')
      fs.writeFileSync(path.join(flat, 'pages.log'), `${JSON.stringify({ key: `${HOST}/van-ban/2020/cu`, fingerprint: 'f', status: 200, headers: [], gzip: true })}\n`)
      const store = new PageStore(flat)
      store.open()
      expect(store.has(`${HOST}/van-ban/2020/cu`)).toBe(false)
      await store.discarded
      expect(fs.readdirSync(flat).filter((e) => e.endsWith('.html') || e.endsWith('.gz'))).toEqual([])
      store.put(`${HOST}/van-ban/2020/moi`, 'g', { status: 200, headers: [], body: Buffer.from('<p>mới</p>') })
      await store.flush()
      await store.close()
      // Reopened in the new layout: nothing is discarded again.
      const reopened = new PageStore(flat)
      reopened.open()
      expect((await reopened.get(`${HOST}/van-ban/2020/moi`, 'g'))?.body.toString()).toBe('<p>mới</p>')
      await reopened.close()
    } finally {
      fs.rmSync(flat, { recursive: true, force: true })
    }
  })
})
