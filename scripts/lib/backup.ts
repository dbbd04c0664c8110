import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { DatabaseUrlError, type DatabaseKind, type DatabaseTarget } from '../../cms/database-url'

/**
 * Backup and restore of the portal (`npm run backup`, `npm run restore`): the database and the
 * uploaded files, in one folder with a manifest and a SHA-256 list (`sha256sum -c SHA256SUMS`
 * works too). Derived state (search index, stored pages) is never backed up: it is rebuilt from
 * the database, and a restore deletes it.
 */

export const BACKUP_FORMAT = 'cong-thong-tin-sao-luu'
export const BACKUP_VERSION = 1
export const MANIFEST = 'manifest.json'
export const CHECKSUMS = 'SHA256SUMS'
/** Complete backups are named portal-YYYYMMDD-HHMMSS-<kind>; one being written has this prefix. */
export const PARTIAL_PREFIX = '.dang-tao-'

/**
 * Upload collections and their folder under DATA_DIR (Payload's `upload.staticDir`, see
 * cms/collections/Media, cms/collections/CommentFiles.ts and QuestionFiles.ts). tests/int/backup.test.ts checks that
 * this is exactly the config's list, so a new upload collection cannot be left out of backups.
 */
export const UPLOAD_FOLDERS: Readonly<Record<string, string>> = { media: 'uploads', 'comment-files': 'comment-files', 'question-files': 'question-files' }

/** Derived state under DATA_DIR, rebuilt from the database at start: not backed up, deleted by a restore. */
export const DERIVED_FOLDERS = ['search-index', 'pages'] as const

/** Database file names inside a backup, per kind. */
export const DATABASE_FILES: Readonly<Record<DatabaseKind, string>> = {
  sqlite: 'database.sqlite',
  postgres: 'database.pgdump',
  mongodb: 'database.mongo.archive.gz',
}

export interface Manifest {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  createdAt: string
  portalVersion: string
  host: string
  database: {
    kind: DatabaseKind
    file: string
    /** The URL without its password, for the operator. */
    source: string
    /** MongoDB: the database name (a restore into another name maps it). */
    name?: string
    serverVersion?: string
    /** pg_dump / mongodump version that wrote the file. */
    tool?: string
    /** Rows (documents) per table (collection) in the copy. */
    rows: Record<string, number>
    /** True when the counts come from the same snapshot as the copy (SQLite, PostgreSQL). */
    rowsExact: boolean
  }
  uploads: Record<string, { folder: string; files: number; bytes: number }>
  durationMs: number
}

/** An error meant for the operator: its message is shown alone, in Vietnamese, with this exit code. */
export class OperatorError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** A parseArgs error (node:util) as one Vietnamese line, exit code 2. */
export function argumentError(err: unknown, command: string): OperatorError {
  const e = err as { code?: string; message?: string }
  const option = /'(-[^' ]*)/.exec(e.message ?? '')?.[1] ?? ''
  const text =
    e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `Không có tùy chọn ${option}`
      : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? /does not take/.test(e.message ?? '')
          ? `Tùy chọn ${option} không nhận giá trị`
          : `Tùy chọn ${option} cần một giá trị`
        : `Tham số không hợp lệ (${(e.message ?? '').split('\n')[0]})`
  return new OperatorError(`${text} — xem npm run ${command} -- --help`, 2)
}

/** Runs a script's main: exit 0, or one Vietnamese line and the operator error's exit code. */
export function runScript(main: () => Promise<void>, failure: string): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof OperatorError || err instanceof DatabaseUrlError) {
        console.error(`Lỗi: ${err.message}`)
        process.exit(err instanceof OperatorError ? err.exitCode : 1)
      }
      console.error(`${failure}:`, err instanceof Error ? err.message : err)
      process.exit(1)
    },
  )
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} KB`
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
  return `${(n / 1024 ** 3).toFixed(2).replace('.', ',')} GB`
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`
}

/** dd/mm/yyyy HH:MM:SS in the server's time zone. */
export function formatDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}

