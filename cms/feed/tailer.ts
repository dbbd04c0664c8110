import crypto from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { emitContentChange } from '../hooks/contentEvents'
import type { FeedOperation } from './append'
import { CHANGE_FEED_SLUG, PROCESSES_SLUG } from './collections'
import { runtime } from '../runtime'

/** One committed change, as the feed holds it. */
export interface FeedEntry {
  seq: number
  source: string
  docId: string
  operation: FeedOperation
  createdAt: string
}

/** Where a saved state (an index snapshot) stands against the feed. */
export type FeedReach = 'current' | 'behind' | 'lost'

/** How often each process reads the feed (FEED_POLL_MS), and how long a live process may stay silent. */
const POLL_MS = Number(process.env.FEED_POLL_MS) > 0 ? Number(process.env.FEED_POLL_MS) : 250
const HEARTBEAT_MS = 5_000
const ALIVE_MS = 20_000
/** Entries are kept at least this long (FEED_RETENTION_DAYS), so a stopped process catches up on restart. */
const RETENTION_MS = (Number(process.env.FEED_RETENTION_DAYS) > 0 ? Number(process.env.FEED_RETENTION_DAYS) : 7) * 86_400_000
const PRUNE_EVERY_MS = 10 * 60_000
/** MongoDB only: how long a missing sequence number is waited for (a transaction still committing). */
const GAP_WAIT_MS = 2_000
const BATCH = 500

declare module '../runtime' {
  interface Runtime {
    feed?: FeedTailer
  }
}

const toEntry = (d: Record<string, unknown>): FeedEntry => ({
  seq: Number(d.seq),
  source: String(d.source),
  docId: String(d.docId),
  operation: d.operation as FeedOperation,
  createdAt: String(d.createdAt),
})

/** Reads feed entries after `seq` (at most `limit`, in order). */
export async function readFeed(payload: Payload, after: number, limit = BATCH, upTo?: number): Promise<FeedEntry[]> {
  const where = upTo === undefined ? { seq: { greater_than: after } } : { and: [{ seq: { greater_than: after } }, { seq: { less_than_equal: upTo } }] }
  const { docs } = await payload.find({ collection: CHANGE_FEED_SLUG as never, where: where as never, sort: 'seq', limit, depth: 0, pagination: false, overrideAccess: true })
  return (docs as unknown as Record<string, unknown>[]).map(toEntry)
}

/** The newest entry's number (0 for an empty feed). */
export async function feedHead(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: CHANGE_FEED_SLUG as never, sort: '-seq', limit: 1, depth: 0, pagination: false, overrideAccess: true, select: { seq: true } as never })
  return Number((docs[0] as { seq?: number } | undefined)?.seq ?? 0)
}

/** The createdAt of entry `seq`, saved with derived state: another database's entry n differs. */
export async function feedEntryAt(payload: Payload, seq: number): Promise<string | undefined> {
  if (seq === 0) return undefined
  const { docs } = await payload.find({ collection: CHANGE_FEED_SLUG as never, where: { seq: { equals: seq } } as never, limit: 1, depth: 0, pagination: false, overrideAccess: true })
  return (docs[0] as { createdAt?: string } | undefined)?.createdAt
}

/**
 * Can a state saved at feed position `seq` (with `at`, the createdAt of that entry) catch up
 * from the feed? 'current': nothing to apply; 'behind': apply the entries after it; 'lost': the
 * entries it needs were pruned, or the database is not the one it was saved from (restored,
 * replaced): rebuild from the database.
 */
export async function feedReach(payload: Payload, seq: number, at: string | undefined): Promise<FeedReach> {
  const head = await feedHead(payload)
  if (seq > head) return 'lost'
  if (seq === 0) {
    if (head === 0) return 'current'
    const first = await readFeed(payload, 0, 1)
    return first[0]?.seq === 1 ? 'behind' : 'lost'
  }
  const { docs } = await payload.find({ collection: CHANGE_FEED_SLUG as never, where: { seq: { equals: seq } } as never, limit: 1, depth: 0, pagination: false, overrideAccess: true })
  const entry = docs[0] as { createdAt?: string } | undefined
  if (!entry || (at !== undefined && entry.createdAt !== at)) return 'lost'
  return seq === head ? 'current' : 'behind'
}

/**
 * Follows the feed for this process: every committed change, made by any process on this
 * database, is announced locally (cms/hooks/contentEvents.ts) in sequence order, so the search
 * index, stored pages and caches converge on the database. It also keeps this process's row in
 * `portal-processes` (liveness, how far it has read), prunes entries every live process has
 * read, and says which process runs the scheduled jobs (the oldest live one).
 */
export class FeedTailer {
  readonly instance = `${os.hostname()}-${process.pid}-${crypto.randomBytes(3).toString('hex')}`
  /** The last entry announced in this process. */
  applied = 0
  /** The feed's head when this process started: saved state catches up to here, then follows live. */
  startedAt = 0
  private rowId: number | string | null = null
  private started = new Date()
  private timer: NodeJS.Timeout | null = null
  private beat: NodeJS.Timeout | null = null
  private chain: Promise<void> = Promise.resolve()
  private stopped = false
  private leader = false
  private gapSince: number | null = null
  private lastPrune = 0
  private waiters: { seq: number; resolve: () => void }[] = []

  constructor(
    private readonly payload: Payload,
    private readonly role = 'server',
  ) {}

