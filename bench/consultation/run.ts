/**
 * A consultation with thousands of comments (issues 13 and 18). One run, on the built site:
 *  1. a fresh SQLite portal (seeded) gets N published comments (default 10,000) on the sample
 *     draft, spread over its articles, written straight into the table (the fixture, not the
 *     code under test);
 *  2. the draft page's size, plain and gzip-compressed, and an article's comment page;
 *  3. 20 concurrent readers of that draft page for some seconds: p50/p99, while /healthz is
 *     asked every 100 ms (its latency during the load); the baseline of the same run is the same
 *     load on the other seeded draft, which has no comments.
 * Prints one JSON object. Usage: npx tsx bench/consultation/run.ts [--comments 10000] [--seconds 15] [--concurrency 20]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { boot } from '../../server/boot'
import { residentMiB, loadFromChild, startServer, stopServer } from '../lib/server'
import { arg, percentileOf } from '../lib/args'

const COMMENTS = arg('comments', 10_000)
const SECONDS = arg('seconds', 15)
const CONCURRENCY = arg('concurrency', 20)
const PORT = 4740
const BIG = 'du-thao-nghi-dinh-quan-ly-cong-thong-tin-dien-tu'
const SMALL = 'du-thao-quy-dinh-quan-ly-diem-trong-giu-xe-cong-cong'
const SECRET = 'bench-secret-not-for-production'

const pct = (xs: number[], p: number) => percentileOf(xs, p) ?? 0

/** Seeds a portal in `dir` and writes the comments; returns the draft's articles. */
export async function prepare(dir: string): Promise<{ anchors: string[]; payload: Awaited<ReturnType<typeof boot>> }> {
  process.env.DATA_DIR = dir
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET = SECRET
  const payload = await boot({ seed: true, log: () => undefined })
  const { docs } = await payload.find({ collection: 'drafts', where: { slug: { equals: BIG } }, limit: 1, depth: 0, overrideAccess: true })
  const draft = docs[0]!
  const version = await payload.find({ collection: 'draft-versions', where: { draft: { equals: draft.id } }, sort: '-number', limit: 1, depth: 0, overrideAccess: true })
  const articles = ((version.docs[0] as { articles?: { anchor: string; label: string }[] } | undefined)?.articles ?? []).map((a) => ({ anchor: a.anchor, label: a.label }))
  const db = payload.db as unknown as { drizzle: { insert: (t: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }; tables: Record<string, unknown> }
  const year = new Date().getFullYear()
  const start = Date.now() - COMMENTS * 1000
  const rows = Array.from({ length: COMMENTS }, (_, i) => {
    const a = i % 7 === 0 || !articles.length ? null : articles[i % articles.length]!
    const at = new Date(start + i * 1000).toISOString()
    return {
      trackingCode: `GY-${year}-${String(900000 + i).padStart(6, '0')}`,
      trackingYear: year,
      trackingSequence: 900000 + i,
      draft: draft.id,
      draftVersion: 1,
      article: a?.anchor ?? null,
      articleLabel: a?.label ?? null,
      status: 'published',
      fullName: `Người góp ý ${i}`,
      email: `gop-y-${i}@example.vn`,
      showName: i % 2 === 0,
      submitterCategory: 'individual',
      stance: ['agree', 'disagree', 'partlyAgree'][i % 3],
      body: `Ý kiến số ${i}: đề nghị làm rõ trách nhiệm cập nhật thông tin trên cổng, thời hạn công bố và cách thức tiếp nhận phản hồi của người dân, doanh nghiệp.`,
      exactKey: `bench-${i}`,
      consentAt: at,
      createdAt: at,
      updatedAt: at,
    }
  })
  for (let i = 0; i < rows.length; i += 500) await db.drizzle.insert(db.tables.comments).values(rows.slice(i, i + 500))
  return { anchors: articles.map((a) => a.anchor), payload }
}

async function measure(url: string): Promise<{ bytes: number; gzipBytes: number; ms: number }> {
  const t0 = Date.now()
  const plain = Buffer.from(await (await fetch(url, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer())
  const ms = Date.now() - t0
  // fetch decompresses by itself: ask with node:http to see what travels.
  const gz = await new Promise<Buffer>((resolve, reject) => {
    import('node:http').then(({ default: http }) =>
      http
        .get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve(Buffer.concat(chunks)))
        })
        .on('error', reject),
    )
  })
  if (gz.length && gz[0] === 0x1f) zlib.gunzipSync(gz)
  return { bytes: plain.length, gzipBytes: gz.length, ms }
}

/** Load on `url` while /healthz is timed every 100 ms. */
async function loadWithHealth(base: string, url: string) {
  let running = true
  const health: number[] = []
  const probe = (async () => {
    while (running) {
      const t0 = performance.now()
      await fetch(`${base}/healthz`).then((r) => r.arrayBuffer()).catch(() => undefined)
      health.push(performance.now() - t0)
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  const load = await loadFromChild({ urls: [url], concurrency: CONCURRENCY, durationMs: SECONDS * 1000, warmupMs: 1000 })
  running = false
  await probe
  return { requestsPerSecond: load.requestsPerSecond, p50: load.p50, p99: load.p99, errors: load.errors + load.non2xx, healthzMs: { p50: Math.round(pct(health, 50)), p99: Math.round(pct(health, 99)), max: Math.round(Math.max(...health)) } }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-consultation-'))
  const { anchors, payload } = await prepare(dir)
  await payload.destroy()
  const server = await startServer({ DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, 'bench.db')}`, PAYLOAD_SECRET: SECRET }, PORT)
  try {
    const base = `http://127.0.0.1:${PORT}`
    const big = `${base}/du-thao/${BIG}`
    const small = `${base}/du-thao/${SMALL}`
    const page = await measure(big)
    const articlePage = await measure(`${big}/y-kien?dieu=${anchors[1] ?? 'chung'}`)
    const baseline = await loadWithHealth(base, small)
    const loaded = await loadWithHealth(base, big)
    console.log(
      JSON.stringify(
        {
          benchmark: 'consultation-page',
          comments: COMMENTS,
          draftPage: { ...page, goalAtMost200KB: page.bytes <= 200 * 1024 },
          articleCommentsPage: articlePage,
          concurrency: CONCURRENCY,
          seconds: SECONDS,
          baselineNoComments: baseline,
          withComments: loaded,
          ratioP99: Number((loaded.p99 / Math.max(1, baseline.p99)).toFixed(2)),
          rssMiB: residentMiB(server.pid!),
        },
        null,
        1,
      ),
    )
  } finally {
    await stopServer(server)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  process.exit(0)
}

if (process.argv[1]?.endsWith("consultation/run.ts")) main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
