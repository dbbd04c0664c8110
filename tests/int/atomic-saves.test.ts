import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { seed } from '../../cms/seed'
import { runImport } from '../../scripts/import'
import { checkConsistency } from '../../server/consistency'
import { handleCommentPost } from '../../site/lib/drafts/comment-post'
import { publishDoc, refs, SHORT_TEXT } from '../helpers/documents'
import { commentFields, createOpenDraft, formPost } from '../helpers/drafts'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'
import { runtime } from '../../cms/runtime'

/**
 * Saves are atomic (issue #12): a save that fails leaves nothing behind, and concurrent writers —
 * in this process and in another one on the same SQLite file — all finish, none sees SQLITE_BUSY.
 * On SQLite this needs transactions on in cms/db.ts (Payload leaves them off there).
 */

const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
const sqlite = !url || url.startsWith('file:')
const ROOT = path.resolve(import.meta.dirname, '../..')
const C = 'legal-documents' as const

let t: TestPayload
/** Errors Payload logged (an operator reads them): none may be a busy database. */
const logged: string[] = []
let reference: { documentType: number; issuer: number; fullText: string }
const children = new Set<ChildProcess>()

beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
  // With a text: a published document needs its text or its original file.
  reference = { ...(await refs(t.payload)), fullText: SHORT_TEXT }
  const error = t.payload.logger.error.bind(t.payload.logger)
  vi.spyOn(t.payload.logger, 'error').mockImplementation(((obj: unknown, msg?: string) => {
    logged.push(`${typeof obj === 'string' ? obj : ((obj as { msg?: string })?.msg ?? '')} ${msg ?? ''}`)
    return error(obj as never, msg as never)
  }) as never)
})
// Each test starts consistent, so each one's final check judges its own writes only (without
// atomic saves the first test leaves a row behind, which would otherwise fail the others too).
beforeEach(async () => {
  await checkConsistency(t.payload, { repair: true })
})
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL')
  if (t) await groupingIdle(t.payload)
  runtime().payload = undefined
  await t?.cleanup()
})

const rowsWithSymbol = async (numberSymbol: string) => ({
  main: (await t.payload.db.find({ collection: C, where: { numberSymbol: { equals: numberSymbol } }, pagination: false, limit: 0 })).docs,
  versions: (await t.payload.db.findVersions({ collection: C, where: { 'version.numberSymbol': { equals: numberSymbol } }, pagination: false, limit: 0 })).docs,
})
const errorText = (err: unknown) => `${(err as { code?: string })?.code ?? ''} ${(err as Error)?.message ?? String(err)} ${String((err as { cause?: unknown })?.cause ?? '')}`

describe('a save that fails leaves nothing behind', () => {
  it('a create that fails after its main row was written (a field pointing to a missing record) leaves no row: the number-symbol is free again', async () => {
    const sym = '901/2025/NĐ-CP'
    // Payload does not check that related records exist (only their id type): the main row is
    // inserted, then the relationship row fails on its foreign key.
    const failed = await t.payload
      .create({
        collection: C,
        data: { ...reference, numberSymbol: sym, issuedAt: '2025-02-01T00:00:00+07:00', summary: 'Văn bản lỗi', fields: [987654], workflowState: 'published', _status: 'published' } as never,
        overrideAccess: true,
      })
      .then(() => null, (err: unknown) => err)
    expect(failed).not.toBeNull()
    console.log(`atomic-saves: failed create answered ${(failed as { status?: number }).status ?? '(no status)'}: ${errorText(failed).slice(0, 200)}`)
    expect(await rowsWithSymbol(sym)).toEqual({ main: [], versions: [] })
    // The editor corrects the field and saves again: the number-symbol is free.
    const doc = await publishDoc(t.payload, { numberSymbol: sym, issuedAt: '2025-02-01T00:00:00+07:00' })
    expect(doc.numberSymbol).toBe(sym)
    const r = await checkConsistency(t.payload, { repair: false })
    expect(r.found).toBe(false)
  })

  it('over REST the same mistake is a 400 naming the field, not a 500, and leaves no row', async () => {
    const sym = '903/2025/NĐ-CP'
    const rest = restClient(t.payload, t.key)
    const { token } = await staffToken(t.payload, 'admin')
    const r = await rest('POST', '/legal-documents', { token, body: { ...reference, numberSymbol: sym, issuedAt: '2025-02-03T00:00:00+07:00', summary: 'Văn bản lỗi', fields: [987654], workflowState: 'published', _status: 'published' } })
    expect(r.status, JSON.stringify(r.json)).toBe(400)
    expect(JSON.stringify(r.json)).toContain('fields')
    expect(await rowsWithSymbol(sym)).toEqual({ main: [], versions: [] })
  })

  it('two creates of one number-symbol at once: one document, one version, the other refused naming the number-symbol', async () => {
    const sym = '902/2025/NĐ-CP'
    const create = (summary: string) =>
      t.payload.create({ collection: C, data: { ...reference, numberSymbol: sym, issuedAt: '2025-02-02T00:00:00+07:00', summary, workflowState: 'published', _status: 'published' } as never, overrideAccess: true })
    const results = await Promise.allSettled([create('Lần một'), create('Lần hai')])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(errorText(refused.reason)).not.toMatch(/SQLITE_BUSY|database is locked/i)
    expect((refused.reason as { status?: number }).status).toBe(400)
    const { main, versions } = await rowsWithSymbol(sym)
    expect(main).toHaveLength(1)
    expect(versions).toHaveLength(1)
    expect(versions[0]!.parent).toBe(main[0]!.id)
    expect((await checkConsistency(t.payload, { repair: false })).found).toBe(false)
  })
})

