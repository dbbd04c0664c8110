import type { Payload } from 'payload'

import { parseLegalText } from '../../../cms/lib/legal-text'
import { unitHtml } from '../../../cms/lib/legal-text/render-units'
import type { TextUnit } from '../../../cms/lib/legal-text/types'
import { findProvision, provisionLabel, provisionPath, touchesProvision, type FoundProvision } from '../../../cms/lib/provisions/provisions'
import { sanitizeStoredHtml } from '../../../cms/lib/richtext/sanitize'
import { nfc } from '../../../cms/lib/vietnamese'
import { documentContext, type DocumentContext, type PublicDocument, type RelatedDoc } from './documents'
import { payloadInstance } from './payload'
import { confirmedEffectsOf } from '../../../cms/collections/DocumentEffects/applied'
import { anchorLabel, DOCUMENT_EFFECTS_SLUG } from '../../../cms/collections/DocumentEffects'
import { textOnDate } from '../../../cms/lib/effects/apply'
import { markText } from '../../../cms/lib/effects/consolidated'
import { readDateParam } from '../../../cms/lib/effects/date-param'
import { vnDayKey } from '../../../cms/lib/dates'
import type { PointInTimeView } from './effects'

/** A neighbouring provision, as a link. */
export interface ProvisionLink {
  anchor: string
  label: string
  title: string
  path: string
}

/** A relation of another document that touches this provision (amends, replaces, cites… it or a part of it). */
export interface ProvisionRelation {
  type: string
  label: string
  direction: 'incoming' | 'outgoing'
  document: RelatedDoc
  article: string | null
  effectiveAt: string | null
}

/** A confirmed effect touching the provision: "Được sửa đổi bởi khoản 2 Điều 1 Nghị định số …", linked to that provision. */
export interface ProvisionChange {
  /** "Được sửa đổi", "Bị bãi bỏ", "Được bổ sung", "Ngưng hiệu lực". */
  mark: string
  /** The provision changed: this one or a part of it ("dieu-5-khoan-2"). */
  anchor: string
  /** The amending provision and document: "khoản 2 Điều 1 Nghị định số 03/2026/NĐ-MAU". */
  by: string
  /** The amending provision's page ('' when its document is not on the portal). */
  href: string
  effectiveAt: string
  /** False while not yet in force on the day shown. */
  applied: boolean
}

/** A confirmed effect this provision makes on another document's provision. */
export interface ProvisionAmends {
  operation: string
  /** "khoản 2 Điều 5 Nghị định số 02/2025/NĐ-MAU". */
  label: string
  href: string
  effectiveAt: string
}

/** One provision of a published document, as its page and the API show it. */
export interface ProvisionView {
  anchor: string
  kind: TextUnit['kind']
  /** How a citation names it: "Khoản 2 Điều 5". */
  label: string
  title: string
  path: string
  /** The provision's text as HTML (the document's rendering of that unit and its sub-units). */
  html: string
  /** Plain text: heading, paragraphs and sub-units, one paragraph a line. */
  text: string
  /** The enclosing units, outermost first, as links. */
  ancestors: ProvisionLink[]
  previous: ProvisionLink | null
  next: ProvisionLink | null
  relations: ProvisionRelation[]
  /** The text on a date (`?ngay=`, default today) when confirmed effects exist; null otherwise. */
  pointInTime: PointInTimeView | null
  /** Effects on this provision or its parts, applied or not yet in force on the day shown. */
  changes: ProvisionChange[]
  /** Effects this provision (of an amending document) makes on other documents. */
  amends: ProvisionAmends[]
  context: DocumentContext
}

function linkOf(doc: PublicDocument, unit: TextUnit, ancestors: TextUnit[]): ProvisionLink {
  return { anchor: unit.anchor, label: provisionLabel({ unit, ancestors }), title: unit.title, path: provisionPath(doc, unit.anchor) }
}

function ancestorsOf(parsed: ReturnType<typeof parseLegalText>, unit: TextUnit): TextUnit[] {
  return findProvision(parsed, unit.anchor)?.ancestors ?? []
}

function plainText(unit: TextUnit): string {
  const own = [`${unit.label} ${unit.title || unit.paragraphs[0] || ''}`.trim(), ...(unit.title ? unit.paragraphs : unit.paragraphs.slice(1))]
  return [...own, ...unit.children.map(plainText)].join('\n')
}

/** Returns the stored full text of a public document (the page's read leaves it out). */
async function fullTextOf(payload: Payload, id: number | string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ id: { equals: id } }, { workflowState: { equals: 'published' } }] },
    select: { fullText: true },
    limit: 1,
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
  })
  return typeof docs[0]?.fullText === 'string' ? nfc(docs[0].fullText) : ''
}

