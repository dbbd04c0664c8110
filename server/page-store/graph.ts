import { documentPath } from '../../cms/lib/paths'
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { relationsTowards, validityOf } from '../../cms/collections/LegalDocuments/validity'
import { DOCUMENT_CITATIONS_SLUG } from '../../cms/collections/DocumentCitations'
import { citeKey } from '../../cms/lib/legal-text/citations'
import { startFeed } from '../../cms/feed/tailer'
import { onContentChange, type ContentChange } from '../../cms/hooks/contentEvents'
import { vnDayKey } from '../../cms/lib/dates'
import { idString as idOf } from '../../cms/lib/ids'
import { maintenanceNotice, type MaintenanceWindow } from '../../cms/lib/maintenance'
import type { LegalDocument } from '../../cms/payload-types'
import { runtime } from '../../cms/runtime'

type Doc = Pick<
  LegalDocument,
  'id' | 'numberSymbol' | 'slug' | 'year' | 'updatedAt' | 'workflowState' | 'issuedAt' | 'effectiveAt' | 'expiresAt' | 'validityOverride' | 'relations' | 'attachments'
>

/** What a document's page depends on, as the graph keeps it (no text). */
interface Node {
  id: string
  path: string
  updatedAt: string
  state: string
  doc: Doc
  /** Its number-symbol as citations name it. */
  key: string
  /** Documents its recorded relations point to. */
  relationTargets: string[]
  /** Number-symbols its published text cites (the citation rows). */
  cites: string[]
  /** Documents its page shows: relation targets and the documents its text cites (set by reindex). */
  targets: string[]
  media: string[]
}

const SELECT = {
  numberSymbol: true,
  slug: true,
  year: true,
  updatedAt: true,
  workflowState: true,
  issuedAt: true,
  effectiveAt: true,
  expiresAt: true,
  validityOverride: true,
  relations: true,
  attachments: true,
} as const

/** Collections and globals whose change touches every document page (header, footer, labels, the maintenance notice). */
const SHARED = new Set(['settings', 'document-types', 'issuers', 'fields', 'holidays'])



function toNode(d: Doc, cites: string[]): Node {
  const relationTargets = [...new Set((d.relations ?? []).map((r) => idOf(r.target)))]
  return {
    id: String(d.id),
    path: documentPath(d),
    updatedAt: d.updatedAt,
    state: d.workflowState ?? '',
    doc: { ...d, relations: (d.relations ?? []).map((r) => ({ ...r, target: idOf(r.target) as never })) },
    key: citeKey(d.numberSymbol ?? ''),
    relationTargets,
    cites,
    targets: relationTargets,
    media: (d.attachments ?? []).map((a) => idOf(a.file)),
  }
}

/**
 * The public documents and what links them, in memory: enough to compute each page's
 * fingerprint without touching the database. It is read once at start and kept current from
 * the change feed (each change is announced once committed, whichever process made it).
 */
export class DocumentGraph {
  private nodes = new Map<string, Node>()
  private byPath = new Map<string, string>()
  private incoming = new Map<string, Set<string>>()
  private media = new Map<string, string>()
  private shared = ''
  /** The planned maintenance window and the days off it is counted on: every page shows its notice. */
  private maintenance: { window: MaintenanceWindow | null; holidays: string[] } = { window: null, holidays: [] }
  private memo = new Map<string, { version: number; day: string; notice: string; fingerprint: string }>()
  /** Changes announced and not yet read back: document ids, or '*' for shared data. */
  private pending = new Map<string, { since: number }>()
  private version = 0
  private timer: NodeJS.Timeout | null = null
  private unsubscribe: (() => void) | null = null
  private listeners: ((paths: string[]) => void)[] = []

  constructor(
    private readonly payload: Payload,
    private readonly salt: string,
  ) {}

  /** Reads every public document, the files they list and the shared data; then follows changes. */
  async load(): Promise<void> {
    // Follow the feed from before the read: a change committed meanwhile is read again after it.
    await startFeed(this.payload)
    this.unsubscribe ??= onContentChange((c) => this.onChange(c))
    const { docs } = await this.payload.find({
      collection: 'legal-documents',
      where: { workflowState: { in: ['published', 'withdrawn'] } },
      select: SELECT,
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: false,
    })
    const cites = await this.citesOf(null)
    this.nodes.clear()
    for (const d of docs as Doc[]) this.nodes.set(String(d.id), toNode(d, cites.get(String(d.id)) ?? []))
    this.reindex()
    await this.loadMedia([...new Set([...this.nodes.values()].flatMap((n) => n.media))])
    this.shared = await this.readShared()
    this.version++
  }