describe.runIf(sqlite)('the connection that runs every write transaction', () => {
  it('commits with the durability cms/db.ts chose (synchronous=NORMAL), not SQLite\'s FULL default', async () => {
    await t.payload.create({ collection: 'holidays', data: { date: '2031-09-02T00:00:00.000Z', name: 'Quốc khánh' } as never })
    const client = (t.payload.db as unknown as { client: { execute: (s: string) => Promise<{ rows: unknown[] }>; __portalTx: { connection: { execute: (s: string) => Promise<{ rows: unknown[] }> } } } }).client
    const level = async (c: { execute: (s: string) => Promise<{ rows: unknown[] }> }) => Object.values((await c.execute('PRAGMA synchronous')).rows[0] as object)[0]
    expect(await level(client.__portalTx.connection)).toBe(1)
    expect(await level(client)).toBe(1)
  })
})

describe('concurrent writers finish, none sees SQLITE_BUSY', () => {
  it('20 comment intakes, an import and admin saves at once', async () => {
    const draft = await createOpenDraft(t.payload)
    const admin = await createUser(t.payload, 'admin')
    const existing = []
    for (let i = 0; i < 8; i++) existing.push(await publishDoc(t.payload, { numberSymbol: `${910 + i}/2025/NĐ-CP`, issuedAt: '2025-02-03T00:00:00+07:00' }))
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-atomic-import-'))
    for (let i = 0; i < 30; i++) {
      fs.writeFileSync(
        path.join(dir, `van-ban-${i}.md`),
        `---\nnumberSymbol: "${1000 + i}/2025/NĐ-CP"\ndocumentType: "Nghị định"\nissuer: "Chính phủ"\nissuedAt: "2025-05-01"\nsummary: "Văn bản nhập số ${i}"\nfields:\n  - "Công nghệ thông tin"\n---\n\nNGHỊ ĐỊNH\nVề việc nhập thử\n\nĐiều 1. Phạm vi\nVăn bản nhập số ${i}.\n\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.\n`,
      )
    }
    const errors: string[] = []
    const watch = <T,>(label: string, p: Promise<T>) => p.catch((err: unknown) => (errors.push(`${label}: ${errorText(err)}`), null))
    const comments = Array.from({ length: 20 }, (_, i) =>
      watch(`góp ý ${i}`, handleCommentPost({ request: formPost(draft.slug!, commentFields()), slug: draft.slug!, ip: `10.9.0.${i + 1}` })),
    )
    const started = Date.now()
    const [commentResults, imported, saves] = await Promise.all([
      Promise.all(comments),
      watch('nhập', runImport(dir, t.payload, { progress: false, batchSize: 10, worker: false })),
      Promise.all(existing.map((d, i) => watch(`lưu ${i}`, t.payload.update({ collection: C, id: d.id, data: { summary: `Trích yếu sửa ${i}` } as never, overrideAccess: false, user: admin })))),
    ])
    const ms = Date.now() - started
    fs.rmSync(dir, { recursive: true, force: true })
    console.log(`atomic-saves: concurrent writers took ${ms} ms`)
    expect(errors).toEqual([])
    expect(logged.filter((l) => /SQLITE_BUSY|database is locked/i.test(l))).toEqual([])
    expect(commentResults.map((r) => r?.kind)).toEqual(Array(20).fill('accepted'))
    const codes = commentResults.map((r) => (r?.kind === 'accepted' ? r.code : ''))
    expect(new Set(codes).size).toBe(20)
    expect((await t.payload.count({ collection: 'comments', where: { draft: { equals: draft.id } }, overrideAccess: true })).totalDocs).toBe(20)
    expect(imported).toMatchObject({ created: 30, failed: 0 })
    expect(saves.every((s) => s !== null)).toBe(true)
    for (const [i, d] of existing.entries()) {
      const latest = await t.payload.findByID({ collection: C, id: d.id, draft: true, overrideAccess: true, depth: 0 })
      expect(latest.summary).toBe(`Trích yếu sửa ${i}`)
    }
    expect((await checkConsistency(t.payload, { repair: false })).found).toBe(false)
  }, 180_000)

  it.runIf(sqlite)('a second process writing the same SQLite file at the same time: both succeed', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/second-writer.ts'], {
      cwd: ROOT,
      env: { ...process.env, PAYLOAD_DB_PUSH: '0', WRITER_COUNT: '15', WRITER_BASE: '3000', WRITER_REFS: JSON.stringify(reference) },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    children.add(child)
    let stderr = ''
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()))
    const lines: Record<string, unknown>[] = []
    const waiters: [string, (v: Record<string, unknown>) => void][] = []
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return
      const e = JSON.parse(line) as Record<string, unknown>
      lines.push(e)
      for (const [name, resolve] of waiters) if (e.e === name) resolve(e)
    })
    const exited = new Promise<never>((_, reject) => child.on('exit', (code) => code !== 0 && reject(new Error(`second writer exited ${code}: ${stderr.slice(-2000)}`))))
    exited.catch(() => undefined)
    const event = (name: string) => Promise.race([new Promise<Record<string, unknown>>((resolve) => (lines.find((l) => l.e === name) ? resolve(lines.find((l) => l.e === name)!) : waiters.push([name, resolve]))), exited])

    await event('ready')
    child.stdin!.write('go\n')
    const mine: (number | string)[] = []
    const myErrors: string[] = []
    for (let i = 0; i < 15; i++) {
      try {
        const doc = await publishDoc(t.payload, { numberSymbol: `${4000 + i}/2025/NĐ-CP`, issuedAt: '2025-04-02T00:00:00+07:00' })
        mine.push(doc.id)
        await t.payload.update({ collection: C, id: doc.id, data: { summary: `Văn bản của tiến trình thứ nhất số ${i} (đã sửa)` } as never, overrideAccess: true })
      } catch (err) {
        myErrors.push(`${i}: ${errorText(err)}`)
      }
    }
    const done = await event('done')
    // Every document either writer was told was created is in the database (a save whose commit
    // failed must fail, never answer with a document that is not there).
    const ids = [...mine, ...(done.created as (number | string)[])]
    const present = await t.payload.db.find({ collection: C, where: { id: { in: ids } }, pagination: false, limit: 0, select: { id: true } as never })
    expect(ids.filter((id) => !present.docs.some((d) => d.id === id)).map((id) => `#${id} answered as created but not in the database`)).toEqual([])
    expect(myErrors).toEqual([])
    expect(done.errors).toEqual([])
    expect(logged.filter((l) => /SQLITE_BUSY|database is locked/i.test(l))).toEqual([])
    expect(mine).toHaveLength(15)
    expect(done.created).toHaveLength(15)
    const theirs = await t.payload.find({ collection: C, where: { numberSymbol: { like: '/2025/NĐ-CP' }, summary: { like: 'tiến trình thứ hai' } }, pagination: false, depth: 0, overrideAccess: true, draft: true })
    expect(theirs.docs.filter((d) => d.summary.endsWith('(đã sửa)'))).toHaveLength(15)
    expect((await checkConsistency(t.payload, { repair: false })).found).toBe(false)
  }, 180_000)
})
