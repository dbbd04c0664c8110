/**
 * Legal-document register benchmark (issue 3). One run:
 *  1. generates N realistic Vietnamese documents (20–80 articles each, relations among them),
 *  2. imports them with `npm run import`'s code into a fresh SQLite database (documents/s),
 *  3. starts the built portal and loads, from a separate process at 32 connections, a static
 *     page served by the same server, document detail pages (cold: uniform over all documents;
 *     realistic: Zipf popularity) and filtered list pages.
 * Prints one JSON object. Usage: npm run bench:documents -- [--count 10000] [--seconds 20] [--import-only] [--keep] [--reuse DIR]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { seed } from '../../cms/seed'
import type { DocumentRecord } from '../../cms/seed/documentFile'
import { siteDistDir } from '../../cms/paths'
import { runImport } from '../../scripts/import'
import { boot } from '../../server/boot'
import { loadFromChild, residentMiB, startServer, stopServer } from '../lib/server'
import { DOCUMENT_TYPES, FIELDS, generateCorpus, ISSUERS, mulberry32 } from '../search/generate'
import { arg } from '../lib/args'

const COUNT = arg('count', 10_000)
const SECONDS = arg('seconds', 20)
const CONCURRENCY = arg('concurrency', 32)
const PORT = 4700

const RELATION_TYPES = ['amends', 'replaces', 'guides', 'details', 'cites', 'basedOn']

function toRecords(): DocumentRecord[] {
  const rand = mulberry32(7)
  const records: DocumentRecord[] = []
  for (const r of generateCorpus({ count: COUNT, seed: 42 })) {
    const fullText = (r.units ?? []).map((u) => `${u.label}. ${u.title}\n${u.text}`).join('\n')
    const record: DocumentRecord = {
      numberSymbol: r.numberSymbol!,
      documentType: r.documentType!,
      issuer: r.issuer!,
      issuedAt: r.date!,
      effectiveAt: r.date!,
      signerName: r.signer,
      summary: r.summary ?? r.title,
      fields: r.fields,
      fullText,
    }
    // About one document in five acts on an earlier one.
    if (records.length > 10 && rand() < 0.2) {
      const target = records[Math.floor(rand() * records.length)]!
      record.relations = [{ type: RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!, target: target.numberSymbol, ...(rand() < 0.5 ? { article: `dieu-${1 + Math.floor(rand() * 20)}` } : {}) }]
    }
    records.push(record)
  }
  return records
}

const REUSE = (() => {
  const i = process.argv.indexOf('--reuse')
  return i > 0 ? process.argv[i + 1] : undefined
})()

const IMPORT_ONLY = process.argv.includes('--import-only')
const KEEP = process.argv.includes('--keep')

async function main() {
  // --reuse DIR: measure the pages again on a data folder a previous run imported (no import figures).
  const dir = REUSE ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-docs-'))
  const env = { DATA_DIR: dir, DATABASE_URL: `file:${path.join(dir, 'bench.db')}` }
  Object.assign(process.env, env)
  const payload = await boot({ seed: false, log: () => undefined })
  const imported = REUSE ? { records: 0, created: 0, failed: 0, seconds: 0, perSecond: 0 } : await importCorpus(payload, dir)
  if (IMPORT_ONLY) {
    // --import-only: the import figures alone (for work on the import path).
    console.log(JSON.stringify({ benchmark: 'documents-import', documents: COUNT, import: { records: imported.records, created: imported.created, failed: imported.failed, seconds: Math.round(imported.seconds * 10) / 10, documentsPerSecond: Math.round(imported.perSecond) } }, null, 2))
    await payload.destroy()
    if (KEEP) console.error(`data folder kept: ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
    process.exit(0)
  }
  const published = await payload.find({ collection: 'legal-documents', where: { workflowState: { equals: 'published' } }, pagination: false, depth: 0, select: { year: true, slug: true } })
  const types = await payload.find({ collection: 'document-types', limit: 100, depth: 0 })
  await payload.destroy()
  await measure(env, dir, imported, published.docs, types.docs)
}

async function importCorpus(payload: Awaited<ReturnType<typeof boot>>, dir: string) {
  await seed(payload, { log: () => undefined })
  // Reference data the generated corpus uses.
  for (const t of DOCUMENT_TYPES) if (!(await payload.count({ collection: 'document-types', where: { name: { equals: t.name } } })).totalDocs) await payload.create({ collection: 'document-types', data: { name: t.name, code: t.code || undefined, normative: t.normative } })
  for (const i of ISSUERS) if (!(await payload.count({ collection: 'issuers', where: { name: { equals: i.name } } })).totalDocs) await payload.create({ collection: 'issuers', data: { name: i.name, abbreviation: i.code } })
  for (const f of FIELDS) if (!(await payload.count({ collection: 'fields', where: { name: { equals: f } } })).totalDocs) await payload.create({ collection: 'fields', data: { name: f } })

  const records = toRecords()
  const importDir = path.join(dir, 'import')
  fs.mkdirSync(importDir)
  for (let i = 0; i < records.length; i += 500) fs.writeFileSync(path.join(importDir, `batch-${String(i / 500).padStart(3, '0')}.json`), JSON.stringify(records.slice(i, i + 500)))
  const imported = await runImport(importDir, payload, { progress: process.stderr.isTTY })
  console.error(`import: ${imported.created} created, ${imported.failed} failed in ${imported.seconds.toFixed(1)} s (${imported.perSecond.toFixed(1)}/s)`)
  return imported
}

async function measure(
  env: Record<string, string>,
  dir: string,
  imported: { records: number; created: number; failed: number; seconds: number; perSecond: number },
  published: { year?: number | null; slug?: string | null }[],
  typeDocs: { id: number | string }[],
) {
  const started = Date.now()
  const server = await startServer(env, PORT)
  // First start to serving: the server answers /healthz (pages are then rendered on request).
  const servingSeconds = Math.round((Date.now() - started) / 100) / 10
  const base = `http://127.0.0.1:${PORT}`
  // The first start builds the search index (a minute of CPU for 10,000 full texts): measure after it.
  // Likewise the stored document pages: the server renders ahead the most read and most recent
  // pages (then only what changes); the others are stored when first read. Both are timed from
  // the server's start.
  const indexStarted = Date.now()
  let searchIndexSeconds = 0
  let pagesStoredSeconds = 0
  for (;;) {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { search?: string; pages?: string }
    const seconds = Math.round((Date.now() - indexStarted) / 100) / 10
    if (health.search === 'ready' && !searchIndexSeconds) searchIndexSeconds = seconds
    if (health.pages === 'ready' && !pagesStoredSeconds) pagesStoredSeconds = seconds
    if (searchIndexSeconds && pagesStoredSeconds) break
    await new Promise((r) => setTimeout(r, 1000))
  }
  const allDetail = published.map((d) => `${base}/van-ban/${d.year}/${d.slug}`)
  const rand = mulberry32(3)
  // Uniform over every document: each request reads a different stored page (from disk, mostly).
  const detailUrls = Array.from({ length: 5000 }, () => allDetail[Math.floor(rand() * allDetail.length)]!)
  // Realistic: popularity follows a Zipf law (a few documents get most readers).
  const weights = allDetail.map((_, i) => 1 / (i + 1))
  const total = weights.reduce((a, b) => a + b, 0)
  const zipfUrls = Array.from({ length: 5000 }, () => {
    let x = rand() * total
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) <= 0) return allDetail[i]!
    return allDetail[0]!
  })
  const listUrls = Array.from({ length: 200 }, () => `${base}/van-ban?type=${typeDocs[Math.floor(rand() * typeDocs.length)]!.id}&year=${2000 + Math.floor(rand() * 27)}`)
  // The static page is a copy of a real detail page, served as a file by the same server.
  const staticFile = path.join(siteDistDir(), 'client', 'bench-static.html')
  fs.writeFileSync(staticFile, await (await fetch(detailUrls[0]!)).text())
  try {
    const load = (urls: string[]) => loadFromChild({ urls, concurrency: CONCURRENCY, durationMs: SECONDS * 1000, warmupMs: 3000 })
    const staticPage = await load([`${base}/bench-static.html`])
    const detailPage = await load(detailUrls)
    // The same uniform mix again: the pages the first pass rendered are now stored.
    const detailPageWarm = await load(detailUrls)
    const detailPageZipf = await load(zipfUrls)
    const listPage = await load(listUrls)
    const dataFolder = dataFolderDisk(dir, published.length)
    const result = {
      benchmark: 'documents',
      documents: COUNT,
      concurrency: CONCURRENCY,
      searchIndexBuildSecondsAtFirstStart: searchIndexSeconds,
      documentPagesStoredSecondsAtFirstStart: pagesStoredSeconds,
      servingSecondsAtFirstStart: servingSeconds,
      pageStore: pageStoreDisk(path.join(dir, 'pages')),
      import: { records: imported.records, created: imported.created, failed: imported.failed, seconds: Math.round(imported.seconds * 10) / 10, documentsPerSecond: Math.round(imported.perSecond) },
      staticPage,
      detailPage,
      detailPageWarm,
      detailPageZipf,
      listPage,
      detailVsStaticThroughput: Math.round((detailPage.requestsPerSecond / staticPage.requestsPerSecond) * 100) / 100,
      detailWarmVsStaticThroughput: Math.round((detailPageWarm.requestsPerSecond / staticPage.requestsPerSecond) * 100) / 100,
      detailZipfVsStaticThroughput: Math.round((detailPageZipf.requestsPerSecond / staticPage.requestsPerSecond) * 100) / 100,
      serverResidentMiB: residentMiB(server.pid!),
      dataFolder,
      goals: {
        detailColdAtLeastHalfStatic: detailPage.requestsPerSecond >= staticPage.requestsPerSecond / 2,
        detailColdP99Under100ms: detailPage.p99 <= 100,
        detailZipfAtLeastHalfStatic: detailPageZipf.requestsPerSecond >= staticPage.requestsPerSecond / 2,
        detailZipfP99Under100ms: detailPageZipf.p99 <= 100,
        importAtLeast200PerSecond: imported.perSecond >= 200,
        dataFolderAtMost100MBPer1000Documents: dataFolder.perThousandDocumentsMB <= 100,
        noFolderOver10000Entries: dataFolder.largestFolderEntries <= 10_000,
      },
    }
    console.log(JSON.stringify(result, null, 2))
  } finally {
    fs.rmSync(staticFile, { force: true })
    stopServer(server)
    await new Promise((r) => setTimeout(r, 2000))
    if (KEEP) console.error(`data folder kept: ${dir} (measure again with --reuse ${dir})`)
    else if (!REUSE) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
  }
  process.exit(0)
}

/**
 * The data folder on disk (issue 19's goal: at most 100 MB per 1,000 documents, attachments
 * aside): the database with its journal, the search index and the stored pages. The folder
 * `import` (the benchmark's input files) and `uploads` (attachments) are not counted.
 */