  stop(): void {
    this.unsubscribe?.()
    this.unsubscribe = null
    if (this.timer) clearTimeout(this.timer)
  }

  /** Called with the paths whose fingerprint may have changed, after the graph took a change in. */
  onUpdate(listener: (paths: string[]) => void): void {
    this.listeners.push(listener)
  }

  /** Every public document page. */
  paths(): string[] {
    return [...this.byPath.keys()]
  }

  /** The pages of the `n` most recently issued published documents (the ones readers look for first). */
  recent(n: number): string[] {
    return [...this.nodes.values()]
      .filter((node) => node.state === 'published')
      .sort((a, b) => String(b.doc.issuedAt ?? '').localeCompare(String(a.doc.issuedAt ?? '')))
      .slice(0, n)
      .map((node) => node.path)
  }

  /**
   * The page's fingerprint now, or null for an unknown path or while it, a document it shows,
   * or the shared data is being changed.
   */
  fingerprint(pathname: string, today = new Date()): string | null {
    const id = this.byPath.get(pathname)
    if (!id || this.pending.has('*')) return null
    const node = this.nodes.get(id)!
    const neighbours = this.neighbours(id)
    if (this.pending.has(id) || neighbours.some((n) => this.pending.has(n))) return null
    const day = vnDayKey(today)
    // The notice appears 7 working days before a window and goes when it ends, at any hour.
    const shown = maintenanceNotice(this.maintenance.window, today, this.maintenance.holidays)
    const notice = shown ? `${shown.start.getTime()}-${shown.end.getTime()}` : ''
    const memo = this.memo.get(id)
    if (memo && memo.version === this.version && memo.day === day && memo.notice === notice) return memo.fingerprint
    const parts: string[] = [this.salt, this.shared, notice, id, node.updatedAt, node.state, node.path]
    for (const n of neighbours) {
      const other = this.nodes.get(n)
      parts.push(n, other?.updatedAt ?? '-', other?.state ?? '-', other?.path ?? '-')
    }
    for (const m of node.media) parts.push(m, this.media.get(m) ?? '-')
    // Validity is computed for today: the page changes on the day a date or relation takes effect.
    const sources = [...(this.incoming.get(id) ?? [])].map((s) => this.nodes.get(s)!).filter((s) => s.state === 'published')
    const v = validityOf(node.doc, relationsTowards(sources.map((s) => s.doc), id), today)
    parts.push(v.status, v.since ?? '', v.reason ?? '')
    const fingerprint = crypto.createHash('sha1').update(parts.join('\u0001')).digest('base64url').slice(0, 22)
    this.memo.set(id, { version: this.version, day, notice, fingerprint })
    return fingerprint
  }

  /** Documents a page shows besides itself: its targets and the documents acting on it, sorted. */
  private neighbours(id: string): string[] {
    const node = this.nodes.get(id)
    const set = new Set([...(node?.targets ?? []), ...(this.incoming.get(id) ?? [])])
    set.delete(id)
    return [...set].sort()
  }

