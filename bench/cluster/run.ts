/**
 * One database, two portal processes (issue 12). One run, on the built site:
 *  1. starts instances A and B on one fresh database (SQLite file, or DATABASE_URL=postgres://…);
 *  2. propagation: saves on A at a steady rate (default 20/s) for some seconds; for each save,
 *     the time until B's search page finds the new document, and the same on A itself (the baseline
 *     of the same run: what a single process takes) — p50/p99 and the ratio B/A;
 *  3. imports N documents with `npm run import` while both serve: documents/s, and the time from
 *     the end of the import until the last one is found on both;
 *  4. restarts A with its saved index and measures start-up to ready, against its first start;
 *  5. resident memory of each instance.
 * Prints one JSON object. Usage: npx tsx bench/cluster/run.ts [--count 10000] [--rate 20] [--seconds 20]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { DocumentRecord } from '../../cms/seed/documentFile'
import { fromRoot } from '../../cms/paths'
import { sharedDatabase, startInstance, type Instance } from '../../tests/helpers/instances'
import { residentMiB } from '../lib/server'
import { DOCUMENT_TYPES, FIELDS, generateCorpus, ISSUERS } from '../search/generate'
import { arg, percentileOf } from '../lib/args'

const COUNT = arg('count', 10_000)
const RATE = arg('rate', 20)
const SECONDS = arg('seconds', 20)
const PORT = 4720
const ENV = { API_RATE_LIMIT: '100000000' }

const pct = percentileOf

const running = new Set<Instance>()

/** fetch, tried again once when the connection was closed under it (a kept-alive socket the server let go). */
async function fetchAgain(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch {
    return fetch(url, init)
  }
}
async function main(): Promise<void> {
  const db = await sharedDatabase()
  const t0 = Date.now()
  let a: Instance = await startInstance('a', PORT, db.url, { env: ENV })
  running.add(a)
  const firstStartMs = Date.now() - t0
  const b = await startInstance('b', PORT + 1, db.url, { env: ENV })
  running.add(b)
  const login = await fetch(`${a.url}/api/users/first-register`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: a.url }, body: JSON.stringify({ email: 'bench@vidu.gov.vn', password: 'Bench-2026-mat-khau!', confirmPassword: 'Bench-2026-mat-khau!' }) })
  const registered = (await login.json()) as { token?: string }
  if (!registered.token) throw new Error(`first administrator: ${login.status} ${JSON.stringify(registered)}`)
  const token = registered.token
  const headers = { 'Content-Type': 'application/json', Origin: a.url, Authorization: `JWT ${token}` }
  // The generated corpus's reference data, entered as an administrator would.
  const ensure = async (collection: string, name: string, data: Record<string, unknown>) => {
    const found = (await (await fetch(`${a.url}/api/${collection}?where[name][equals]=${encodeURIComponent(name)}&limit=1`, { headers })).json()) as { totalDocs: number }
    if (!found.totalDocs) await fetch(`${a.url}/api/${collection}`, { method: 'POST', headers, body: JSON.stringify({ name, ...data }) })
  }
  for (const t of DOCUMENT_TYPES) await ensure('document-types', t.name, { code: t.code || undefined, normative: t.normative })
  for (const i of ISSUERS) await ensure('issuers', i.name, { abbreviation: i.code })
  for (const f of FIELDS) await ensure('fields', f, {})
  const refsOf = async (collection: string, name: string) => ((await (await fetch(`${a.url}/api/${collection}?where[name][equals]=${encodeURIComponent(name)}&limit=1`, { headers })).json()) as { docs: { id: number }[] }).docs[0]!.id
  const reference = { documentType: await refsOf('document-types', 'Nghị định'), issuer: await refsOf('issuers', 'Chính phủ') }

  // 2. Propagation at a steady rate: each save publishes a new document; the time until the
  // other instance's public API finds it by its number-symbol (and the same instance's, the baseline).
  // The public search page (the search index, derived state), not the API's database query.
  const found = async (instance: Instance, symbol: string) => {
    const r = await fetchAgain(`${instance.url}/tim-kiem?q=${encodeURIComponent(symbol)}`)
    return (await r.text()).includes(`/van-ban/2026/${symbol.split('/')[0]}-2026-nd-cp`)
  }
  const waitFound = async (instance: Instance, symbol: string, since: number) => {
    while (Date.now() - since < 30_000) {
      if (await found(instance, symbol).catch(() => false)) return Date.now() - since
      await new Promise((r) => setTimeout(r, 25))
    }
    return null
  }
  const onB: number[] = []
  const onA: number[] = []
  let missed = 0
  const pending: Promise<void>[] = []
  const saves = RATE * SECONDS
  const started = Date.now()
  for (let i = 0; i < saves; i++) {
    const due = started + (i * 1000) / RATE
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()))
    const symbol = `${5000 + i}/2026/NĐ-CP`
    const saved = await fetchAgain(`${a.url}/api/legal-documents`, { method: 'POST', headers, body: JSON.stringify({ ...reference, numberSymbol: symbol, issuedAt: '2026-09-01T00:00:00.000+07:00', summary: `Văn bản đo lan truyền số ${i}`, fullText: `Điều 1. Phạm vi\nVăn bản đo lan truyền số ${i}.`, workflowState: 'published', _status: 'published' }) })
    if (!saved.ok) throw new Error(`save ${i}: ${saved.status} ${await saved.text()}`)
    const at = Date.now()
    // Every fifth save is followed on both instances (following all would load the server more than the saves).
    if (i % 5 === 0) {
      pending.push(
        Promise.all([waitFound(b, symbol, at), waitFound(a, symbol, at)]).then(([mb, ma]) => {
          if (mb === null) missed++
          else onB.push(mb)
          if (ma !== null) onA.push(ma)
        }),
      )
    }
  }
  const achievedRate = saves / ((Date.now() - started) / 1000)
  await Promise.all(pending)

  // 3. Import while both serve.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cluster-'))
  const records: DocumentRecord[] = []
  for (const r of generateCorpus({ count: COUNT, seed: 12 })) {
    records.push({ numberSymbol: r.numberSymbol!, documentType: r.documentType!, issuer: r.issuer!, issuedAt: r.date!, effectiveAt: r.date!, summary: r.summary ?? r.title, fields: r.fields, fullText: (r.units ?? []).map((u) => `${u.label}. ${u.title}\n${u.text}`).join('\n') })
  }
  fs.writeFileSync(path.join(dir, 'docs.json'), JSON.stringify(records))
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, DATA_DIR: dir }
  for (const k of ['NODE_ENV', 'PAYLOAD_DB_PUSH']) delete env[k]
  const importStart = Date.now()
  const run = spawnSync(fromRoot('node_modules/.bin/tsx'), ['scripts/import.ts', path.join(dir, 'docs.json')], { cwd: fromRoot(), env, encoding: 'utf8' })
  const importEnd = Date.now()
  if (run.status !== 0) throw new Error(`import: ${run.stderr}${run.stdout}`)
  const last = records.at(-1)!.numberSymbol
  const searchable = async (instance: Instance) => {
    for (;;) {
      const r = await fetchAgain(`${instance.url}/api/v1/documents?q=${encodeURIComponent(last)}&limit=1`)
      const text = await r.text()
      if (text.includes(last)) return Date.now() - importEnd
      if (Date.now() - importEnd > 600_000) return null
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  const [searchableA, searchableB] = await Promise.all([searchable(a), searchable(b)])
  const rss = { a: residentMiB(a.proc.pid!), b: residentMiB(b.proc.pid!) }

  // 4. Restart A with its saved index.
  await a.stop('SIGTERM')
  const r0 = Date.now()
  a = await startInstance('a', PORT, db.url, { dataDir: a.dataDir, env: ENV })
  running.add(a)
  const restartMs = Date.now() - r0

  await Promise.all([a.stop(), b.stop()])
  await db.drop()
  fs.rmSync(dir, { recursive: true, force: true })
  const p = (xs: number[]) => ({ p50: pct(xs, 50), p99: pct(xs, 99) })
  console.log(
    JSON.stringify(
      {
        database: db.url.startsWith('postgres') ? 'postgres' : 'sqlite',
        propagation: { savesPerSecond: Number(achievedRate.toFixed(1)), followed: onB.length + missed, missed, otherInstanceMs: p(onB), sameInstanceMs: p(onA), ratioP99: onA.length && onB.length ? Number((pct(onB, 99)! / Math.max(1, pct(onA, 99)!)).toFixed(2)) : null },
        import: { documents: COUNT, seconds: Number(((importEnd - importStart) / 1000).toFixed(1)), perSecond: Math.round(COUNT / ((importEnd - importStart) / 1000)), searchableAfterImportMs: { a: searchableA, b: searchableB } },
        startup: { firstStartMs, restartWithSnapshotMs: restartMs, ratio: Number((restartMs / firstStartMs).toFixed(2)), documents: COUNT + 9 },
        rssMiB: rss,
      },
      null,
      1,
    ),
  )
  process.exit(0)
}

main().catch(async (err: unknown) => {
  console.error(err)
  await Promise.all([...running].map((i) => i.stop('SIGKILL')))
  process.exit(1)
})
