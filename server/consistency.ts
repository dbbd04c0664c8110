import type { CollectionSlug, Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

/**
 * Start-up consistency check of versioned collections (issue #12).
 *
 * Before saves were atomic on SQLite (Payload's SQLite adapter runs without transactions unless
 * `transactionOptions` is set), a failed or killed save could leave:
 * - a document with two (or more) version rows marked `latest` (createVersion inserts the new
 *   latest row, then clears the flag on the older ones: a kill in between) — the admin's list
 *   shows it twice and reads either;
 * - a main row with no version row at all (a create that failed or was killed after its main
 *   row): invisible in the admin's list, yet it holds its number-symbol;
 * - a document whose version rows have none marked `latest`;
 * - version rows whose document no longer exists (a delete killed between the main row and its
 *   versions; on the SQL adapters the parent column is then NULL, by the foreign key's ON DELETE SET NULL).
 *
 * Rows of relationship (`*_rels`) and array tables cannot outlive their parent on the SQL
 * adapters: their foreign keys cascade (PostgreSQL always; libsql opens SQLite connections with
 * `foreign_keys=ON`), and MongoDB embeds them. So they are not checked here.
 *
 * Everything goes through the adapter's own methods (`payload.db.*`), never raw SQL, so the
 * same code covers SQLite, PostgreSQL and MongoDB. When all is well it costs two queries per
 * versioned collection (the document ids; the parents of the version rows marked latest, 20,000
 * per query); more are made only to classify and repair what those two show. Repairs re-read
 * what they change first and run one document per transaction.
 *
 * Not seen by the two queries: version rows of a deleted document none of whose rows was marked
 * latest (an interrupted delete of a document that was already inconsistent). Not detectable
 * this way at all (tests/int/crash-save.test.ts saw both before saves were atomic): an update
 * killed between the main row and its version row (the public reads the new text, the admin the
 * old), and a create killed inside its main row's writes (the row without its relationship rows).
 */

type Id = number | string

export interface ConsistencyOptions {
  /** Repair what is found (otherwise report only). */
  repair: boolean
  /** Receives one Vietnamese line per kind of problem found (and one summary line). */
  log?: (line: string) => void
  /** Rows read per query (default 20,000). */
  batchSize?: number
}

/** What was found in one collection (documents affected; `orphanVersions` counts rows). */
export interface CollectionConsistency {
  collection: string
  documents: number
  /** Version rows marked latest. */
  latestVersions: number
  /** Documents with more than one version row marked latest. */
  duplicateLatest: number
  /** Documents whose version rows have none marked latest. */
  noLatest: number
  /** Main rows with no version row at all (ids listed in `missingVersionIds`). */
  missingVersion: number
  missingVersionIds: Id[]
  /** Version rows whose document does not exist. */
  orphanVersions: number
}

export interface ConsistencyReport {
  duplicateLatest: number
  noLatest: number
  missingVersion: number
  orphanVersions: number
  /** True when something was found (whether or not it was repaired). */
  found: boolean
  repaired: boolean
  collections: CollectionConsistency[]
  /** Database queries made (reads and writes), for the "fast when all is well" promise. */
  queries: number
  ms: number
}

interface VersionRow {
  id: Id
  parent?: Id | { id: Id } | null
  latest?: boolean | null
  updatedAt?: string | Date | null
}

const key = (id: Id) => String(id)
const time = (v: unknown) => {
  const t = v ? new Date(v as string).getTime() : NaN
  return Number.isNaN(t) ? 0 : t
}
const parentOf = (row: VersionRow): Id | null => {
  const p = row.parent
  if (p === null || p === undefined) return null
  return typeof p === 'object' ? p.id : p
}
/** Newest first: by updatedAt, then by id (numeric ids numerically). */
const newestFirst = (a: VersionRow, b: VersionRow) => {
  const d = time(b.updatedAt) - time(a.updatedAt)
  if (d !== 0) return d
  if (typeof a.id === 'number' && typeof b.id === 'number') return b.id - a.id
  return key(b.id) < key(a.id) ? -1 : key(b.id) > key(a.id) ? 1 : 0
}
const chunks = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** The collections with versions, and whether they have drafts. */
export function versionedCollections(payload: Payload): { config: SanitizedCollectionConfig; drafts: boolean }[] {
  return payload.config.collections
    .filter((c) => Boolean(c.versions))
    .map((config) => ({ config, drafts: Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts) }))
}