  /**
   * The number-symbols each document's text cites, from the citation rows (written with the
   * document, in its transaction): of the documents `ids`, or of every document.
   */
  private async citesOf(ids: string[] | null): Promise<Map<string, string[]>> {
    const { docs } = await this.payload.find({
      collection: DOCUMENT_CITATIONS_SLUG,
      where: ids ? { citing: { in: ids } } : { citedKey: { not_equals: '' } },
      select: { citing: true, citedKey: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const cites = new Map<string, string[]>()
    for (const row of docs) {
      const citing = row.citing == null ? '' : idOf(row.citing)
      if (!citing || !row.citedKey) continue
      cites.set(citing, [...(cites.get(citing) ?? []), row.citedKey])
    }
    return cites
  }

  /**
   * Paths and the edges between pages: a page shows its relation targets and the documents it
   * cites (linked once they are public), and the documents acting on or citing it ("Được dẫn
   * chiếu bởi"), so a change to any of them changes its fingerprint.
   */
  private reindex(): void {
    this.byPath.clear()
    this.incoming.clear()
    const byKey = new Map<string, string[]>()
    for (const n of this.nodes.values()) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n.id])
    for (const n of this.nodes.values()) {
      this.byPath.set(n.path, n.id)
      n.targets = [...new Set([...n.relationTargets, ...n.cites.flatMap((k) => byKey.get(k) ?? [])])].filter((t) => t !== n.id)
      for (const t of n.targets) {
        if (!this.incoming.has(t)) this.incoming.set(t, new Set())
        this.incoming.get(t)!.add(n.id)
      }
    }
  }

  private async loadMedia(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const { docs } = await this.payload.find({
        collection: 'media',
        where: { id: { in: ids.slice(i, i + 500) } },
        select: { updatedAt: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      for (const m of docs) this.media.set(String(m.id), m.updatedAt)
    }
  }

  private async readShared(): Promise<string> {
    const settings = await this.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: false }).catch(() => null)
    const parts = [settings?.updatedAt ?? '-']
    for (const collection of ['document-types', 'issuers', 'fields'] as const) {
      const { docs } = await this.payload.find({ collection, select: { updatedAt: true }, depth: 0, pagination: false, overrideAccess: false })
      parts.push(`${docs.length}:${docs.map((d) => d.updatedAt).sort().at(-1) ?? '-'}`)
    }
    const holidays = await this.payload.find({ collection: 'holidays', select: { date: true }, depth: 0, pagination: false, overrideAccess: false })
    const m = settings?.maintenance
    this.maintenance = { window: m?.start && m?.end ? { start: m.start, end: m.end, text: m.text } : null, holidays: holidays.docs.map((h) => vnDayKey(h.date)).filter(Boolean) }
    return parts.join('/')
  }

  private onChange(change: ContentChange): void {
    let key: string
    if (change.collection === 'legal-documents') key = String(change.id)
    else if (change.collection === 'media') key = `media:${change.id}`
    else if (SHARED.has(change.collection)) key = '*'
    else return
    this.pending.set(key, { since: Date.now() })
    this.schedule(100)
  }

  private schedule(ms: number): void {
    this.timer ??= setTimeout(() => {
      this.timer = null
      this.apply().catch((err: unknown) => {
        this.payload.logger.error({ err, msg: 'Không cập nhật được sơ đồ văn bản cho trang lưu sẵn' })
        this.schedule(2000)
      })
    }, ms)
  }

  /** Reads back the changed documents (committed: the feed announces only committed changes), 200 per query. */
  private async apply(): Promise<void> {
    const affected = new Set<string>()
    const taken = [...this.pending]
    const documents: string[] = []
    for (const [key] of taken) {
      if (key === '*') {
        this.shared = await this.readShared()
        for (const path of this.byPath.keys()) affected.add(path)
      } else if (key.startsWith('media:')) {
        const id = key.slice(6)
        const m = await this.payload.findByID({ collection: 'media', id, depth: 0, select: { updatedAt: true }, overrideAccess: false, disableErrors: true })
        if (m) this.media.set(id, m.updatedAt)
        else this.media.delete(id)
        for (const n of this.nodes.values()) if (n.media.includes(id)) affected.add(n.path)
      } else documents.push(key)
    }
    for (let i = 0; i < documents.length; i += 200) {
      const chunk = documents.slice(i, i + 200)
      const found = await this.payload.find({ collection: 'legal-documents', where: { and: [{ id: { in: chunk } }, { workflowState: { in: ['published', 'withdrawn'] } }] }, select: SELECT, depth: 0, pagination: false, draft: false, overrideAccess: false })
      const byId = new Map((found.docs as Doc[]).map((d) => [String(d.id), d]))
      const cites = await this.citesOf(chunk)
      for (const key of chunk) for (const n of [key, ...this.neighbours(key)]) affected.add(this.nodes.get(n)?.path ?? '')
      for (const key of chunk) {
        const doc = byId.get(key)
        if (doc) this.nodes.set(key, toNode(doc, cites.get(key) ?? []))
        else this.nodes.delete(key)
      }
      this.reindex()
      for (const key of chunk) for (const n of [key, ...this.neighbours(key)]) affected.add(this.nodes.get(n)?.path ?? '')
      const unknown = chunk.flatMap((key) => this.nodes.get(key)?.media.filter((m) => !this.media.has(m)) ?? [])
      if (unknown.length) await this.loadMedia([...new Set(unknown)])
    }
    // A change announced while this one was read is read again next time.
    for (const [key, p] of taken) if (this.pending.get(key) === p) this.pending.delete(key)
    affected.delete('')
    this.version++
    if (this.pending.size) this.schedule(100)
    if (affected.size) for (const l of this.listeners) l([...affected])
  }

  /** Waits until every announced change has been read back (tests, shutdown). */
  async settled(): Promise<void> {
    await runtime().feed?.sync()
    while (this.pending.size) await new Promise((r) => setTimeout(r, 50))
  }
}
