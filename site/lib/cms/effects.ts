/**
 * The point-in-time view of a document page (issue 14): confirmed effects applied up to the
 * date asked for (`?ngay=`, default today), changed provisions marked; `?goc=1` shows the
 * text as issued.
 */
import { payloadInstance } from './payload'
import { parseLegalText } from '../../../cms/lib/legal-text'
import { textOnDate, type PointInTime } from '../../../cms/lib/effects/apply'
import { renderPointInTime } from '../../../cms/lib/effects/consolidated'
import { readDateParam } from '../../../cms/lib/effects/date-param'
import type { AppliedEffect, EffectOperation } from '../../../cms/lib/effects/types'
import { vnDayKey } from '../../../cms/lib/dates'
import { documentPath } from '../../../cms/lib/paths'
import { DOCUMENT_EFFECTS_SLUG } from '../../../cms/collections/DocumentEffects'

/** What the page shows above and in place of the stored text. */
export interface PointInTimeView {
  day: string
  /** Null when the date asked for could not be read; `error` says why. */
  pit: PointInTime | null
  html: string
  error: string
  original: boolean
}

/** Confirmed effects on the document, with their amending document named for notes and links. */
export async function confirmedEffects(documentId: number): Promise<AppliedEffect[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: DOCUMENT_EFFECTS_SLUG,
    where: { and: [{ document: { equals: documentId } }, { status: { equals: 'confirmed' } }] },
    depth: 2,
    limit: 1000,
    pagination: false,
    overrideAccess: false,
    populate: { 'legal-documents': { numberSymbol: true, slug: true, year: true, workflowState: true, documentType: true }, 'document-types': { name: true } },
  })
  return docs.flatMap((d) => {
    const amending = typeof d.amending === 'object' ? d.amending : null
    // An amending document not published on the portal does not change the public text.
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

/** Builds the view for `?ngay=` and `?goc=`; null when the document has no confirmed effects. */
export async function pointInTimeView(doc: { id: number; fullText?: string | null }, params: URLSearchParams, footnotes = false): Promise<PointInTimeView | null> {
  const effects = await confirmedEffects(doc.id)
  if (!effects.length) return null
  const today = vnDayKey(new Date())
  const asked = readDateParam(params.get('ngay'), today)
  const original = params.has('goc')
  if (!asked.ok) return { day: today, pit: null, html: '', error: asked.message, original }
  let fullText = doc.fullText
  if (fullText === undefined) {
    const payload = await payloadInstance()
    const full = await payload.findByID({ collection: 'legal-documents', id: doc.id, depth: 0, overrideAccess: false, select: { fullText: true } })
    fullText = full?.fullText
  }
  if (!fullText) return null
  const pit = textOnDate(parseLegalText(fullText), effects, original ? '0000-01-01' : asked.day)
  return { day: asked.day, pit, html: original ? '' : renderPointInTime(pit, { footnotes }), error: '', original }
}
