import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'

import { feedEntryAt, feedReach, readFeed, startFeed } from '../feed/tailer'
import { onContentChange, type ContentChange } from '../hooks/contentEvents'
import { dataDir, fromRoot } from '../paths'
import { createSearchEngine, type SearchEngine, type SearchKind, type SearchRecord } from '../search'
import { CONTENT_SOURCES, publicContentRecord } from './content-records'
import { allPublicRecords, otherPublicRecords, publicAgencyRecord, publicDocumentRecord, publicDocumentRecords, publicDraftRecord } from './records'
import { runtime } from '../runtime'

type Reader = (payload: Payload, id: string | number) => Promise<SearchRecord | null>

/** Collections whose changes reach the index, with the search kind they map to. */
const KINDS: Record<string, SearchKind> = {
  'legal-documents': 'document',
  drafts: 'draft',
  'draft-versions': 'draft',
  agencies: 'agency',
  ...Object.fromEntries(CONTENT_SOURCES.map((s) => [s.collection, s.kind])),
}

/** Reads the public record of a changed item (null when the public may not see it), by kind. */
const READERS: Partial<Record<SearchKind, Reader>> = {
  document: publicDocumentRecord,
  draft: publicDraftRecord,
  agency: publicAgencyRecord,
  ...Object.fromEntries(CONTENT_SOURCES.map((s) => [s.kind, ((payload, id) => publicContentRecord(payload, s, id)) satisfies Reader])),
}

/**
 * What the index holds, saved with it: an index saved before a collection was added to KINDS
 * lacks that collection's items, whatever its feed position, so it is rebuilt rather than loaded.
 */
const INDEX_CONTENTS = Object.keys(KINDS).sort().join(',')

/** The bookkeeping saved with the index: the feed entry it reflects and what it holds. */
export async function indexExtra(payload: Payload, feedSeq: number): Promise<Record<string, unknown>> {
  return { feedSeq, feedAt: await feedEntryAt(payload, feedSeq), contents: INDEX_CONTENTS }
}

interface SearchService {
  engine: SearchEngine
  ready: Promise<void>
  /** 'building' until the index is loaded or built, then 'ready'. */
  state: () => 'building' | 'ready'
  /** Resolves when the changes announced so far are in the index (tests, shutdown). */
  flush: () => Promise<void>
  save: () => Promise<void>
}

declare module '../runtime' {
  interface Runtime {
    search?: SearchService
  }
}

