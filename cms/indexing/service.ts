import path from 'node:path'

import type { Payload } from 'payload'

import { onContentChange, type ContentChange } from '../hooks/contentEvents'
import { dataDir } from '../paths'
import { createSearchEngine, type SearchEngine, type SearchKind, type SearchRecord } from '../search'
import { allPublicRecords, otherPublicRecords, publicAgencyRecord, publicDocumentRecord, publicDraftRecord } from './records'

/** Collections whose changes reach the index, with the search kind they map to. */
const KINDS: Record<string, SearchKind> = { 'legal-documents': 'document', drafts: 'draft', 'draft-versions': 'draft', agencies: 'agency' }

/** Reads the public record of a changed item (null when the public may not see it). */
const READERS: Record<SearchKind, ((payload: Payload, id: string | number) => Promise<SearchRecord | null>) | undefined> = {
  document: publicDocumentRecord,
  draft: publicDraftRecord,
  agency: publicAgencyRecord,
  page: undefined,
  news: undefined,
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

declare global {
  var __portalSearch: SearchService | undefined
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
 * Starts the search service once per process: loads the saved index (or builds it from the
 * database), then applies each content change a moment after it is announced (the change's
 * transaction must have committed), without rebuilding. Returns the shared service.
 */
export function startSearchService(payload: Payload): SearchService {
  if (globalThis.__portalSearch) return globalThis.__portalSearch
  const engine = createSearchEngine()
  const dir = searchIndexDir()
  let state: 'building' | 'ready' = 'building'
  const ready = (async () => {
    if (!(await engine.load(dir))) {
      await rebuildIndex(payload, engine)
      await engine.save(dir)
    }
    state = 'ready'
  })()
  const pending = new Map<string, ContentChange>()
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> = Promise.resolve()
  let saveTimer: NodeJS.Timeout | null = null

  const apply = async () => {
    timer = null
    const batch = [...pending.values()]
    pending.clear()
    await ready
    for (const change of batch) {
      const kind = KINDS[change.collection]
      if (!kind) continue
      // A new draft version changes its draft's text: re-read the draft itself.
      const id = change.collection === 'draft-versions' ? await draftOfVersion(payload, change.id) : change.id
      if (id === null) continue
      // Removal first, so a withdrawn or unpublished record is gone even if reading fails.
      engine.remove(kind, String(id))
      if (change.operation === 'delete' && change.collection !== 'draft-versions') continue
      const record = await READERS[kind]?.(payload, id)
      if (record) engine.upsert(record)
    }
    saveTimer ??= setTimeout(() => {
      saveTimer = null
      void engine.save(dir).catch((err) => payload.logger.error({ err, msg: 'Không lưu được chỉ mục tìm kiếm' }))
    }, 10_000)
  }

  onContentChange((change) => {
    const kind = KINDS[change.collection]
    if (!kind) return
    // Hide the record at once (it may have been withdrawn); it comes back, re-read, once the
    // change's transaction has committed. Nothing unpublished is ever returned meanwhile.
    if (change.collection !== 'draft-versions') engine.remove(kind, String(change.id))
    pending.set(`${change.collection}:${change.id}`, change)
    timer ??= setTimeout(() => {
      running = running.then(apply, apply)
    }, 400)
  })

  const service: SearchService = {
    engine,
    ready,
    state: () => state,
    flush: async () => {
      while (timer || pending.size) await new Promise((r) => setTimeout(r, 50))
      await running
    },
    save: () => engine.save(dir),
  }
  globalThis.__portalSearch = service
  return service
}
