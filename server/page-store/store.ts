import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { StoredPage } from '../../site/lib/stored-pages'

interface Meta {
  fingerprint: string
  status: number
  headers: [string, string][]
  /**
   * The page is kept gzip-compressed (readers on a phone download a fifth of the bytes). Only
   * that copy is on disk: a reader without gzip (rare: scripts, some robots) gets it
   * decompressed, 0.2 ms for a 76 KB page, and the disk holds a sixth of the bytes (issue 19).
   */
  gzip?: boolean
}

const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)

/** How a page is asked for: as stored, or gzip-compressed when the reader accepts it. */
export type Encoding = 'identity' | 'gzip'

/** Most recently used pages kept in memory as well as on disk. */
const HOT_BYTES = 96 * 1024 * 1024

/**
 * The folder layout: pages sit in 256 subfolders named by the first two hex digits of their
 * name's hash (issue 19: no folder above 10,000 entries; 160,000 documents × 2 host names × 2
 * encodings make 2,500 files a folder). A store in the earlier flat layout is discarded at open
 * (its pages came from an earlier build, so none of them would be served again anyway) and its
 * files removed in the background; pages are rendered again when asked for.
 */
const LAYOUT = 'sharded-2'

/**
 * Rendered pages on disk (one file per host and path) with an append-only log of what each
 * file holds, replayed at start; the most used pages are also kept in memory. A page is written
 * to a temporary file and renamed, so a crash never leaves half a page behind.
 */
export class PageStore {
  private meta = new Map<string, Meta>()
  private hot = new Map<string, Buffer>()
  private hotBytes = 0
  private writing = new Map<string, Promise<unknown>>()
  private log: fs.WriteStream | null = null

  constructor(private readonly dir: string) {}

  /** Shard folders known to exist. */
  private shards = new Set<string>()
  /** Resolves once the files of an earlier flat layout are removed (tests). */
  discarded: Promise<void> = Promise.resolve()

  /** Reads the log (the last line for a key wins) and rewrites it without the lines it replaced. */
  open(): void {
    fs.mkdirSync(this.dir, { recursive: true })
    const logFile = path.join(this.dir, 'pages.log')
    const layoutFile = path.join(this.dir, 'LAYOUT')
    const layout = fs.existsSync(layoutFile) ? fs.readFileSync(layoutFile, 'utf8').trim() : ''
    if (layout !== LAYOUT) {
      // The log goes first: were the process to stop midway, no line points at a removed file.
      fs.rmSync(logFile, { force: true })
      const flat = fs.readdirSync(this.dir).filter((f) => /\.(html|gz|tmp)$/.test(f))
      fs.writeFileSync(`${layoutFile}.tmp`, LAYOUT)
      fs.renameSync(`${layoutFile}.tmp`, layoutFile)
      this.discarded = (async () => {
        for (let i = 0; i < flat.length; i += 200) await Promise.all(flat.slice(i, i + 200).map((f) => fs.promises.rm(path.join(this.dir, f), { force: true })))
      })()
    }
    let lines = 0
    if (fs.existsSync(logFile)) {
      for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
        if (!line) continue
        lines++
        try {
          const { key, ...m } = JSON.parse(line) as Meta & { key: string }
          this.meta.set(key, m)
        } catch {
          // A line cut short by a crash: the page is rendered again when asked for.
        }
      }
    }
    if (lines > this.meta.size) {
      const tmp = `${logFile}.tmp`
      fs.writeFileSync(tmp, [...this.meta].map(([key, m]) => JSON.stringify({ key, ...m }) + '\n').join(''))
      fs.renameSync(tmp, logFile)
    }
    this.log = fs.createWriteStream(logFile, { flags: 'a' })
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.log ? this.log.end(resolve) : resolve()))
  }

  /** The fingerprint a page was stored under, if any. */
  fingerprintOf(key: string): string | undefined {
    return this.meta.get(key)?.fingerprint
  }

  /** True when a page for this key is stored, current or not. */
  has(key: string): boolean {
    return this.meta.has(key)
  }

  /** The file of a key's page: `{dir}/{first two hex digits}/{sha1}.html` (kept as `….html.gz`). */
  file(key: string): string {
    const hash = crypto.createHash('sha1').update(key).digest('hex')
    return path.join(this.dir, hash.slice(0, 2), `${hash}.html`)
  }

  private shard(file: string): void {
    const folder = path.dirname(file)
    if (this.shards.has(folder)) return
    fs.mkdirSync(folder, { recursive: true })
    this.shards.add(folder)
  }

  async get(key: string, fingerprint: string, accept: Encoding = 'identity'): Promise<StoredPage | null> {
    const m = this.meta.get(key)
    if (!m || m.fingerprint !== fingerprint) return null
    const encoding: Encoding = accept
    const hotKey = `${encoding}:${key}`
    let body = this.hot.get(hotKey)
    if (body) {
      this.hot.delete(hotKey)
      this.hot.set(hotKey, body)
    } else {
      try {
        const compressed = await fs.promises.readFile(`${this.file(key)}.gz`)
        body = encoding === 'gzip' ? compressed : await gunzip(compressed)
      } catch {
        this.meta.delete(key)
        return null
      }
      // The page may have been replaced while it was read.
      if (this.meta.get(key)?.fingerprint !== fingerprint) return null
      this.remember(hotKey, body)
    }
    return { status: m.status, headers: m.headers, body, ...(encoding === 'gzip' ? { encoding } : {}) }
  }

  put(key: string, fingerprint: string, page: StoredPage): void {
    const file = this.file(key)
    this.shard(file)
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`
    this.forget(`identity:${key}`)
    this.forget(`gzip:${key}`)
    this.meta.delete(key)
    const replace = (target: string, body: Buffer) => fs.promises.writeFile(tmp, body).then(() => fs.promises.rename(tmp, target))
    // Writes of one page follow each other, so the files and their log line always agree.
    const write = (this.writing.get(key) ?? Promise.resolve())
      .then(() => gzip(page.body))
      .then((compressed) => replace(`${file}.gz`, compressed))
      // The uncompressed copy earlier versions stored beside it is not needed.
      .then(() => fs.promises.rm(file, { force: true }))
      .then(() => {
        const meta: Meta = { fingerprint, status: page.status, headers: page.headers, gzip: true }
        this.meta.set(key, meta)
        this.log?.write(JSON.stringify({ key, ...meta }) + '\n')
        this.remember(`identity:${key}`, page.body)
      })
      .catch(() => fs.promises.rm(tmp, { force: true }))
      .finally(() => {
        if (this.writing.get(key) === write) this.writing.delete(key)
      })
    this.writing.set(key, write)
  }

  /** Waits for the pages being written (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.writing.size) await Promise.all([...this.writing.values()])
  }

  private remember(key: string, body: Buffer): void {
    this.forget(key)
    this.hot.set(key, body)
    this.hotBytes += body.length
    while (this.hotBytes > HOT_BYTES) this.forget(this.hot.keys().next().value!)
  }

  private forget(key: string): void {
    const b = this.hot.get(key)
    if (b) this.hotBytes -= b.length
    this.hot.delete(key)
  }
}
