/**
 * An amendment to a document with 10,000 confirmed followers (issue #17). One run, on the built site:
 *  1. a fresh SQLite portal (seeded) gets N confirmed immediate subscriptions to one document,
 *     written straight into the table (the fixture, not the code under test);
 *  2. the portal starts with its SMTP relay pointed at a local SMTP sink in this process;
 *  3. baseline: readers of a document page for some seconds (p50/p99), nothing queued;
 *  4. an administrator publishes an amendment through the REST API; the same readers meanwhile.
 *     Measured: time until one outbox row per follower is written (queue), until the sink has
 *     received them all (deliver), messages per second, resident memory of the portal (peak).
 * Prints one JSON object. Usage: npx tsx bench/follow/run.ts [--followers 10000] [--seconds 10] [--concurrency 4] [--limit 200] [--port 4750] [--keep 1]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { boot } from '../../server/boot'
import { startSmtpServer } from '../../tests/helpers/smtp'
import { pairKey } from '../../cms/follow/tokens'
import { arg } from '../lib/args'
import { loadFromChild, residentMiB, startServer, stopServer } from '../lib/server'

const FOLLOWERS = arg('followers', 10_000)
const SECONDS = arg('seconds', 10)
const CONCURRENCY = arg('concurrency', 4)
const LIMIT = arg('limit', 200)
/** Longest wait for queueing and delivery before the figures are printed as they stand. */
const MAX_SECONDS = arg('max-seconds', 480)
/** `--keep 1`: leave the data folder (database, server log) in place and print where it is. */
const KEEP = arg('keep', 0) === 1
const PORT = arg('port', 4750)
const SECRET = 'bench-secret-not-for-production'
const ADMIN = { email: 'bench@vidu.gov.vn', password: 'Bench-2026-mat-khau!' }

