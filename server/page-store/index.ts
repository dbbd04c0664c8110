import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'

import { dataDir, siteDistDir } from '../../cms/paths'
import { publicHostConfigured, publicHostName } from '../../cms/lib/public-url'
import { vnDayKey } from '../../cms/lib/dates'
import type { PageService } from '../../site/lib/stored-pages'
import { DocumentGraph } from './graph'
import { HitCounter } from './hits'
import { PageStore } from './store'
import { runtime } from '../../cms/runtime'

export interface PageServiceHandle extends PageService {
  graph: DocumentGraph
  store: PageStore
  hits: HitCounter
  /** The pages rendered ahead now: the most read and the most recent (issue 19). */
  ahead(): string[]
  /** Resolves once the pages waiting to be rendered ahead are done (tests). */
  idle(): Promise<void>
  /** Resolves once the graph is read (pages are then served from the store when they match). */
  loaded: Promise<void>
  close(): Promise<void>
}

/** The build and the database a store's pages came from: another of either makes every page new. */
function salt(): string {
  let build = '-'
  try {
    build = String(fs.statSync(path.join(siteDistDir(), 'server', 'entry.mjs')).mtimeMs)
  } catch {
    // No build (tests of the service alone).
  }
  return crypto.createHash('sha1').update(`${build}\u0001${process.env.DATABASE_URL ?? ''}`).digest('hex').slice(0, 12)
}

const normalHost = (host: string) => host.trim().toLowerCase()

/** Rendering ahead waits until no document has changed for this long. */
const QUIET_MS = 1000

/**
 * How many pages are rendered ahead (PAGES_AHEAD, default 1,000): the most read half, then the
 * most recently issued documents. Every other page is rendered when first asked for and stored
 * (issue 19: rendering all of a 160,000-document corpus ahead took hours after each import and
 * each new build).
 */
const aheadCount = () => Math.max(0, Number(process.env.PAGES_AHEAD ?? 1000) || 0)

/** A change touching more stored pages than this (shared data) re-renders only the pages rendered ahead. */
const RERENDER_ALL_BELOW = 500

/** Hit counts are saved this often (and at shutdown). */
const HITS_SAVE_MS = 5 * 60_000

/**
 * Starts the stored-page service for this process (see site/lib/stored-pages.ts). A page is
 * stored the first time it is rendered and served from the store while its fingerprint holds.
 * When `warm` names the server's own address, a worker renders ahead, one at a time and using at
 * most half a core, the most read and most recent pages (`ahead`) whose stored render is missing
 * or out of date, and re-renders the stored pages a change touches, so readers rarely wait.
 * A new build changes every fingerprint (`salt`): the old pages are then stale, never served,
 * and rendered again on demand or, for the pages rendered ahead, in the background.
 * Pages are rendered ahead for PUBLIC_HOST (the name readers use), else the server's address.
 */