/** portal-YYYYMMDD-HHMMSS-<kind>, local time. */
export function backupName(d: Date, kind: DatabaseKind): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `portal-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${kind}`
}

const LABELS: Record<string, string> = {
  legal_documents: 'văn bản pháp luật',
  drafts: 'dự thảo',
  comments: 'góp ý',
  news: 'tin tức',
  pages: 'trang',
  agencies: 'cơ quan',
  media: 'tệp đính kèm',
  comment_files: 'tệp góp ý',
  users: 'tài khoản',
  audit_log: 'nhật ký thao tác',
}

/** One line: the rows that matter to a reader, then the totals. */
export function describeRows(rows: Record<string, number>): string {
  const named = Object.entries(LABELS)
    .filter(([table]) => table in rows || table.replace(/_/g, '-') in rows)
    .map(([table, label]) => `${label}: ${rows[table] ?? rows[table.replace(/_/g, '-')]}`)
  const total = Object.values(rows).reduce((a, b) => a + b, 0)
  return `${named.join(', ')}${named.length ? ' — ' : ''}${Object.keys(rows).length} bảng, ${total} dòng`
}

/** The package version, for the manifest. */
export function portalVersion(root: string): string {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version ?? '?')
  } catch {
    return '?'
  }
}

/** Runs a command; resolves with its stdout, rejects with its stderr (last lines) on failure. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new OperatorError(e.code === 'ENOENT' ? `không tìm thấy chương trình ${command}` : `không chạy được ${command}: ${e.message}`)),
    )
    child.on('close', (code) => {
      if (code === 0) resolve(out)
      else reject(new OperatorError(`${path.basename(command)} dừng với mã ${code}: ${err.trim().split('\n').slice(-5).join(' | ') || '(không có thông báo)'}`))
    })
  })
}

/** Finds a client tool: in $<envVar> (a folder), then in preferred folders, then on PATH. */
function findTool(name: string, envVar: string, preferred: string[] = []): string {
  const dirs = [process.env[envVar], ...preferred].filter((d): d is string => Boolean(d))
  for (const dir of dirs) {
    const candidate = path.join(dir, name)
    if (fs.existsSync(candidate)) return candidate
  }
  return name
}

async function toolVersion(tool: string): Promise<{ text: string; major: number }> {
  const text = (await run(tool, ['--version'])).trim().split('\n')[0] ?? ''
  const m = /(\d+)(?:\.(\d+))?/.exec(text.replace(/^[^\d]*/, ''))
  return { text, major: m ? Number(m[1]) : 0 }
}

// ---------------------------------------------------------------------------------------------
// Checksums (GNU coreutils' sha256sum format, so `sha256sum -c SHA256SUMS` verifies a backup too)

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every regular file under dir, as paths relative to it with '/' separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!fs.existsSync(dir)) return []
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

