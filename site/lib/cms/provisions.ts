import type { Payload } from 'payload'

import { parseLegalText } from '../../../cms/lib/legal-text'
import { unitHtml } from '../../../cms/lib/legal-text/render-units'
import type { TextUnit } from '../../../cms/lib/legal-text/types'
import { findProvision, provisionLabel, provisionPath, touchesProvision, type FoundProvision } from '../../../cms/lib/provisions/provisions'
import { sanitizeStoredHtml } from '../../../cms/lib/richtext/sanitize'
import { nfc } from '../../../cms/lib/vietnamese'
import { documentContext, type DocumentContext, type PublicDocument, type RelatedDoc } from './documents'
import { payloadInstance } from './payload'

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
export async function provisionView(doc: PublicDocument, anchor: string, context?: DocumentContext): Promise<ProvisionView | null> {
  const payload = await payloadInstance()
  const text = await fullTextOf(payload, doc.id)
  if (!text.trim()) return null
  const parsed = parseLegalText(text)
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
    context: ctx,
  }
}
