import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fromRoot } from '../../cms/paths'
import { DERIVED_FOLDERS, UPLOAD_FOLDERS } from '../../scripts/lib/backup'
import { createTestPayload, type TestPayload } from '../helpers/payload'

/**
 * `npm run backup` / `npm run restore` as an operator runs them: real scripts in child processes
 * against the test's database (SQLite, or PostgreSQL with TEST_DATABASE_URL) and data folder.
 */

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function script(name: 'backup' | 'restore', args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(fromRoot('node_modules/.bin/tsx'), [fromRoot(`scripts/${name}.ts`), ...args], {
      cwd: fromRoot(),
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

// A real 1×1 PNG and a minimal PDF: the upload hooks check the type from the bytes.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082', 'hex')
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\n0000000000 65535 f \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n9\n%%EOF\n')

let t: TestPayload
let restored: Payload | undefined
let backups: string
let dataDir: string
beforeAll(async () => {
  t = await createTestPayload()
  dataDir = process.env.DATA_DIR!
  backups = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backups-'))
})
afterAll(async () => {
  if (restored) await stopPortal(restored).catch(() => undefined)
  await t?.cleanup()
  if (backups) fs.rmSync(backups, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('backs up the folder of every upload collection Payload has', () => {
    const fromConfig = Object.fromEntries(
      t.payload.config.collections.filter((c) => c.upload).map((c) => [c.slug, path.resolve((c.upload as { staticDir: string }).staticDir)]),
    )
    const fromBackup = Object.fromEntries(Object.entries(UPLOAD_FOLDERS).map(([slug, folder]) => [slug, path.join(dataDir, folder)]))
    expect(fromBackup).toEqual(fromConfig)
  })

  it('brings back content and uploaded files exactly, refusing bad archives, a running portal and occupied data', async () => {
    const payload = t.payload
    // Content as an editor leaves it: an image, a news item showing it, a comment's attachment.
    const media = await payload.create({ collection: 'media', data: { alt: 'Ảnh trụ sở ủy ban' }, file: { data: PNG, name: 'tru-so.png', mimetype: 'image/png', size: PNG.length }, overrideAccess: true })
    const news = await payload.create({ collection: 'news', data: { title: 'Khánh thành trụ sở mới', category: 'news', image: media.id, _status: 'published' } as never, overrideAccess: true })
    const attachment = await payload.create({ collection: 'comment-files', data: {}, file: { data: PDF, name: 'gop-y.pdf', mimetype: 'application/pdf', size: PDF.length }, overrideAccess: true })
    const before = {
      news: await payload.findByID({ collection: 'news', id: news.id, depth: 0, overrideAccess: true }),
      media: await payload.findByID({ collection: 'media', id: media.id, depth: 0, overrideAccess: true }),
      attachment: await payload.findByID({ collection: 'comment-files', id: attachment.id, depth: 0, overrideAccess: true }),
      newsCount: (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs,
    }
    const imageFile = path.join(dataDir, 'uploads', String(before.media.filename))
    const attachmentFile = path.join(dataDir, 'comment-files', String(before.attachment.filename))
    expect(sha(imageFile)).toBe(sha256(PNG))

    // Backup, with the portal's database open (online copy).
    const backup = await script('backup', [backups])
    expect(backup.stderr).toBe('')
    expect(backup.code).toBe(0)
    const [name] = fs.readdirSync(backups)
    expect(name).toMatch(/^portal-\d{8}-\d{6}-(sqlite|postgres)$/)
    const dir = path.join(backups, name!)
    expect(backup.stdout).toContain(`Đã sao lưu vào ${dir}`)

    // After the backup: the item is edited, the image deleted (its file goes too), a new item added.
    await payload.update({ collection: 'news', id: news.id, data: { title: 'Tiêu đề đã bị sửa nhầm' }, overrideAccess: true })
    await payload.update({ collection: 'news', id: news.id, data: { image: null } as never, overrideAccess: true })
    await payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    await payload.create({ collection: 'news', data: { title: 'Tin viết sau bản sao lưu', category: 'news', _status: 'published' } as never, overrideAccess: true })
    expect(fs.existsSync(imageFile)).toBe(false)
    // Derived state built from the current database: a restored portal must not serve it.
    for (const folder of DERIVED_FOLDERS) {
      fs.mkdirSync(path.join(dataDir, folder), { recursive: true })
      fs.writeFileSync(path.join(dataDir, folder, 'cu.json'), '{"tu":"cơ sở dữ liệu cũ"}')
    }

    // A damaged copy of the backup is refused before anything is touched.
    const damaged = path.join(backups, 'hong')
    fs.cpSync(dir, damaged, { recursive: true })
    const damagedImage = path.join(damaged, 'files', 'uploads', String(before.media.filename))
    const flipped = Buffer.from(PNG)
    flipped[30] = flipped[30]! ^ 0xff
    fs.writeFileSync(damagedImage, flipped)
    const refusedDamaged = await script('restore', [damaged, '--force'])
    expect(refusedDamaged.code).toBe(1)
    expect(refusedDamaged.stderr).toContain(`files/uploads/${before.media.filename}`)
    expect(refusedDamaged.stderr).toContain('không khớp')
    fs.rmSync(damaged, { recursive: true })

    // The portal (this process) still has the database open: refused, even with --force.
    const refusedRunning = await script('restore', [dir, '--force'])
    expect(refusedRunning.code).toBe(1)
    expect(refusedRunning.stderr).toContain('đang được dùng')
    expect((await payload.findByID({ collection: 'news', id: news.id, depth: 0, overrideAccess: true })).title).toBe('Tiêu đề đã bị sửa nhầm')
    for (const folder of DERIVED_FOLDERS) expect(fs.existsSync(path.join(dataDir, folder, 'cu.json'))).toBe(true)

    // Stop the portal. Without --force the occupied database is not overwritten.
    await stopPortal(payload)
    const refusedOccupied = await script('restore', [dir])
    expect(refusedOccupied.code).toBe(3)
    expect(refusedOccupied.stderr).toContain('đã có dữ liệu')
    expect(refusedOccupied.stderr).toContain('--force')

    const restore = await script('restore', [dir, '--force'])
    expect(restore.stderr).toBe('')
    expect(restore.code).toBe(0)
    expect(restore.stdout).toContain('tổng kiểm SHA-256 khớp')
    expect(restore.stdout).toMatch(/Kiểm tra: số dòng của \d+ bảng khớp bản sao lưu/)
    expect(restore.stdout).toContain('Đã khôi phục 1 tệp')

    // Derived state is gone; the files are back byte for byte.
    for (const folder of DERIVED_FOLDERS) expect(fs.existsSync(path.join(dataDir, folder))).toBe(false)
    expect(sha(imageFile)).toBe(sha256(PNG))
    expect(sha(attachmentFile)).toBe(sha256(PDF))

    // The portal starts again on the restored database and sees it as it was at the backup.
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../cms/payload.config')
    restored = await getPayload({ config, key: `${t.key}-restored` })
    expect(await restored.findByID({ collection: 'news', id: news.id, depth: 0, overrideAccess: true })).toEqual(before.news)
    expect(await restored.findByID({ collection: 'media', id: media.id, depth: 0, overrideAccess: true })).toEqual(before.media)
    expect(await restored.findByID({ collection: 'comment-files', id: attachment.id, depth: 0, overrideAccess: true })).toEqual(before.attachment)
    expect((await restored.count({ collection: 'news', overrideAccess: true })).totalDocs).toBe(before.newsCount)
    expect((await restored.find({ collection: 'news', where: { title: { equals: 'Tin viết sau bản sao lưu' } }, overrideAccess: true })).totalDocs).toBe(0)
    // Ids continue after the restored ones (PostgreSQL sequences come back with the data).
    const next = await restored.create({ collection: 'news', data: { title: 'Tin đầu tiên sau khôi phục', category: 'news', _status: 'published' } as never, overrideAccess: true })
    expect(next.id).not.toBe(news.id)
  })

  it('answers --help and bad arguments in Vietnamese without touching anything', async () => {
    const help = await script('backup', ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Cách dùng:')
    const bad = await script('restore', [])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Cần đúng một thư mục sao lưu')
    const missing = await script('restore', [path.join(backups, 'khong-co')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('Không có thư mục')
  })
})

/**
 * What stopping `npm start` does to the database, in this process: Payload's destroy() leaves the
 * SQLite client and the PostgreSQL pool open, and @libsql/client never closes the connection of a
 * finished transaction (its handle is released when garbage-collected); a process exit closes all
 * of them. Otherwise restore rightly sees this process still holding the database file.
 */
async function stopPortal(payload: Payload): Promise<void> {
  await payload.destroy()
  type PgClient = { on: (event: 'error', fn: () => void) => void; end: () => Promise<void> }
  const db = payload.db as unknown as { client?: { close: () => void }; pool?: { _clients: PgClient[]; on: (event: 'error', fn: () => void) => void; end: () => Promise<void> } }
  db.client?.close()
  if (db.pool) {
    // pool.end() waits for clients Payload never released: close every connection, as an exit does.
    db.pool.on('error', () => undefined)
    for (const client of [...db.pool._clients]) {
      client.on('error', () => undefined)
      await client.end().catch(() => undefined)
    }
    void db.pool.end().catch(() => undefined)
  }
  v8.setFlagsFromString('--expose_gc')
  const gc = vm.runInNewContext('gc') as () => void
  for (let i = 0; i < 3; i++) {
    gc()
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function sha256(b: Buffer): string {
  return crypto.createHash('sha256').update(b).digest('hex')
}