/** Seeds a portal in `dir` and writes the subscriptions; returns the followed document's id and path, and reference ids. */
async function prepare(dir: string) {
  process.env.DATA_DIR = dir
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
  process.env.PAYLOAD_SECRET = SECRET
  const payload = await boot({ seed: true, log: () => undefined })
  const { docs } = await payload.find({ collection: 'legal-documents', where: { workflowState: { equals: 'published' } }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
  const doc = docs[0]!
  const db = payload.db as unknown as { drizzle: { insert: (t: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }; tables: Record<string, unknown> }
  const now = new Date().toISOString()
  const rows = Array.from({ length: FOLLOWERS }, (_, i) => {
    const email = `theo-doi-${i}@example.vn`
    return { email, target: 'document', document: doc.id, label: `Văn bản ${doc.numberSymbol}`, frequency: 'immediate', confirmed: true, confirmedAt: now, stopped: false, pairKey: pairKey(SECRET, email, `document:${doc.id}:`), createdAt: now, updatedAt: now }
  })
  for (let i = 0; i < rows.length; i += 500) await db.drizzle.insert(db.tables.subscriptions).values(rows.slice(i, i + 500))
  const ref = { documentType: doc.documentType, issuer: doc.issuer }
  // The seeded portal has accounts already: the bench's administrator is added here.
  await payload.create({ collection: 'users', data: { ...ADMIN, role: 'admin', name: 'Quản trị thử tải' } as never, overrideAccess: true })
  await payload.destroy()
  return { id: doc.id, path: `/van-ban/${doc.year}/${doc.slug}`, ref }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-follow-'))
  const target = await prepare(dir)
  let received = 0
  const smtp = await startSmtpServer({ onMail: () => void received++ })
  const server = await startServer(
    {
      DATA_DIR: dir,
      DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
      PAYLOAD_SECRET: SECRET,
      PUBLIC_HOST: 'congthongtin.vidu.gov.vn',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'Cổng thông tin thử <no-reply@vidu.gov.vn>',
      NOTIFY_QUEUE_CRON: '* * * * * *',
      NOTIFY_QUEUE_LIMIT: String(LIMIT),
      API_RATE_LIMIT: '100000000',
    },
    PORT,
    path.join(dir, 'server.log'),
  )
  const base = `http://127.0.0.1:${PORT}`
  let peakRss = residentMiB(server.pid!)
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, residentMiB(server.pid!))), 500)
  try {
    const reg = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base }, body: JSON.stringify(ADMIN) })
    const { token } = (await reg.json()) as { token?: string }
    if (!token) throw new Error(`administrator login: ${reg.status}`)
    const headers = { 'Content-Type': 'application/json', Origin: base, Authorization: `JWT ${token}` }
    const page = `${base}${target.path}`
    const rssBefore = residentMiB(server.pid!)
    const baseline = await loadFromChild({ urls: [page], concurrency: CONCURRENCY, durationMs: SECONDS * 1000, warmupMs: 1000 })

    const t0 = Date.now()
    const created = await fetch(`${base}/api/legal-documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        ...target.ref,
        numberSymbol: `${70000 + Math.floor(Math.random() * 20000)}/2026/NĐ-CP`,
        summary: 'Sửa đổi, bổ sung một số điều (văn bản thử tải)',
        fullText: 'Điều 1. Sửa đổi\nSửa đổi một số điều.',
        issuedAt: new Date().toISOString(),
        relations: [{ type: 'amends', target: target.id }],
        _status: 'published',
      }),
    })
    if (!created.ok) throw new Error(`publish: ${created.status} ${await created.text()}`)
    const publishMs = Date.now() - t0
    let queuedMs: number | null = null
    const watch = (async () => {
      while (queuedMs === null && Date.now() - t0 < MAX_SECONDS * 1000) {
        // A busy server may answer 408 or time out: try again.
        const r = await fetch(`${base}/api/notifications/count?where[kind][equals]=follow`, { headers, signal: AbortSignal.timeout(30_000) })
          .then((res) => (res.ok ? (res.json() as Promise<{ totalDocs: number }>) : null))
          .catch(() => null)
        if (r && r.totalDocs >= FOLLOWERS) queuedMs = Date.now() - t0
        else await new Promise((r) => setTimeout(r, 250))
      }
    })()
    const during = await loadFromChild({ urls: [page], concurrency: CONCURRENCY, durationMs: SECONDS * 1000, warmupMs: 0 })
    const receivedDuringLoad = received
    while (received < FOLLOWERS && Date.now() - t0 < MAX_SECONDS * 1000) await new Promise((r) => setTimeout(r, 200))
    const deliverMs = Date.now() - t0
    await watch
    console.log(
      JSON.stringify(
        {
          benchmark: 'follow-amendment',
          followers: FOLLOWERS,
          notifyQueueLimit: LIMIT,
          publishRequestMs: publishMs,
          queueAllMs: queuedMs,
          maxSeconds: MAX_SECONDS,
          deliverAllMs: received >= FOLLOWERS ? deliverMs : null,
          delivered: received,
          messagesPerSecond: Number((received / (deliverMs / 1000)).toFixed(1)),
          rssMiB: { before: rssBefore, peak: peakRss },
          pageLatency: {
            url: target.path,
            concurrency: CONCURRENCY,
            seconds: SECONDS,
            baseline: { rps: baseline.requestsPerSecond, p50: baseline.p50, p99: baseline.p99, errors: baseline.errors + baseline.non2xx },
            duringFanOutAndDelivery: { rps: during.requestsPerSecond, p50: during.p50, p99: during.p99, errors: during.errors + during.non2xx, messagesDeliveredMeanwhile: receivedDuringLoad },
            ratioP99: Number((during.p99 / Math.max(1, baseline.p99)).toFixed(2)),
          },
        },
        null,
        1,
      ),
    )
  } finally {
    clearInterval(sampler)
    stopServer(server)
    await smtp.close()
    if (KEEP) console.error(`data and server log kept in ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true })
  }
  process.exit(0)
}

if (process.argv[1]?.endsWith('follow/run.ts'))
  main().catch((err: unknown) => {
    console.error(err)
    process.exit(1)
  })