export function startPageService(payload: Payload, options: { dir?: string; warm?: string; hosts?: string[] } = {}): PageServiceHandle {
  if (runtime().pages) return runtime().pages as PageServiceHandle
  const dir = options.dir ?? path.join(dataDir(), 'pages')
  const store = new PageStore(dir)
  store.open()
  const hits = new HitCounter(path.join(dir, 'hits.json'))
  hits.load()
  const graph = new DocumentGraph(payload, salt())
  // Pages are stored for the names readers use: PUBLIC_HOST and the server's own address. Any
  // other Host header is rendered each time (a client cannot fill the disk by inventing names).
  const hosts = (options.hosts ?? [publicHostConfigured() ? publicHostName() : undefined, options.warm ? new URL(options.warm).host : undefined]).filter((h): h is string => Boolean(h)).map(normalHost)
  const host = hosts[0] ?? ''
  let state: 'loading' | 'warming' | 'ready' = 'loading'
  let closed = false

  const queue = new Set<string>()
  let warming: Promise<void> | null = null
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const render = (target: URL, pathname: string) =>
    new Promise<void>((resolve) => {
      const req = http.get({ host: target.hostname, port: target.port, path: pathname, agent, headers: { host } }, (res) => {
        res.resume()
        res.on('end', resolve)
        res.on('error', () => resolve())
      })
      req.on('error', () => resolve())
      req.setTimeout(30_000, () => req.destroy())
    })
  const warm = () => {
    if (!options.warm || warming || closed) return
    const target = new URL(options.warm)
    state = 'warming'
    warming = (async () => {
      while (queue.size && !closed) {
        // While changes keep arriving (an import, a burst of saves), rendering ahead would compete
        // with them for the processor and be redone at the next change: wait for a quiet second.
        // Readers meanwhile get pages rendered on request.
        for (let wait = lastChange + QUIET_MS - Date.now(); wait > 0 && !closed; wait = lastChange + QUIET_MS - Date.now()) await new Promise((r) => setTimeout(r, wait))
        if (closed) break
        const pathname = queue.values().next().value!
        queue.delete(pathname)
        const fingerprint = graph.fingerprint(pathname)
        if (!fingerprint || store.fingerprintOf(`${host}${pathname}`) === fingerprint) continue
        const started = Date.now()
        await render(target, pathname)
        // As long a pause as the render took: readers keep at least half the processor.
        await new Promise((r) => setTimeout(r, Date.now() - started))
      }
    })().finally(() => {
      warming = null
      if (queue.size && !closed) warm()
      else state = 'ready'
    })
  }
  const enqueue = (paths: string[]) => {
    for (const p of paths) queue.add(p)
    warm()
  }
  const ahead = () => {
    const n = aheadCount()
    const chosen = new Set(hits.top(Math.ceil(n / 2)).filter((p) => graph.fingerprint(p) !== null))
    for (const p of graph.recent(n)) {
      if (chosen.size >= n) break
      chosen.add(p)
    }
    return [...chosen].slice(0, n)
  }
  let lastChange = 0
  graph.onUpdate((paths) => {
    lastChange = Date.now()
    // The stored pages the change touches are rendered again (a stale page is never served: its
    // fingerprint no longer matches); after a change to shared data, only the pages rendered ahead.
    const stored = paths.filter((p) => store.has(`${host}${p}`))
    if (stored.length < RERENDER_ALL_BELOW) enqueue(stored)
    else {
      const wanted = new Set(ahead())
      enqueue(stored.filter((p) => wanted.has(p)))
    }
  })
  const hitsTimer = setInterval(() => void hits.save().catch(() => undefined), HITS_SAVE_MS)
  hitsTimer.unref()

  // Validity is computed for the day: when the day turns, every page is checked again.
  let day = vnDayKey(new Date())
  const dayTimer = setInterval(() => {
    const today = vnDayKey(new Date())
    if (today !== day) {
      day = today
      enqueue(ahead())
    }
  }, 60_000)
  dayTimer.unref()

  const loaded = graph.load().then(
    async () => {
      state = options.warm ? 'warming' : 'ready'
      // Rendering ahead starts once the search index is loaded: at a restart both would share the
      // event loop, and the index (what /healthz reports and readers need first) would wait.
      await runtime().search?.ready
      enqueue(ahead())
    },
    (err: unknown) => payload.logger.error({ err, msg: 'Không đọc được danh sách văn bản cho trang lưu sẵn; các trang được dựng theo yêu cầu' }),
  )

  const service: PageServiceHandle = {
    graph,
    store,
    hits,
    loaded,
    ahead,
    idle: async () => {
      while (warming) await warming
    },
    fingerprint: (pathname) => (state === 'loading' ? null : graph.fingerprint(pathname)),
    get: async (h, pathname, fingerprint, gzip) => {
      if (!hosts.includes(normalHost(h))) return null
      hits.hit(pathname)
      return store.get(`${normalHost(h)}${pathname}`, fingerprint, gzip ? 'gzip' : 'identity')
    },
    put: (h, pathname, fingerprint, page) => {
      if (hosts.includes(normalHost(h))) store.put(`${normalHost(h)}${pathname}`, fingerprint, page)
    },
    state: () => state,
    close: async () => {
      closed = true
      clearInterval(dayTimer)
      clearInterval(hitsTimer)
      graph.stop()
      await hits.save().catch(() => undefined)
      await warming
      agent.destroy()
      await store.flush()
      await store.close()
      if (runtime().pages === service) runtime().pages = undefined
    },
  }
  runtime().pages = service
  return service
}
