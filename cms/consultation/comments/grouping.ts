/**
 * Groups near-identical comments from different people for moderators ("N ý kiến tương tự").
 * It runs after the receipt is sent, in batches, so a campaign never slows intake: a SimHash
 * distance picks the few candidates worth an exact shingle comparison, and only those texts
 * are read back. The markers it writes are bookkeeping columns, written straight through the
 * database adapter (no moderation hooks apply); a comment whose grouping was cut short by a
 * restart is picked up by the sweep on the next run.
 */
import type { Payload } from 'payload'

import { assignSimilarityGroup } from './similarity'
import { runtime } from '../../runtime'

/** SimHash bits two texts may differ by and still be compared word by word. */
const CANDIDATE_DISTANCE = 14
const MAX_CANDIDATES = 25
const BATCH = 200
/** Texts of recent candidates kept in memory, so a campaign's founder is read once, not per comment. */
const TEXT_CACHE = 5000

/** A stored comment waiting to be grouped, with what grouping needs (no second read); keyed by its unique tracking code. */
export interface GroupingItem {
  draftId: number | string
  code: string
  body: string
  simhash: string
  email: string
}

interface Indexed {
  code: string
  /** The 64-bit SimHash as two 32-bit halves: comparing numbers is far cheaper than parsing hex. */
  hi: number
  lo: number
  email: string
  group: string | null
}

const halves = (hex: string): [number, number] => (/^[0-9a-f]{16}$/i.test(hex) ? [Number.parseInt(hex.slice(0, 8), 16), Number.parseInt(hex.slice(8), 16)] : [0, 0])

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function indexed(code: string, simhash: string, email: string, group: string | null): Indexed {
  const [hi, lo] = halves(simhash)
  return { code, hi, lo, email, group }
}

interface GroupingState {
  queue: GroupingItem[]
  running: boolean
  swept: boolean
  /** Grouped comments per draft, loaded once per draft and kept up to date. */
  index: Map<string, Indexed[]>
  texts: Map<string, string>
  idle: (() => void)[]
}

declare module '../../runtime' {
  interface Runtime {
    commentGrouping?: WeakMap<Payload, GroupingState>
  }
}

function stateOf(payload: Payload): GroupingState {
  const all = (runtime().commentGrouping ??= new WeakMap())
  let state = all.get(payload)
  if (!state) all.set(payload, (state = { queue: [], running: false, swept: false, index: new Map(), texts: new Map(), idle: [] }))
  return state
}

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string))

async function draftIndex(payload: Payload, state: GroupingState, draftId: number | string): Promise<Indexed[]> {
  const key = String(draftId)
  const cached = state.index.get(key)
  if (cached) return cached
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ draft: { equals: draftId } }, { groupedAt: { exists: true } }, { simhash: { exists: true } }] },
    pagination: false,
    depth: 0,
    select: { trackingCode: true, simhash: true, email: true, similarityGroup: true },
    overrideAccess: true,
  })
  const list = docs.map((d) => indexed(d.trackingCode, d.simhash ?? '', d.email ?? '', d.similarityGroup ?? null))
  state.index.set(key, list)
  return list
}

/** Returns the texts of the candidates, from memory when read before. */
async function candidateTexts(payload: Payload, state: GroupingState, candidates: Indexed[]): Promise<Map<string, string>> {
  const missing = candidates.filter((c) => !state.texts.has(c.code))
  if (missing.length > 0) {
    const { docs } = await payload.find({
      collection: 'comments',
      where: { trackingCode: { in: missing.map((c) => c.code) } },
      pagination: false,
      depth: 0,
      select: { trackingCode: true, body: true },
      overrideAccess: true,
    })
    for (const d of docs) remember(state, d.trackingCode, d.body ?? '')
  }
  return state.texts
}

function remember(state: GroupingState, code: string, text: string): void {
  state.texts.set(code, text)
  if (state.texts.size > TEXT_CACHE) state.texts.delete(state.texts.keys().next().value!)
}