function escapeName(name: string): { name: string; escaped: boolean } {
  if (!/[\\\n\r]/.test(name)) return { name, escaped: false }
  return { name: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r'), escaped: true }
}

function unescapeName(name: string): string {
  return name.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'))
}

export async function writeChecksums(dir: string): Promise<number> {
  const files = (await listFiles(dir)).filter((f) => f !== CHECKSUMS)
  const lines: string[] = []
  for (const file of files) {
    const { name, escaped } = escapeName(file)
    lines.push(`${escaped ? '\\' : ''}${await sha256File(path.join(dir, file))}  ${name}`)
  }
  await fsp.writeFile(path.join(dir, CHECKSUMS), lines.join('\n') + '\n', { mode: 0o600 })
  return files.length
}

/**
 * Checks every file of a backup against SHA256SUMS, and that no file is missing or added.
 * Returns the number of files and their total size; throws naming the first bad file.
 */
export async function verifyChecksums(dir: string): Promise<{ files: number; bytes: number }> {
  const listFile = path.join(dir, CHECKSUMS)
  if (!fs.existsSync(listFile)) throw new OperatorError(`${dir} không phải bản sao lưu hoàn chỉnh: thiếu tệp ${CHECKSUMS}.`)
  const expected = new Map<string, string>()
  for (const raw of (await fsp.readFile(listFile, 'utf8')).split('\n')) {
    if (!raw) continue
    const escaped = raw.startsWith('\\')
    const line = escaped ? raw.slice(1) : raw
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line)
    if (!m) throw new OperatorError(`Tệp ${CHECKSUMS} bị hỏng (dòng "${raw.slice(0, 80)}").`)
    expected.set(escaped ? unescapeName(m[2]!) : m[2]!, m[1]!)
  }
  const present = (await listFiles(dir)).filter((f) => f !== CHECKSUMS)
  const extra = present.filter((f) => !expected.has(f))
  if (extra.length) throw new OperatorError(`Bản sao lưu có tệp không nằm trong ${CHECKSUMS}: ${extra.slice(0, 5).join(', ')} — bản sao lưu đã bị sửa sau khi tạo.`)
  let bytes = 0
  for (const [file, sum] of expected) {
    const full = path.join(dir, file)
    if (!fs.existsSync(full)) throw new OperatorError(`Bản sao lưu thiếu tệp ${file} — không khôi phục.`)
    bytes += fs.statSync(full).size
    if ((await sha256File(full)) !== sum) throw new OperatorError(`Tổng kiểm SHA-256 của ${file} không khớp: tệp đã hỏng hoặc bị sửa — không khôi phục.`)
  }
  if (!expected.has(MANIFEST)) throw new OperatorError(`Bản sao lưu thiếu ${MANIFEST}.`)
  return { files: expected.size, bytes }
}

