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
import { PageStore } from './store'
import { runtime } from '../../cms/runtime'

export interface PageServiceHandle extends PageService {
  graph: DocumentGraph
  store: PageStore
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
 * Starts the stored-page service for this process (see site/lib/stored-pages.ts) and, when
 * `warm` names the server's own address, a worker that renders ahead every document page whose
 * stored render is missing or out of date, one at a time, so readers rarely wait for a render.
 * Pages are rendered ahead for PUBLIC_HOST (the name readers use), else the server's address.
 */
export function startPageService(payload: Payload, options: { dir?: string; warm?: string; hosts?: string[] } = {}): PageServiceHandle {
  if (runtime().pages) return runtime().pages as PageServiceHandle
  const dir = options.dir ?? path.join(dataDir(), 'pages')
  const store = new PageStore(dir)
  store.open()
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
        await render(target, pathname)
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
  let lastChange = 0
  graph.onUpdate((paths) => {
    lastChange = Date.now()
    enqueue(paths)
  })

  // Validity is computed for the day: when the day turns, every page is checked again.
  let day = vnDayKey(new Date())
  const dayTimer = setInterval(() => {
    const today = vnDayKey(new Date())
    if (today !== day) {
      day = today
      enqueue(graph.paths())
    }
  }, 60_000)
  dayTimer.unref()

  const loaded = graph.load().then(
    async () => {
      state = options.warm ? 'warming' : 'ready'
      // Rendering ahead starts once the search index is loaded: at a restart both would share the
      // event loop, and the index (what /healthz reports and readers need first) would wait.
      await runtime().search?.ready
      enqueue(graph.paths())
    },
    (err: unknown) => payload.logger.error({ err, msg: 'Không đọc được danh sách văn bản cho trang lưu sẵn; các trang được dựng theo yêu cầu' }),
  )

  const service: PageServiceHandle = {
    graph,
    store,
    loaded,
    fingerprint: (pathname) => (state === 'loading' ? null : graph.fingerprint(pathname)),
    get: async (h, pathname, fingerprint, gzip) => (hosts.includes(normalHost(h)) ? store.get(`${normalHost(h)}${pathname}`, fingerprint, gzip ? 'gzip' : 'identity') : null),
    put: (h, pathname, fingerprint, page) => {
      if (hosts.includes(normalHost(h))) store.put(`${normalHost(h)}${pathname}`, fingerprint, page)
    },
    state: () => state,
    close: async () => {
      closed = true
      clearInterval(dayTimer)
      graph.stop()
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
