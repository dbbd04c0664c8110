import fs from 'node:fs'
import path from 'node:path'

import cliProgress from 'cli-progress'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'

import { DatabaseUrlError } from '../cms/database-url'
import { findByNumberSymbol, numberSymbolWhere } from '../cms/collections/LegalDocuments/findByNumberSymbol'
import { KNOWN_NUMBER_KEYS, numberKeyOf } from '../cms/collections/LegalDocuments/hooks/deriveNumberSymbol'
import { PRE_RENDERED, type DerivedFullText } from '../cms/collections/LegalDocuments/hooks/renderFullText'
import { refreshValidityOf } from '../cms/collections/LegalDocuments/validity'
import { type DocumentRecord, listDocumentFiles, readDocumentFile, type RecordError } from '../cms/seed/documentFile'
import { parseNumberSymbol } from '../cms/lib/number-symbol'
import { linkRelations, type ReferenceIds, toDocumentData, upsertDocument, vnDate } from '../cms/seed/upsertDocument'
import { boot } from '../server/boot'
import { bulkCreator } from './lib/import/bulkCreate'
import { attachRecordFiles } from '../cms/seed/attachments'
import { createRenderer } from './lib/import/renderer'

async function references(payload: Payload): Promise<ReferenceIds> {
  const map = async (collection: 'document-types' | 'issuers' | 'fields') => {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true })
    return new Map(docs.map((d) => [d.name, d.id] as [string, number | string]))
  }
  return { documentTypes: await map('document-types'), issuers: await map('issuers'), fields: await map('fields') }
}

type Req = Awaited<ReturnType<typeof createLocalReq>>

/** Begins the batch's transaction (every adapter has them: cms/db.ts turns them on for SQLite). */
async function begin(req: Req): Promise<boolean> {
  return initTransaction(req)
}
async function end(req: Req, began: boolean, ok: boolean) {
  if (began) await (ok ? commitTransaction(req) : killTransaction(req))
}

/** Runs `fn` in one database transaction: a failing document leaves nothing half-written. */
async function inTransaction<T>(payload: Payload, fn: (req: Req) => Promise<T>): Promise<T> {
  return (await inBatchTransaction(payload, {}, fn)).result
}

function fieldOf(err: unknown): string {
  const e = err as { data?: { errors?: { path?: string; message?: string }[] } }
  return e.data?.errors?.[0]?.path ?? '(văn bản)'
}
function reasonOf(err: unknown): string {
  const e = err as { data?: { errors?: { message?: string }[] }; message?: string }
  return e.data?.errors?.[0]?.message ?? e.message ?? String(err)
}

type Data = NonNullable<ReturnType<typeof toDocumentData>['data']>
interface Item {
  record: DocumentRecord
  file: string
  data: Data
  key: string
  issuer: string
}

/** A document holding a number key (the key is unique together with the issuer). */
interface Entry {
  id: number | string
  numberSymbol: string
  issuer: string
}

/** Documents written per database transaction: a failing batch is redone one document per transaction. */
const BATCH = 200

/** Runs `fn` in one transaction on a fresh request carrying `context`; rolls back if it throws. */
async function inBatchTransaction<T>(payload: Payload, context: Record<string, unknown>, fn: (req: Req) => Promise<T>): Promise<{ result: T; req: Req }> {
  const req = await createLocalReq({ context }, payload)
  const began = await begin(req)
  try {
    const result = await fn(req)
    await end(req, began, true)
    return { result, req }
  } catch (err) {
    await end(req, began, false)
    throw err
  }
}