/** Returns the group of one item (null when it resembles nobody), naming a new group's founder too. */
async function groupOf(payload: Payload, state: GroupingState, index: Indexed[], item: GroupingItem, writes: Map<string, string | null>): Promise<string | null> {
  const [hi, lo] = halves(item.simhash)
  const close: { c: Indexed; d: number }[] = []
  for (const c of index) {
    const d = popcount32((c.hi ^ hi) >>> 0) + popcount32((c.lo ^ lo) >>> 0)
    if (d <= CANDIDATE_DISTANCE && c.email !== item.email) close.push({ c, d })
  }
  // Nearest first; one member stands for its whole group (they are alike by definition).
  const seenGroups = new Set<string>()
  const near = close
    .sort((a, b) => a.d - b.d)
    .map((x) => x.c)
    .filter((c) => !c.group || (!seenGroups.has(c.group) && Boolean(seenGroups.add(c.group))))
    .slice(0, MAX_CANDIDATES)
  remember(state, item.code, item.body)
  if (near.length === 0) return null
  const texts = await candidateTexts(payload, state, near)
  const group = assignSimilarityGroup(item.body, near.map((c) => ({ id: c.code, text: texts.get(c.code) ?? '', group: c.group })))
  // The first match of a new group is named after the earliest comment: give it its group too.
  const founder = near.find((c) => c.code === group && !c.group)
  if (founder) {
    founder.group = group
    writes.set(founder.code, group)
  }
  return group
}

async function groupBatch(payload: Payload, state: GroupingState, batch: GroupingItem[]): Promise<void> {
  const writes = new Map<string, string | null>()
  for (const item of batch) {
    const index = await draftIndex(payload, state, item.draftId)
    const group = await groupOf(payload, state, index, item, writes)
    writes.set(item.code, group)
    index.push(indexed(item.code, item.simhash, item.email, group))
  }
  const groupedAt = new Date().toISOString()
  const alone = [...writes].filter(([, g]) => g === null).map(([code]) => code)
  if (alone.length > 0) {
    await payload.db.updateMany({ collection: 'comments', where: { trackingCode: { in: alone } }, data: { groupedAt }, returning: false } as never)
  }
  for (const [code, group] of writes) {
    if (group !== null) await payload.db.updateOne({ collection: 'comments', where: { trackingCode: { equals: code } }, data: { similarityGroup: group, groupedAt }, returning: false } as never)
  }
}

async function sweep(payload: Payload, state: GroupingState): Promise<void> {
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ groupedAt: { exists: false } }, { simhash: { exists: true } }] },
    pagination: false,
    depth: 0,
    select: { draft: true, trackingCode: true, body: true, simhash: true, email: true },
    sort: 'createdAt',
    overrideAccess: true,
  })
  const queued = new Set(state.queue.map((q) => q.code))
  for (const d of docs) {
    if (queued.has(d.trackingCode) || !d.body || !d.simhash) continue
    state.queue.push({ draftId: idOf(d.draft), code: d.trackingCode, body: d.body, simhash: d.simhash, email: d.email ?? '' })
  }
}

async function drain(payload: Payload, state: GroupingState): Promise<void> {
  if (state.running) return
  state.running = true
  try {
    if (!state.swept) {
      state.swept = true
      await sweep(payload, state)
    }
    while (state.queue.length > 0) {
      const batch = state.queue.splice(0, BATCH)
      await groupBatch(payload, state, batch).catch((err: unknown) => payload.logger.error({ err, msg: `Không nhóm được ${batch.length} góp ý` }))
    }
  } finally {
    state.running = false
    for (const resolve of state.idle.splice(0)) resolve()
  }
}

/** Queues a stored comment for similarity grouping; returns at once. */
export function scheduleGrouping(payload: Payload, item: GroupingItem): void {
  const state = stateOf(payload)
  state.queue.push(item)
  // A short pause lets a burst of submissions form one batch.
  if (state.queue.length === 1) setTimeout(() => void drain(payload, state), 20)
}

/** Resolves when the grouping queue is empty (tests, orderly shutdown). */
export function groupingIdle(payload: Payload): Promise<void> {
  const state = stateOf(payload)
  if (!state.running && state.queue.length === 0) return Promise.resolve()
  return new Promise((resolve) => state.idle.push(resolve))
}

/** Forgets the cached per-draft index and texts (after moderators regroup or tests reset data). */
export function resetGroupingIndex(payload: Payload): void {
  stateOf(payload).index.clear()
  stateOf(payload).texts.clear()
}
