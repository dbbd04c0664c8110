/**
 * The confirmed effects on a document as the texts apply them: each with its amending document
 * named for footnotes and linked. Effects of an amending document not published on the portal
 * do not change the public text. Read with public access (confirmed effects are public).
 */
import type { Payload, PayloadRequest } from 'payload'

import { vnDayKey } from '../../lib/dates'
import type { AppliedEffect, EffectOperation } from '../../lib/effects/types'
import { documentPath } from '../../lib/paths'
import { DOCUMENT_EFFECTS_SLUG } from '.'

/** Returns the confirmed effects on document `documentId`, in effective-date order. */
export async function confirmedEffectsOf(payload: Payload, documentId: number | string, req?: PayloadRequest): Promise<AppliedEffect[]> {
  const { docs } = await payload.find({
    collection: DOCUMENT_EFFECTS_SLUG,
    where: { and: [{ document: { equals: documentId } }, { status: { equals: 'confirmed' } }] },
    depth: 2,
    limit: 1000,
    pagination: false,
    overrideAccess: false,
    req,
    populate: { 'legal-documents': { numberSymbol: true, slug: true, year: true, workflowState: true, documentType: true }, 'document-types': { name: true } },
  })
  return docs.flatMap((d) => {
    const amending = typeof d.amending === 'object' ? d.amending : null
    if (!amending || amending.workflowState !== 'published') return []
    const type = typeof amending.documentType === 'object' ? amending.documentType?.name ?? '' : ''
    return [{
      operation: d.operation as EffectOperation,
      target: d.targetAnchor,
      after: d.after ?? '',
      wording: (d.wording ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
      phraseFrom: d.phraseFrom ?? '',
      phraseTo: d.phraseTo ?? '',
      source: d.source,
      sourceLabel: d.sourceLabel ?? '',
      effectiveAt: vnDayKey(d.effectiveAt),
      amendingTitle: `${type} số ${amending.numberSymbol}`.trim(),
      amendingPath: documentPath(amending),
    }]
  })
}
