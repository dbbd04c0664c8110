import type { Payload } from 'payload'

import { parseLegalText } from '../lib/legal-text'
import { effectRecord, proposeEffects } from '../lib/effects/propose'
import { DOCUMENT_EFFECTS_SLUG } from '../collections/DocumentEffects'

/** The seeded amendment pair (sample data, see content/documents/mau-0*-nd-mau.md). */
const PAIRS = [{ amending: '03/2026/NĐ-MAU', target: '02/2025/NĐ-MAU' }]

async function byNumber(payload: Payload, numberSymbol: string) {
  const { docs } = await payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: numberSymbol } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]
}

/**
 * Proposes the effects of each seeded amending document from its text and confirms them, so a
 * fresh portal shows the point-in-time and consolidated texts. Skipped when the pair already
 * has effects (an editor's changes are kept).
 */
export async function seedEffects(payload: Payload, log: (line: string) => void): Promise<void> {
  for (const pair of PAIRS) {
    const [amending, target] = [await byNumber(payload, pair.amending), await byNumber(payload, pair.target)]
    if (!amending || !target || !amending.fullText) continue
    const existing = await payload.count({ collection: DOCUMENT_EFFECTS_SLUG, where: { amending: { equals: amending.id } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    const { effects, unplaced } = proposeEffects(parseLegalText(amending.fullText))
    for (const e of effects) {
      await payload.create({
        collection: DOCUMENT_EFFECTS_SLUG,
        overrideAccess: true,
        data: { ...effectRecord(e, target.id, amending.id, amending.effectiveAt ?? amending.issuedAt!), status: 'confirmed' },
      })
    }
    log(`  document-effects: ${effects.length} tác động của ${pair.amending} (${unplaced.length} chưa xác định được)`)
  }
}