  /** Starts at the feed's head (earlier changes are the saved state's business: see `feedReach`). */
  async start(): Promise<void> {
    this.applied = await feedHead(this.payload)
    this.startedAt = this.applied
    await this.heartbeat()
    const tick = () => {
      if (this.stopped) return
      this.timer = setTimeout(() => {
        void this.sync()
          .catch((err: unknown) => this.payload.logger.error({ err, msg: 'Không đọc được dòng thay đổi nội dung' }))
          .finally(tick)
      }, POLL_MS)
    }
    tick()
    this.beat = setInterval(() => void this.heartbeat().catch((err: unknown) => this.payload.logger.warn({ err, msg: 'Không ghi được trạng thái tiến trình' })), HEARTBEAT_MS)
    this.beat.unref()
  }

  /** Reads the feed now and announces what is new (one reader at a time); resolves when done. */
  sync(): Promise<void> {
    const run = this.chain.then(() => this.poll())
    this.chain = run.catch(() => undefined)
    return run
  }

  /** Reads and announces the entries after the last one applied. */
  private async poll(): Promise<void> {
    for (;;) {
      const entries = await readFeed(this.payload, this.applied)
      if (!entries.length) return
      let usable = entries
      // Only MongoDB can show a later number before an earlier one has committed.
      const gap = entries.findIndex((e, i) => e.seq !== this.applied + 1 + i)
      if (gap !== -1 && this.payload.db.name === 'mongoose') {
        this.gapSince ??= Date.now()
        if (Date.now() - this.gapSince < GAP_WAIT_MS) usable = entries.slice(0, gap)
        else this.gapSince = null
      } else this.gapSince = null
      for (const e of usable) {
        emitContentChange({ collection: e.source, id: e.docId, operation: e.operation, seq: e.seq })
        this.applied = e.seq
      }
      this.waiters = this.waiters.filter((w) => (w.seq <= this.applied ? (w.resolve(), false) : true))
      if (usable.length < BATCH) return
    }
  }

  /** Resolves once this process has announced entry `seq` (tests, the import). */
  waitFor(seq: number): Promise<void> {
    if (seq <= this.applied) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ seq, resolve }))
  }

  /** Is this the process that runs the scheduled jobs? (the oldest live process on the database) */
  isLeader(): boolean {
    return this.leader
  }

  private async heartbeat(): Promise<void> {
    const now = new Date()
    const data = { instance: this.instance, host: os.hostname(), pid: process.pid, role: this.role, startedAt: this.started.toISOString(), seenAt: now.toISOString(), feedSeq: this.applied }
    if (this.rowId === null) {
      const row = await this.payload.create({ collection: PROCESSES_SLUG as never, data: data as never, overrideAccess: true, context: { feed: true } })
      this.rowId = (row as { id: number | string }).id
    } else {
      await this.payload.update({ collection: PROCESSES_SLUG as never, id: this.rowId, data: { seenAt: data.seenAt, feedSeq: data.feedSeq } as never, overrideAccess: true, context: { feed: true } })
    }
    const { docs } = await this.payload.find({
      collection: PROCESSES_SLUG as never,
      where: { seenAt: { greater_than: new Date(now.getTime() - ALIVE_MS).toISOString() } } as never,
      sort: 'startedAt',
      limit: 100,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const live = (docs as unknown as { instance: string; startedAt: string; role?: string; feedSeq?: number }[]).filter((p) => p.role === 'server')
    live.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.instance.localeCompare(b.instance))
    this.leader = this.role === 'server' && live[0]?.instance === this.instance
    if (this.leader && now.getTime() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now.getTime()
      const floor = Math.min(this.applied, ...live.map((p) => Number(p.feedSeq ?? 0)))
      await this.prune(floor, new Date(now.getTime() - RETENTION_MS))
    }
  }

  /**
   * Deletes entries before `floor` (read by every live process) and older than `before` (a
   * stopped process catches up on restart within that time, else rebuilds). The newest entry
   * always stays: numbering continues from it. Processes silent for a day are forgotten.
   */
  async prune(floor: number, before: Date): Promise<number> {
    const head = await feedHead(this.payload)
    const limit = Math.min(floor, head)
    const where = { and: [{ seq: { less_than: limit } }, { createdAt: { less_than: before.toISOString() } }] }
    const { totalDocs } = await this.payload.count({ collection: CHANGE_FEED_SLUG as never, where: where as never, overrideAccess: true })
    // One statement, no per-entry hooks: entries carry no files or relations.
    if (totalDocs) await this.payload.db.deleteMany({ collection: CHANGE_FEED_SLUG, where: where as never })
    await this.payload.db.deleteMany({ collection: PROCESSES_SLUG, where: { seenAt: { less_than: new Date(Date.now() - 86_400_000).toISOString() } } as never })
    return totalDocs
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    if (this.beat) clearInterval(this.beat)
    await this.chain
    if (this.rowId !== null) await this.payload.delete({ collection: PROCESSES_SLUG as never, id: this.rowId, overrideAccess: true, context: { feed: true } }).catch(() => undefined)
    if (runtime().feed === this) runtime().feed = undefined
  }
}

/** Starts this process's tailer once (the server; scripts that only write need none). */
export async function startFeed(payload: Payload, role = 'server'): Promise<FeedTailer> {
  const running = runtime().feed
  if (running) return running
  const tailer = new FeedTailer(payload, role)
  runtime().feed = tailer
  await tailer.start()
  return tailer
}