export async function readManifest(dir: string): Promise<Manifest> {
  let manifest: Manifest
  try {
    manifest = JSON.parse(await fsp.readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest
  } catch (err) {
    throw new OperatorError(`Không đọc được ${MANIFEST}: ${(err as Error).message}`)
  }
  if (manifest.format !== BACKUP_FORMAT) throw new OperatorError(`${dir} không phải bản sao lưu của cổng thông tin (định dạng "${String(manifest.format)}").`)
  if (manifest.version !== BACKUP_VERSION) throw new OperatorError(`Bản sao lưu định dạng phiên bản ${manifest.version}; công cụ này đọc phiên bản ${BACKUP_VERSION}.`)
  return manifest
}

// ---------------------------------------------------------------------------------------------
// Files

/** Copies the files of one folder (missing: none). Returns count and bytes. */
export async function copyFolder(src: string, dst: string): Promise<{ files: number; bytes: number }> {
  await fsp.mkdir(dst, { recursive: true, mode: 0o700 })
  let files = 0
  let bytes = 0
  for (const rel of await listFiles(src)) {
    const to = path.join(dst, rel)
    await fsp.mkdir(path.dirname(to), { recursive: true, mode: 0o700 })
    await fsp.copyFile(path.join(src, rel), to)
    await fsp.chmod(to, 0o600)
    files++
    bytes += fs.statSync(to).size
  }
  return { files, bytes }
}

/**
 * Replaces what a folder holds with the files of another, keeping the folder itself: it may be a
 * symbolic link or a mount shared by several instances (docs/deploy/README.md).
 */
export async function replaceFolderContents(dst: string, src: string): Promise<{ files: number; bytes: number }> {
  await fsp.mkdir(dst, { recursive: true })
  for (const name of await fsp.readdir(dst)) await fsp.rm(path.join(dst, name), { recursive: true, force: true })
  let files = 0
  let bytes = 0
  for (const rel of await listFiles(src)) {
    const to = path.join(dst, rel)
    await fsp.mkdir(path.dirname(to), { recursive: true })
    await fsp.copyFile(path.join(src, rel), to)
    files++
    bytes += fs.statSync(to).size
  }
  return { files, bytes }
}

export async function folderIsEmpty(dir: string): Promise<boolean> {
  return (await listFiles(dir)).length === 0
}

// ---------------------------------------------------------------------------------------------
// Databases

export interface DatabaseOps {
  /** Writes a consistent copy to `file` while the portal may keep running. */
  dump(file: string): Promise<Pick<Manifest['database'], 'rows' | 'rowsExact' | 'serverVersion' | 'tool' | 'name'>>
  /** Who else uses the database (processes, connections): a restore needs the portal stopped. */
  users(): Promise<string[]>
  /** Whether the database holds no tables (collections). */
  isEmpty(): Promise<boolean>
  /** Replaces the database with the backup's copy (everything in it is removed first). */
  restore(file: string, manifest: Manifest): Promise<void>
  /** Rows per table (collection) now. */
  rows(): Promise<Record<string, number>>
  close(): Promise<void>
}

export function databaseOps(target: DatabaseTarget): DatabaseOps {
  switch (target.kind) {
    case 'sqlite':
      return sqliteOps(target)
    case 'postgres':
      return postgresOps(target)
    case 'mongodb':
      return mongoOps(target)
  }
}

// --- SQLite: VACUUM INTO (a consistent copy inside one read transaction; WAL readers do not block writers)

function sqliteOps(target: DatabaseTarget): DatabaseOps {
  const file = target.url.slice('file:'.length)

  async function withClient<T>(dbFile: string, fn: (exec: (sql: string, args?: string[]) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: `file:${dbFile}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      return await fn(async (sql, args = []) => (await client.execute({ sql, args })).rows as unknown as Record<string, unknown>[])
    } finally {
      client.close()
    }
  }

  async function countRows(dbFile: string): Promise<Record<string, number>> {
    return withClient(dbFile, async (exec) => {
      const tables = await exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
      const rows: Record<string, number> = {}
      for (const t of tables) {
        const name = String(t.name)
        const [r] = await exec(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)
        rows[name] = Number(r?.n ?? 0)
      }
      return rows
    })
  }

  return {
    async dump(out) {
      if (!fs.existsSync(file)) throw new OperatorError(`Không có cơ sở dữ liệu SQLite ${file} để sao lưu.`)
      await withClient(file, (exec) => exec('VACUUM INTO ?', [out]))
      await fsp.chmod(out, 0o600)
      return { rows: await countRows(out), rowsExact: true, tool: 'SQLite VACUUM INTO' }
    },
    async users() {
      return processesUsing([file, `${file}-wal`])
    },
    async isEmpty() {
      if (!fs.existsSync(file) || fs.statSync(file).size === 0) return true
      return Object.keys(await countRows(file)).length === 0
    },
    async restore(copy) {
      // The copy is written beside the database and renamed over it: the file is whole or untouched.
      const tmp = `${file}.dang-khoi-phuc`
      await fsp.mkdir(path.dirname(file), { recursive: true })
      await fsp.copyFile(copy, tmp)
      const handle = await fsp.open(tmp, 'r+')
      await handle.sync()
      await handle.close()
      for (const extra of ['-wal', '-shm', '-journal']) await fsp.rm(`${file}${extra}`, { force: true })
      await fsp.rename(tmp, file)
    },
    rows: () => countRows(file),
    async close() {},
  }
}

/** Other processes (Linux /proc) that have one of the files open. Empty where /proc is missing. */
export function processesUsing(files: string[]): string[] {
  const wanted = new Set(files.filter((f) => fs.existsSync(f)).map((f) => fs.realpathSync(f)))
  if (!wanted.size || !fs.existsSync('/proc/self/fd')) return []
  const found: string[] = []
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      let link: string
      try {
        link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
      } catch {
        continue
      }
      if (wanted.has(link)) {
        let command = ''
        try {
          command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 3).join(' ')
        } catch {
          // gone meanwhile
        }
        found.push(`tiến trình ${pid}${command ? ` (${command.slice(0, 80)})` : ''}`)
        break
      }
    }
  }
  return found
}

// --- PostgreSQL: pg_dump -Fc from an exported snapshot (the counts see exactly what the dump holds)

/** libpq settings for the client tools: the URL without its password, which goes in PGPASSWORD (not on the command line). */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url)
  const env: Record<string, string> = { PGCONNECT_TIMEOUT: '10' }
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env }
}

const PG_SYSTEM_SCHEMAS = "nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'"

function postgresOps(target: DatabaseTarget): DatabaseOps {
  type Client = import('pg').Client
  let client: Client | null = null
  async function connect(): Promise<Client> {
    if (client) return client
    const { default: pg } = await import('pg')
    const c = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000, application_name: 'portal-backup' })
    try {
      await c.connect()
    } catch (err) {
      throw new OperatorError(`Không kết nối được PostgreSQL (${target.display}): ${(err as Error).message}`)
    }
    client = c
    return c
  }

  async function serverMajor(c: Client): Promise<{ major: number; text: string }> {
    const { rows } = await c.query<{ server_version_num: string; server_version: string }>('SELECT current_setting(\'server_version_num\') AS server_version_num, current_setting(\'server_version\') AS server_version')
    return { major: Math.floor(Number(rows[0]!.server_version_num) / 10000), text: rows[0]!.server_version }
  }

  /** pg_dump and pg_restore of the server's major version when Debian has it installed, else PATH. */
  function tool(name: 'pg_dump' | 'pg_restore', major: number): string {
    return findTool(name, 'PG_BIN', [`/usr/lib/postgresql/${major}/bin`])
  }

  async function countRows(c: Client): Promise<Record<string, number>> {
    const { rows: tables } = await c.query<{ schemaname: string; tablename: string }>(
      "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY schemaname, tablename",
    )
    const rows: Record<string, number> = {}
    for (const t of tables) {
      const q = (s: string) => `"${s.replace(/"/g, '""')}"`
      const { rows: r } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(t.schemaname)}.${q(t.tablename)}`)
      rows[t.schemaname === 'public' ? t.tablename : `${t.schemaname}.${t.tablename}`] = Number(r[0]!.n)
    }
    return rows
  }

  return {
    async dump(out) {
      const c = await connect()
      const server = await serverMajor(c)
      const pgDump = tool('pg_dump', server.major)
      const version = await toolVersion(pgDump)
      if (version.major < server.major) {
        throw new OperatorError(
          `${pgDump} là phiên bản ${version.major} nhưng máy chủ PostgreSQL là ${server.major}: pg_dump phải cùng hoặc mới hơn máy chủ. Cài gói postgresql-client-${server.major} (Debian) hoặc đặt PG_BIN=/usr/lib/postgresql/${server.major}/bin.`,
        )
      }
      const { dbname, env } = libpqConnection(target.url)
      // One snapshot for the counts and the dump: what the manifest says is exactly what the file holds.
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      try {
        const { rows } = await c.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
        const counts = await countRows(c)
        await run(pgDump, ['--format=custom', `--file=${out}`, `--snapshot=${rows[0]!.id}`, `--dbname=${dbname}`], env)
        await fsp.chmod(out, 0o600)
        return { rows: counts, rowsExact: true, serverVersion: server.text, tool: version.text }
      } finally {
        await c.query('COMMIT').catch(() => undefined)
      }
    },
    async users() {
      const c = await connect()
      const { rows } = await c.query<{ who: string }>(
        "SELECT coalesce(nullif(application_name, ''), 'không tên') || ' từ ' || coalesce(host(client_addr), 'socket cục bộ') || ' (pid ' || pid || ')' AS who FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      )
      return rows.map((r) => `kết nối ${r.who}`)
    },
    async isEmpty() {
      const c = await connect()
      const { rows } = await c.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
      return Number(rows[0]!.n) === 0
    },
    async restore(file, manifest) {
      const c = await connect()
      const server = await serverMajor(c)
      const pgRestore = tool('pg_restore', server.major)
      const version = await toolVersion(pgRestore)
      const dumpMajor = Number(/(\d+)/.exec(manifest.database.tool ?? '')?.[1] ?? 0)
      if (dumpMajor && version.major < dumpMajor) {
        throw new OperatorError(`Bản sao lưu do pg_dump ${dumpMajor} tạo, ${pgRestore} là phiên bản ${version.major}: cài postgresql-client-${dumpMajor} hoặc đặt PG_BIN.`)
      }
      // Everything in the database goes: schemas not in the dump (new tables) must not survive either.
      const { rows: schemas } = await c.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE ${PG_SYSTEM_SCHEMAS}`)
      await c.query('BEGIN')
      try {
        for (const s of schemas) await c.query(`DROP SCHEMA "${s.nspname.replace(/"/g, '""')}" CASCADE`)
        await c.query('CREATE SCHEMA public')
        await c.query('COMMIT')
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined)
        throw new OperatorError(`Không xóa được dữ liệu cũ trong ${target.display}: ${(err as Error).message} (tài khoản cần là chủ sở hữu cơ sở dữ liệu).`)
      }
      const { dbname, env } = libpqConnection(target.url)
      // One transaction: the database holds all of the backup or (on error) nothing of it.
      await run(pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file], env)
    },
    async rows() {
      return countRows(await connect())
    },
    async close() {
      await client?.end().catch(() => undefined)
      client = null
    },
  }
}

