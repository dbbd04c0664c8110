import { documentTimeline, type TimelineEvent, type TimelineRelation } from '../../../cms/lib/history/timeline'
import { ANCHOR_PATTERN, provisionPath } from '../../../cms/lib/provisions/provisions'
import type { DocumentContext, PublicDocument } from './documents'

/**
 * Returns the history of a document page from what the page already read (its fields and the
 * relations of `documentContext`): no further query. Effects per provision, once recorded, are
 * passed as `extra` (see cms/lib/history/timeline.ts).
 */
export function documentHistory(doc: PublicDocument, context: Pick<DocumentContext, 'relations'> | null, extra: Parameters<typeof documentTimeline>[0]['extra'] = [], today = new Date()): TimelineEvent[] {
  const incoming: TimelineRelation[] = []
  for (const g of context?.relations ?? []) {
    if (g.direction !== 'incoming') continue
    for (const i of g.items) incoming.push({ type: g.type, effectiveAt: i.effectiveAt, article: i.article, from: { numberSymbol: i.numberSymbol, url: i.url } })
  }
  const withdrawn = doc.workflowState === 'withdrawn'
  return documentTimeline(
    {
      issuedAt: doc.issuedAt,
      publishedAt: doc.publishedAt,
      effectiveAt: doc.effectiveAt,
      expiresAt: doc.expiresAt,
      incoming,
      withdrawn: withdrawn ? { at: doc.updatedAt, reason: doc.withdrawnReason } : null,
      extra,
      provisionUrl: (anchor) => (ANCHOR_PATTERN.test(anchor) ? provisionPath(doc, anchor) : undefined),
    },
    today,
  )
}