function dataFolderDisk(dir: string, documents: number) {
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
  const database = fs.readdirSync(dir).filter((n) => /^bench\.db(-wal|-shm|-journal)?$/.test(n)).reduce((sum, n) => sum + fs.statSync(path.join(dir, n)).blocks * 512, 0)
  const searchIndex = pageStoreDisk(path.join(dir, 'search-index'))
  const pages = pageStoreDisk(path.join(dir, 'pages'))
  const total = mb(database) + searchIndex.megabytes + pages.megabytes
  return {
    databaseMB: mb(database),
    searchIndexMB: searchIndex.megabytes,
    pagesMB: pages.megabytes,
    totalMB: Math.round(total * 10) / 10,
    perThousandDocumentsMB: Math.round((total / documents) * 10000) / 10,
    largestFolderEntries: Math.max(fs.readdirSync(dir).length, searchIndex.largestFolderEntries, pages.largestFolderEntries),
  }
}

/** The size on disk of a folder, its file count and the most entries any one of its folders holds. */
function pageStoreDisk(root: string): { megabytes: number; files: number; largestFolderEntries: number } {
  let bytes = 0
  let files = 0
  let largest = 0
  const walk = (folder: string) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true })
    largest = Math.max(largest, entries.length)
    for (const e of entries) {
      const p = path.join(folder, e.name)
      if (e.isDirectory()) walk(p)
      else {
        files++
        bytes += fs.statSync(p).blocks * 512
      }
    }
  }
  if (fs.existsSync(root)) walk(root)
  return { megabytes: Math.round(bytes / 1e5) / 10, files, largestFolderEntries: largest }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