// --- MongoDB: mongodump --archive --gzip (MongoDB Database Tools). No MongoDB server runs on our
// machines, so this path is type-checked but not exercised by the tests.

function mongoOps(target: DatabaseTarget): DatabaseOps {
  type MongoClient = import('mongodb').MongoClient
  let client: MongoClient | null = null
  async function connect(): Promise<MongoClient> {
    if (client) return client
    const { MongoClient } = await import('mongodb')
    const c = new MongoClient(target.url, { serverSelectionTimeoutMS: 10_000, appName: 'portal-backup' })
    try {
      await c.connect()
    } catch (err) {
      throw new OperatorError(`Không kết nối được MongoDB (${target.display}): ${(err as Error).message}`)
    }
    client = c
    return c
  }

  /** The URI goes in a 0600 config file (--config), not on the command line where `ps` shows its password. */
  async function withConfig<T>(fn: (configFile: string) => Promise<T>): Promise<T> {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'portal-mongo-'))
    const configFile = path.join(dir, 'config.yaml')
    await fsp.writeFile(configFile, `uri: ${JSON.stringify(target.url)}\n`, { mode: 0o600 })
    try {
      return await fn(configFile)
    } finally {
      await fsp.rm(dir, { recursive: true, force: true })
    }
  }

  async function countRows(c: MongoClient): Promise<Record<string, number>> {
    const db = c.db()
    const rows: Record<string, number> = {}
    for (const info of await db.listCollections({}, { nameOnly: true }).toArray()) {
      if (info.name.startsWith('system.')) continue
      rows[info.name] = await db.collection(info.name).countDocuments()
    }
    return Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.localeCompare(b)))
  }

  return {
    async dump(out) {
      const c = await connect()
      const mongodump = findTool('mongodump', 'MONGO_BIN')
      const version = await toolVersion(mongodump)
      const { version: serverVersion } = (await c.db().admin().serverInfo()) as { version: string }
      // Counts are taken just before the dump, not from its snapshot: they are shown, not compared.
      const counts = await countRows(c)
      await withConfig((config) => run(mongodump, [`--config=${config}`, `--archive=${out}`, '--gzip']))
      await fsp.chmod(out, 0o600)
      return { rows: counts, rowsExact: false, serverVersion, tool: version.text, name: c.db().databaseName }
    },
    async users() {
      // currentOp needs administrator rights on the server; the operator stops the instances (README).
      return []
    },
    async isEmpty() {
      const c = await connect()
      return Object.keys(await countRows(c)).length === 0
    },
    async restore(file, manifest) {
      const c = await connect()
      const mongorestore = findTool('mongorestore', 'MONGO_BIN')
      await toolVersion(mongorestore)
      await c.db().dropDatabase()
      const from = manifest.database.name
      const to = c.db().databaseName
      const rename = from && from !== to ? [`--nsFrom=${from}.*`, `--nsTo=${to}.*`] : []
      await withConfig((config) => run(mongorestore, [`--config=${config}`, `--archive=${file}`, '--gzip', '--stopOnError', ...rename]))
    },
    async rows() {
      return countRows(await connect())
    },
    async close() {
      await client?.close().catch(() => undefined)
      client = null
    },
  }
}