/**
 * Returns a provision of a published document: its text, neighbours, and the relations that
 * touch it; null when the document has no unit with that anchor. Parses the stored full text
 * (the same parser that made the document page's anchors, so they agree).
 */
export async function provisionView(doc: PublicDocument, anchor: string, context?: DocumentContext, params: URLSearchParams = new URLSearchParams()): Promise<ProvisionView | null> {
  const payload = await payloadInstance()
  const text = await fullTextOf(payload, doc.id)
  if (!text.trim()) return null
  let parsed = parseLegalText(text)
  // The text in force on the day asked for (issue 14): an inserted provision exists only there.
  const effects = await confirmedEffectsOf(payload, doc.id)
  let pointInTime: PointInTimeView | null = null
  const changes: ProvisionChange[] = []
  if (effects.length) {
    const today = vnDayKey(new Date())
    const asked = readDateParam(params.get('ngay'), today)
    const original = params.has('goc')
    const day = asked.ok ? asked.day : today
    const pit = textOnDate(parsed, effects, original ? '0000-01-01' : day)
    pointInTime = { day, pit: asked.ok ? pit : null, html: '', error: asked.ok ? '' : asked.message, original }
    if (!original) parsed = pit.text
    const touches = (target: string) => target === anchor || target.startsWith(`${anchor}-`) || anchor.startsWith(`${target}-`)
    for (const e of [...pit.applied, ...pit.pending]) {
      if (!touches(e.target)) continue
      changes.push({
        mark: markText({ anchor: e.target, kind: 'article', effect: e }),
        anchor: e.target,
        by: `${e.sourceLabel} ${e.amendingTitle}`.trim(),
        href: e.amendingPath ? `${e.amendingPath}/${e.source}` : '',
        effectiveAt: e.effectiveAt,
        applied: pit.applied.includes(e) && !original,
      })
    }
  }
  const found: FoundProvision | null = findProvision(parsed, anchor)
  if (!found) return null
  const ctx = context ?? (await documentContext(doc, payload))
  const relations: ProvisionRelation[] = []
  for (const g of ctx.relations) {
    // Outgoing relations name the other document's part; only incoming ones are about this text.
    if (g.direction !== 'incoming') continue
    for (const item of g.items) {
      if (!touchesProvision(item.article, anchor)) continue
      relations.push({ type: g.type, label: g.label, direction: g.direction, document: item, article: item.article ?? null, effectiveAt: item.effectiveAt ?? null })
    }
  }
  const { unit, ancestors } = found
  return {
    anchor,
    kind: unit.kind,
    label: provisionLabel(found),
    title: unit.title,
    path: provisionPath(doc, anchor),
    html: sanitizeStoredHtml(unitHtml(unit, 1), 'legal'),
    text: plainText(unit),
    ancestors: ancestors.map((a, i) => linkOf(doc, a, ancestors.slice(0, i))),
    previous: found.previous ? linkOf(doc, found.previous, ancestorsOf(parsed, found.previous)) : null,
    next: found.next ? linkOf(doc, found.next, ancestorsOf(parsed, found.next)) : null,
    relations,
    pointInTime,
    changes,
    amends: await amendsFrom(payload, doc.id, anchor),
    context: ctx,
  }
}

/** The confirmed effects the provision `anchor` of document `id` makes on other documents. */
async function amendsFrom(payload: Payload, id: number | string, anchor: string): Promise<ProvisionAmends[]> {
  const { docs } = await payload.find({
    collection: DOCUMENT_EFFECTS_SLUG,
    where: { and: [{ amending: { equals: id } }, { status: { equals: 'confirmed' } }] },
    depth: 2,
    pagination: false,
    overrideAccess: false,
    populate: { 'legal-documents': { numberSymbol: true, slug: true, year: true, workflowState: true, documentType: true }, 'document-types': { name: true } },
  })
  return docs.flatMap((e) => {
    const target = typeof e.document === 'object' ? e.document : null
    if (!target || target.workflowState !== 'published') return []
    if (!(e.source === anchor || e.source.startsWith(`${anchor}-`))) return []
    const type = typeof target.documentType === 'object' ? target.documentType?.name ?? '' : ''
    return [{ operation: e.operation, label: `${anchorLabel(e.targetAnchor)} ${type} số ${target.numberSymbol}`.trim(), href: provisionPath(target, e.targetAnchor), effectiveAt: vnDayKey(e.effectiveAt) }]
  })
}