async function draftOfVersion(payload: Payload, versionId: string | number): Promise<string | number | null> {
  const v = await payload.findByID({ collection: 'draft-versions', id: versionId, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => null)
  if (!v) return null
  return typeof v.draft === 'object' && v.draft ? v.draft.id : (v.draft as number | string)
}

/** Returns the folder the index is saved in. */
export function searchIndexDir(): string {
  return path.join(dataDir(), 'search-index')
}

/** Rebuilds the whole index from the database (public view), reporting progress. */
export async function rebuildIndex(payload: Payload, engine: SearchEngine, onProgress?: (done: number, total?: number) => void): Promise<void> {
  let total: number | undefined
  async function* everything() {
    yield* allPublicRecords(payload, (t) => (total = t))
    yield* otherPublicRecords(payload)
  }
  await engine.rebuild(everything(), (done) => onProgress?.(done, total))
}

/**
 * Builds the index in a separate process (`npm run search:rebuild`, on the same database and
 * data folder), so a large first build never holds this process's event loop: the portal answers
 * meanwhile, /healthz saying `search: building`. Only for a corpus of SEARCH_BUILD_CHILD_MIN
 * documents or more (default 2,000; below it the child's start-up costs more than the build).
 */
async function buildInChild(payload: Payload): Promise<boolean> {
  const min = Number(process.env.SEARCH_BUILD_CHILD_MIN ?? 2000)
  if (!Number.isFinite(min) || min < 0) return false
  const { totalDocs } = await payload.count({ collection: 'legal-documents', overrideAccess: true })
  if (totalDocs < min) return false
  payload.logger.info(`Chỉ mục tìm kiếm: lập lại cho ${totalDocs} văn bản trong một tiến trình riêng; cổng vẫn phục vụ trong lúc đó.`)
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(fromRoot('node_modules/.bin/tsx'), ['scripts/search-rebuild.ts'], { cwd: fromRoot(), env: process.env, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', () => resolve(null))
    child.on('exit', (c) => resolve(c))
  })
  if (code !== 0) payload.logger.warn('Chỉ mục tìm kiếm: tiến trình lập chỉ mục thất bại; lập trong tiến trình này.')
  return code === 0
}

/**
 * Starts the search service once per process. The saved index records the change-feed entry it
 * reflects: at start it is loaded and brought up to date from the feed (every change made since
 * by any process, the import included, or while this one was down), or rebuilt from the database
 * when the feed no longer reaches back to it or it belongs to another database. Then each change
 * the feed announces is applied, without rebuilding. A crash loses nothing: the changes after the
 * last save are in the feed and are applied again at the next start.
 */
export function startSearchService(payload: Payload): SearchService {
  const existing = runtime().search
  if (existing) return existing
  const engine = createSearchEngine()
  const dir = searchIndexDir()
  let state: 'building' | 'ready' = 'building'
  /** The last feed entry the index reflects. */
  let indexedSeq = 0
  const pending = new Map<string, ContentChange>()
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> = Promise.resolve()
  let saveTimer: NodeJS.Timeout | null = null

  const save = async () => {
    await engine.save(dir, await indexExtra(payload, indexedSeq))
  }

  const applyOne = async (change: ContentChange) => {
    const kind = KINDS[change.collection]
    if (!kind) return
    // A new draft version changes its draft's text: re-read the draft itself.
    const id = change.collection === 'draft-versions' ? await draftOfVersion(payload, change.id) : change.id
    if (id === null) return
    // Removal first, so a withdrawn or unpublished record is gone even if reading fails.
    engine.remove(kind, String(id))
    if (change.operation === 'delete' && change.collection !== 'draft-versions') return
    const record = await READERS[kind]?.(payload, id)
    if (record) engine.upsert(record)
  }

  /** Applies the changes after `from` up to this process's start, in order, each once. */
  const catchUp = async (from: number, to: number) => {
    let after = from
    const latest = new Map<string, ContentChange>()
    for (;;) {
      const entries = await readFeed(payload, after, 1000, to)
      for (const e of entries) latest.set(`${e.source}:${e.docId}`, { collection: e.source, id: e.docId, operation: e.operation, seq: e.seq })
      if (entries.length < 1000) break
      after = entries.at(-1)!.seq
    }
    await applyMany([...latest.values()])
    return latest.size
  }

  /** Where the saved index stands against the feed. */
  const savedReach = async (loaded: boolean) => {
    const saved = engine.savedExtra() as { feedSeq?: unknown; feedAt?: string; contents?: unknown } | undefined
    const seq = typeof saved?.feedSeq === 'number' ? saved.feedSeq : null
    const complete = saved?.contents === INDEX_CONTENTS
    return { seq, reach: loaded && complete && seq !== null ? await feedReach(payload, seq, saved?.feedAt) : ('lost' as const) }
  }

  /**
   * Applies many changes: documents read 200 at a time and indexed together (a catch-up of
   * thousands costs what a rebuild of them costs), the rest one by one.
   */
  const applyMany = async (changes: ContentChange[]) => {
    const documents = changes.filter((c) => c.collection === 'legal-documents')
    for (const c of documents) if (c.operation === 'delete') engine.remove('document', String(c.id))
    const ids = documents.filter((c) => c.operation !== 'delete').map((c) => c.id)
    async function* publicOnes() {
      for (let i = 0; i < ids.length; i += 200) {
        const chunk = ids.slice(i, i + 200)
        const records = await publicDocumentRecords(payload, chunk)
        // No longer public (withdrawn, unpublished): out of the index.
        const found = new Set(records.map((r) => String(r.id)))
        for (const id of chunk) if (!found.has(String(id))) engine.remove('document', String(id))
        yield* records
      }
    }
    if (ids.length) await engine.upsertMany(publicOnes())
    for (const change of changes) if (change.collection !== 'legal-documents') await applyOne(change)
  }

  const ready = (async () => {
    const started = Date.now()
    const feed = await startFeed(payload)
    let { seq, reach } = await savedReach(await engine.load(dir))
    if (reach === 'lost' && (await buildInChild(payload))) ({ seq, reach } = await savedReach(await engine.load(dir)))
    let how = `bản lưu (đến thay đổi #${seq})`
    if (reach === 'lost') {
      // No index, one without a feed position, or one the feed cannot bring up to date.
      await rebuildIndex(payload, engine)
      how = 'lập lại từ cơ sở dữ liệu'
    } else if (reach === 'behind') {
      // Changes made while this process was down (or before its last save, or the child's build).
      const n = await catchUp(seq!, feed.startedAt)
      how += `, cập nhật ${n} thay đổi đến #${feed.startedAt}`
    }
    // The index now reflects the database at least as of the feed's head when this process started.
    indexedSeq = feed.startedAt
    if (reach !== 'current') await save()
    state = 'ready'
    payload.logger.info(`Chỉ mục tìm kiếm sẵn sàng: ${engine.stats().records} bản ghi — ${how}, ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })()

  const apply = async () => {
    timer = null
    const batch = [...pending.values()]
    pending.clear()
    await ready
    await applyMany(batch)
    const top = Math.max(indexedSeq, ...batch.map((c) => c.seq ?? 0))
    indexedSeq = top
    saveTimer ??= setTimeout(() => {
      saveTimer = null
      void save().catch((err) => payload.logger.error({ err, msg: 'Không lưu được chỉ mục tìm kiếm' }))
    }, 10_000)
  }

  onContentChange((change) => {
    const kind = KINDS[change.collection]
    if (!kind) return
    // The change is committed: hide the record at once (it may have been withdrawn); it comes
    // back, re-read, a moment later. Nothing unpublished is ever returned meanwhile.
    if (change.collection !== 'draft-versions') engine.remove(kind, String(change.id))
    pending.set(`${change.collection}:${change.id}`, change)
    timer ??= setTimeout(() => {
      // A failed read (the database closing at shutdown) is logged, never an unhandled rejection;
      // the records stay hidden until their next change or the next start's catch-up.
      running = running.then(() => apply().catch((err: unknown) => payload.logger.error({ err, msg: 'Không cập nhật được chỉ mục tìm kiếm' })))
    }, 100)
  })

  const service: SearchService = {
    engine,
    ready,
    state: () => state,
    flush: async () => {
      await runtime().feed?.sync()
      while (timer || pending.size) await new Promise((r) => setTimeout(r, 50))
      await running
    },
    save,
  }
  runtime().search = service
  return service
}