/** Runs `fn` in one database transaction when the adapter has them (MongoDB without a replica set has none). */
async function inTransaction<T>(payload: Payload, fn: (req: Partial<PayloadRequest> | undefined) => Promise<T>): Promise<T> {
  const id = await payload.db.beginTransaction()
  if (id === null || id === undefined) return fn(undefined)
  const req = { transactionID: id } as Partial<PayloadRequest>
  try {
    const result = await fn(req)
    await payload.db.commitTransaction(id)
    return result
  } catch (err) {
    await payload.db.rollbackTransaction(id).catch(() => undefined)
    throw err
  }
}

const label = (config: SanitizedCollectionConfig) => {
  const plural = config.labels?.plural
  return typeof plural === 'string' ? plural : config.slug
}
const byCollection = (parts: { config: SanitizedCollectionConfig; n: number }[]) =>
  parts
    .filter((p) => p.n > 0)
    .map((p) => `${label(p.config)}: ${p.n}`)
    .join('; ')

/**
 * Checks (and with `repair`, repairs) every versioned collection; see the comment at the top.
 * Run at start-up after the migrations, before seeding and before the server takes requests.
 */
export async function checkConsistency(payload: Payload, options: ConsistencyOptions): Promise<ConsistencyReport> {
  const started = Date.now()
  const log = options.log ?? (() => undefined)
  const batch = Math.max(100, options.batchSize ?? 20_000)
  let queries = 0
  const results: { config: SanitizedCollectionConfig; result: CollectionConsistency }[] = []

  for (const { config, drafts } of versionedCollections(payload)) {
    const collection = config.slug as CollectionSlug
    const findVersionRows = async (where: Where, select: Record<string, true>, sort = 'id'): Promise<VersionRow[]> => {
      const rows: VersionRow[] = []
      for (let page = 1; ; page++) {
        queries++
        const { docs } = await payload.db.findVersions({ collection, where, pagination: false, limit: batch, page, sort, select: select as never })
        rows.push(...(docs as unknown as VersionRow[]))
        if (docs.length < batch) return rows
      }
    }

    // 1. Every document id.
    queries++
    const main = await payload.db.find({ collection, pagination: false, limit: 0, select: { id: true } as never, sort: 'id' })
    const ids = new Map<string, Id>(main.docs.map((d) => [key(d.id as Id), d.id as Id]))

    // 2. The parent of every version row marked latest. Only the parent column is read: it comes
    //    first in the row, while a version's text can run to megabytes (SQLite would otherwise read
    //    every row's overflow pages to reach updatedAt); `latest` is indexed on every adapter.
    const latestRows = await findVersionRows({ latest: { equals: true } }, { parent: true })
    const latestPerParent = new Map<string, { parent: Id; n: number }>()
    const danglingParents = new Map<string, Id>()
    let nullParent = false
    for (const row of latestRows) {
      const parent = parentOf(row)
      if (parent === null) nullParent = true
      else if (!ids.has(key(parent))) danglingParents.set(key(parent), parent)
      else {
        const e = latestPerParent.get(key(parent)) ?? { parent, n: 0 }
        e.n++
        latestPerParent.set(key(parent), e)
      }
    }
    const duplicate = [...latestPerParent.values()].filter((e) => e.n > 1).map((e) => e.parent)

    // Only when something is off: which documents without a latest row have none at all, and
    // every orphan row (a deleted document's older versions are orphans too).
    const withoutLatest = [...ids.entries()].filter(([k]) => !latestPerParent.has(k)).map(([, id]) => id)
    const withVersions = new Set<string>()
    for (const part of chunks(withoutLatest, 500)) {
      for (const row of await findVersionRows({ parent: { in: part } }, { parent: true })) withVersions.add(key(parentOf(row)!))
    }
    const noLatest = drafts ? withoutLatest.filter((id) => withVersions.has(key(id))) : []
    const missing = withoutLatest.filter((id) => !withVersions.has(key(id)))
    /** Orphan version row ids by parent ('' for a NULL parent). */
    const orphanParents = new Map<string, { parent: Id | null; rows: Id[] }>()
    if (nullParent || danglingParents.size > 0) {
      const or: Where[] = [...chunks([...danglingParents.values()], 500).map((part) => ({ parent: { in: part } }) as Where)]
      if (nullParent) or.push({ parent: { exists: false } })
      for (const row of await findVersionRows({ or }, { parent: true })) {
        const parent = parentOf(row)
        const k = parent === null ? '' : key(parent)
        const entry = orphanParents.get(k) ?? { parent, rows: [] }
        entry.rows.push(row.id)
        orphanParents.set(k, entry)
      }
    }
    const orphanVersions = [...orphanParents.values()].reduce((n, o) => n + o.rows.length, 0)

    const result: CollectionConsistency = {
      collection,
      documents: ids.size,
      latestVersions: latestRows.length,
      duplicateLatest: duplicate.length,
      noLatest: noLatest.length,
      missingVersion: missing.length,
      missingVersionIds: missing,
      orphanVersions,
    }
    results.push({ config, result })

    if (!options.repair) continue

    // (a) More than one latest: keep the newest (updatedAt, then id), clear the flag on the others.
    for (const parent of duplicate) {
      await inTransaction(payload, async (req) => {
        queries++
        const { docs } = await payload.db.findVersions({
          collection,
          where: { and: [{ parent: { equals: parent } }, { latest: { equals: true } }] },
          pagination: false,
          limit: 0,
          select: { parent: true, latest: true, updatedAt: true } as never,
          req,
        })
        const rows = (docs as unknown as VersionRow[]).sort(newestFirst)
        for (const row of rows.slice(1)) {
          queries++
          // updatedAt given as it was: the adapters would otherwise stamp the row as just changed.
          await payload.db.updateVersion({ collection, id: row.id, versionData: { latest: false, updatedAt: row.updatedAt } as never, returning: false, req })
        }
      })
    }

    // (a') Version rows but none latest: the newest becomes the latest.
    for (const parent of noLatest) {
      await inTransaction(payload, async (req) => {
        queries++
        const { docs } = await payload.db.findVersions({ collection, where: { parent: { equals: parent } }, pagination: false, limit: 0, select: { parent: true, latest: true, updatedAt: true } as never, req })
        const rows = (docs as unknown as VersionRow[]).sort(newestFirst)
        if (rows.length === 0 || rows.some((r) => r.latest === true)) return
        queries++
        await payload.db.updateVersion({ collection, id: rows[0]!.id, versionData: { latest: true, updatedAt: rows[0]!.updatedAt } as never, returning: false, req })
      })
    }

    // (b) A main row with no version at all: its version row is made from the main row, so the
    // admin lists it again and an editor can check, correct or delete it.
    if (drafts) {
      for (const id of missing) {
        queries += 3
        await inTransaction(payload, async (req) => {
          const existing = await payload.db.countVersions({ collection, where: { parent: { equals: id } }, req })
          if (existing.totalDocs > 0) return
          const doc = (await payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as Record<string, unknown> | null
          if (!doc) return
          const { id: _id, ...versionData } = doc
          void _id
          const now = new Date().toISOString()
          await payload.db.createVersion({
            collectionSlug: collection,
            parent: id,
            versionData,
            autosave: false,
            createdAt: String(doc.createdAt ?? now),
            updatedAt: String(doc.updatedAt ?? now),
            returning: false,
            req,
          })
        })
      }
    }

    // (c) Orphans: version rows whose document is gone (parent missing, or NULL on SQL).
    if (orphanParents.size > 0) {
      const gone = [...orphanParents.values()].map((o) => o.parent).filter((p): p is Id => p !== null)
      // Re-check that those documents are still absent (another process may have created one since).
      const present = new Set<string>()
      for (const part of chunks(gone, 500)) {
        queries++
        const found = await payload.db.find({ collection, where: { id: { in: part } }, pagination: false, limit: 0, select: { id: true } as never })
        for (const d of found.docs) present.add(key(d.id as Id))
      }
      const rows = [...orphanParents.entries()].filter(([k]) => !present.has(k)).flatMap(([, o]) => o.rows)
      // deleteVersions reads the rows it deletes (whole versions: a legal text can be 1 MB), so a few at a time.
      for (const part of chunks(rows, 25)) {
        queries++
        await inTransaction(payload, (req) => payload.db.deleteVersions({ collection, where: { id: { in: part } }, req }))
      }
    }
  }

  const sum = (k: 'duplicateLatest' | 'noLatest' | 'missingVersion' | 'orphanVersions') => results.reduce((n, r) => n + r.result[k], 0)
  const parts = (k: 'duplicateLatest' | 'noLatest' | 'missingVersion' | 'orphanVersions') => byCollection(results.map((r) => ({ config: r.config, n: r.result[k] })))
  const report: ConsistencyReport = {
    duplicateLatest: sum('duplicateLatest'),
    noLatest: sum('noLatest'),
    missingVersion: sum('missingVersion'),
    orphanVersions: sum('orphanVersions'),
    found: false,
    repaired: false,
    collections: results.map((r) => r.result),
    queries,
    ms: 0,
  }
  report.found = report.duplicateLatest + report.noLatest + report.missingVersion + report.orphanVersions > 0
  report.repaired = options.repair && report.found
  report.ms = Date.now() - started

  const fixed = options.repair
  if (report.duplicateLatest)
    log(`${fixed ? 'Đã sửa' : 'Phát hiện'} ${report.duplicateLatest} văn bản có hơn một bản 'mới nhất'${fixed ? ' (giữ bản lưu sau cùng)' : ''} — ${parts('duplicateLatest')}`)
  if (report.noLatest) log(`${fixed ? 'Đã sửa' : 'Phát hiện'} ${report.noLatest} văn bản không có bản 'mới nhất'${fixed ? ' (chọn bản lưu sau cùng)' : ''} — ${parts('noLatest')}`)
  if (report.missingVersion) {
    const which = results
      .filter((r) => r.result.missingVersion > 0)
      .map((r) => `${label(r.config)}: ${r.result.missingVersionIds.slice(0, 20).map((id) => `#${id}`).join(', ')}${r.result.missingVersionIds.length > 20 ? ', …' : ''}`)
      .join('; ')
    log(`${fixed ? 'Đã tạo lại phiên bản cho' : 'Phát hiện'} ${report.missingVersion} văn bản chỉ có bản chính, không có phiên bản nào${fixed ? ' (cần biên tập viên kiểm tra lại)' : ''} — ${which}`)
  }
  if (report.orphanVersions) log(`${fixed ? 'Đã xoá' : 'Phát hiện'} ${report.orphanVersions} phiên bản của văn bản không còn tồn tại — ${parts('orphanVersions')}`)
  const documents = results.reduce((n, r) => n + r.result.documents, 0)
  if (!report.found) log(`Kiểm tra tính nhất quán: không có lỗi (${documents} văn bản, ${report.ms} ms)`)
  else if (!fixed) log(`Kiểm tra tính nhất quán: có lỗi chưa sửa (${documents} văn bản, ${report.ms} ms) — sửa bằng checkConsistency(payload, { repair: true })`)
  return report
}
