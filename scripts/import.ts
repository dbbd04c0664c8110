import fs from 'node:fs'
import path from 'node:path'

import cliProgress from 'cli-progress'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { DatabaseUrlError } from '../cms/database-url'
import { findByNumberSymbol } from '../cms/collections/LegalDocuments/findByNumberSymbol'
import { numberKeyOf } from '../cms/collections/LegalDocuments/hooks/deriveNumberSymbol'
import { refreshValidity } from '../cms/collections/LegalDocuments/validity'
import { type DocumentRecord, listDocumentFiles, readDocumentFile, type RecordError } from '../cms/seed/documentFile'
import { linkRelations, type ReferenceIds, toDocumentData, upsertDocument } from '../cms/seed/upsertDocument'
import { boot } from './lib/boot'

async function references(payload: Payload): Promise<ReferenceIds> {
  const map = async (collection: 'document-types' | 'issuers' | 'fields') => {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true })
    return new Map(docs.map((d) => [d.name, d.id] as [string, number | string]))
  }
  return { documentTypes: await map('document-types'), issuers: await map('issuers'), fields: await map('fields') }
}

/** Runs `fn` in one database transaction: a failing document leaves nothing half-written. */
async function inTransaction<T>(payload: Payload, fn: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const started = await initTransaction(req)
  try {
    const result = await fn(req)
    if (started) await commitTransaction(req)
    return result
  } catch (err) {
    if (started) await killTransaction(req)
    throw err
  }
}

function fieldOf(err: unknown): string {
  const e = err as { data?: { errors?: { path?: string; message?: string }[] } }
  return e.data?.errors?.[0]?.path ?? '(văn bản)'
}
function reasonOf(err: unknown): string {
  const e = err as { data?: { errors?: { message?: string }[] }; message?: string }
  return e.data?.errors?.[0]?.message ?? e.message ?? String(err)
}

/** `npm run import -- <file or folder>`: upserts documents (JSON or Markdown with front matter) by number-symbol. */
export async function runImport(target: string, payload: Payload, options: { progress?: boolean } = {}) {
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
  let created = 0
  let updated = 0
  const imported: DocumentRecord[] = []
  for (const { record, file } of records) {
    const { data, errors: refErrors } = toDocumentData(record, refs, file)
    if (!data) errors.push(...refErrors)
    else {
      try {
        const outcome = await inTransaction(payload, (req) => upsertDocument(payload, data, numberKeyOf(record.numberSymbol, record.issuedAt), req))
        if (outcome === 'created') created++
        else updated++
        imported.push(record)
      } catch (err) {
        errors.push({ file, field: fieldOf(err), reason: reasonOf(err) })
      }
    }
    bar?.increment()
  }
  bar?.stop()
  // Relations point at other documents, so they are linked once all exist; then validity is recomputed once per target.
  const touched = new Set<string | number>()
  for (const record of imported) {
    if (!record.relations?.length) continue
    const find = (raw: string) => findByNumberSymbol(payload, raw, { publicOnly: false })
    const { errors: relErrors } = await inTransaction(payload, () => linkRelations(payload, record, find, { cascade: false }))
    for (const e of relErrors) errors.push({ file: record.numberSymbol, field: 'relations', reason: e })
    for (const r of record.relations) {
      const t = await find(r.target)
      if (t) touched.add(t.id)
    }
  }
  for (const id of touched) await refreshValidity(payload, id)
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