/** `npm run import -- <file or folder>`: upserts documents (JSON or Markdown with front matter) by number-symbol. */
export async function runImport(target: string, payload: Payload, options: { progress?: boolean; batchSize?: number; worker?: boolean; bulk?: boolean } = {}) {
  const started = Date.now()
  const files = listDocumentFiles(target)
  const errors: RecordError[] = []
  const records: { record: DocumentRecord; file: string }[] = []
  for (const file of files) {
    const r = readDocumentFile(file)
    errors.push(...r.errors)
    records.push(...r.records.map((record) => ({ record, file })))
  }
  const refs = await references(payload)
  const bar = options.progress === false ? null : new cliProgress.SingleBar({ format: 'Nhập văn bản [{bar}] {value}/{total} · {eta_formatted} còn lại', hideCursor: true }, cliProgress.Presets.shades_classic)
  bar?.start(records.length, 0)
  const batchSize = Math.max(1, options.batchSize ?? BATCH)
  // Creates go through the bulk path on SQL adapters (same hooks and rows, no read-back); updates,
  // and every write on other adapters, through the Local API as an editor's save does.
  const bulk = options.bulk === false ? null : bulkCreator(payload, 'legal-documents')
  const renderer = createRenderer({ worker: options.worker ?? records.length >= 2 * batchSize })
  let created = 0
  let updated = 0
  const imported: DocumentRecord[] = []
  // Documents whose relations are linked after all documents exist (targets not yet there, updates).
  const deferred: DocumentRecord[] = []
  const touched = new Set<string | number>()
  // number key → every document holding it (one per issuer) that this import created or found.
  const known = new Map<string, Entry[]>()

  const items: Item[] = []
  for (const { record, file } of records) {
    const { data, errors: refErrors } = toDocumentData(record, refs, file)
    if (!data) {
      errors.push(...refErrors)
      bar?.increment()
      continue
    }
    // The files a record names are uploaded (or found again by SHA-256) before its document is written.
    if (record.attachments?.length) Object.assign(data, { attachments: await attachRecordFiles(payload, record, file) })
    items.push({ record, file, data, key: numberKeyOf(record.numberSymbol, record.issuedAt), issuer: String(data.issuer) })
  }
  const batches: Item[][] = []
  for (let i = 0; i < items.length; i += batchSize) batches.push(items.slice(i, i + batchSize))
  // The next batch's full texts are parsed (in the worker) while this batch is written.
  const render = (batch: Item[] | undefined) => (batch && bulk ? renderer.render(batch.map((it) => it.data.fullText)) : Promise.resolve([]))
  let rendering = render(batches[0])

  /** Resolves a relation target as findByNumberSymbol does, inside the transaction; null when absent. */
  async function resolveTarget(raw: string, req: Req, overlay: Map<string, Entry[]>): Promise<number | string | null> {
    const parsed = parseNumberSymbol(raw)
    if (!parsed) return null
    // One holder: that one. Several issuers with this number: the most recent, as findByNumberSymbol.
    const holders = parsed.year ? (overlay.get(parsed.key) ?? known.get(parsed.key)) : undefined
    if (holders?.length === 1) return holders[0]!.id
    const { docs } = await payload.find({ collection: 'legal-documents', where: numberSymbolWhere(raw)!, sort: '-issuedAt', limit: 1, depth: 0, draft: false, overrideAccess: true, select: { numberKey: true }, pagination: false, req })
    return docs[0]?.id ?? null
  }

  /** Writes some items in one transaction; throws (and rolls back) if any of them fails. */
  async function writeBatch(batch: Item[], rendered: Map<string, DerivedFullText>) {
    const overlay = new Map<string, Entry[]>()
    const outcomes: { item: Item; outcome: 'created' | 'updated'; created?: Awaited<ReturnType<NonNullable<typeof bulk>['create']>>; targets: (number | string)[]; deferred: boolean }[] = []
    await inBatchTransaction(payload, { seed: true, skipValidityCascade: true, [PRE_RENDERED]: rendered }, (req) =>
      writeItems(req).catch((err: unknown) => {
        // Rolled back: the child rows held for this batch must not reach the next one.
        bulk?.discard()
        throw err
      }),
    )
    async function writeItems(req: Req) {
      // The keys of the whole batch that already exist: one query instead of one per document.
      const missing = [...new Set(batch.map((it) => it.key).filter((k) => !known.has(k)))]
      if (missing.length) {
        const { docs } = await payload.find({ collection: 'legal-documents', where: { numberKey: { in: missing } }, depth: 0, pagination: false, overrideAccess: true, select: { numberKey: true, numberSymbol: true, issuer: true }, req })
        for (const k of missing) overlay.set(k, [])
        for (const d of docs) if (d.numberKey) overlay.get(d.numberKey)?.push({ id: d.id, numberSymbol: d.numberSymbol, issuer: String(typeof d.issuer === 'object' ? d.issuer.id : d.issuer) })
      }
      const keys = new Map([...known, ...overlay])
      req.context[KNOWN_NUMBER_KEYS] = keys
      // Copies, so a batch rolled back leaves `known` as it was.
      const hold = (item: Item, entry: Entry) => {
        const list = [...(keys.get(item.key) ?? []), entry]
        keys.set(item.key, list)
        overlay.set(item.key, list)
      }
      for (const item of batch) {
        const existing = keys.get(item.key)?.find((e) => e.issuer === item.issuer)
        if (existing || !bulk) {
          // The Local API reads and rewrites documents: the held child rows must be there first.
          await bulk?.flush(req)
          const outcome = await upsertDocument(payload, item.data, item.key, req)
          if (outcome === 'created') {
            const { docs } = await payload.find({ collection: 'legal-documents', where: { and: [{ numberKey: { equals: item.key } }, { issuer: { equals: item.data.issuer } }] }, limit: 1, depth: 0, pagination: false, overrideAccess: true, select: { numberSymbol: true }, req })
            if (docs[0]) hold(item, { id: docs[0].id, numberSymbol: docs[0].numberSymbol, issuer: item.issuer })
          }
          outcomes.push({ item, outcome, targets: [], deferred: Boolean(item.record.relations?.length) })
          continue
        }
        // Relations to documents that exist already are saved with the document (as an editor
        // would enter them); otherwise they are linked once every document exists.
        let data: Data & { relations?: unknown[] } = item.data
        const targets: (number | string)[] = []
        let defer = false
        if (item.record.relations?.length) {
          const relations = []
          for (const r of item.record.relations) {
            const target = await resolveTarget(r.target, req, overlay)
            if (target === null) {
              defer = true
              break
            }
            targets.push(target)
            relations.push({ type: r.type as 'cites', target: target as number, article: r.article, effectiveAt: vnDate(r.effectiveAt) })
          }
          if (!defer) data = { ...data, relations }
          else targets.length = 0
        }
        const result = await bulk.create(data, req)
        // In the batch's transaction: the audit entry and the change-feed entry commit with the rows.
        await bulk.afterChange(result, req)
        hold(item, { id: result.id, numberSymbol: String(result.doc.numberSymbol), issuer: item.issuer })
        outcomes.push({ item, outcome: 'created', created: result, targets, deferred: defer })
      }
      await bulk?.flush(req)
    }
    // Committed: record the outcome (the change feed tells every server process).
    for (const [k, v] of overlay) known.set(k, v)
    for (const o of outcomes) {
      if (o.outcome === 'created') created++
      else updated++
      imported.push(o.item.record)
      for (const t of o.targets) touched.add(t)
      if (o.deferred) deferred.push(o.item.record)
    }
  }

  try {
    for (let b = 0; b < batches.length; b++) {
      const batch = batches[b]!
      const texts = await rendering
      rendering = render(batches[b + 1])
      const rendered = new Map<string, DerivedFullText>()
      // Keyed by the text as given (the save's hook) and as stored (the citations after it).
      batch.forEach((it, i) => {
        const derived = texts[i]
        if (!derived) return
        rendered.set(it.data.fullText, derived)
        rendered.set(derived.fullText, derived)
      })
      try {
        await writeBatch(batch, rendered)
      } catch {
        // Redo the batch one document per transaction: the bad record is reported with its
        // reason, the others still land, and none is ever half-written.
        for (const item of batch) {
          try {
            await writeBatch([item], rendered)
          } catch (err) {
            errors.push({ file: item.file, field: fieldOf(err), reason: reasonOf(err) })
          }
        }
      }
      bar?.increment(batch.length)
    }
  } finally {
    await renderer.close()
  }
  bar?.stop()
  // Relations pointing at documents that did not exist yet are linked once all exist; then
  // validity is recomputed once per target.
  for (const record of deferred) {
    const find = (raw: string) => findByNumberSymbol(payload, raw, { publicOnly: false })
    const { errors: relErrors } = await inTransaction(payload, () => linkRelations(payload, record, find, { cascade: false }))
    for (const e of relErrors) errors.push({ file: record.numberSymbol, field: 'relations', reason: e })
    for (const r of record.relations ?? []) {
      const t = await find(r.target)
      if (t) touched.add(t.id)
    }
  }
  await refreshValidityOf(payload, [...touched])
  const seconds = (Date.now() - started) / 1000
  return { files: files.length, records: records.length, created, updated, failed: errors.length, errors, seconds, perSecond: records.length / Math.max(seconds, 0.001) }
}

async function main(): Promise<void> {
  const target = process.argv[2]
  if (!target || !fs.existsSync(target)) {
    console.error('Cách dùng: npm run import -- <tệp .md/.json hoặc thư mục>')
    process.exit(2)
  }
  const payload = await boot({ seed: false, log: () => undefined })
  const summary = await runImport(path.resolve(target), payload)
  for (const e of summary.errors) console.error(`✗ ${e.file} · ${e.field}: ${e.reason}`)
  console.log(`\nĐã đọc ${summary.files} tệp, ${summary.records} văn bản: ${summary.created} tạo mới, ${summary.updated} cập nhật, ${summary.failed} lỗi — ${summary.seconds.toFixed(1)} s (${summary.perSecond.toFixed(0)} văn bản/s).`)
  await payload.destroy()
  process.exit(summary.failed ? 1 : 0)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(`Lỗi: ${err instanceof DatabaseUrlError ? err.message : (err as Error).message}`)
    process.exit(1)
  })
}
