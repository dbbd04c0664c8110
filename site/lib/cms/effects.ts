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
import type { AppliedEffect } from '../../../cms/lib/effects/types'
import { vnDayKey } from '../../../cms/lib/dates'
import { confirmedEffectsOf } from '../../../cms/collections/DocumentEffects/applied'

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
  return confirmedEffectsOf(await payloadInstance(), documentId)
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
