/**
 * Catches stored verifications up with the trust list: a PDF whose result was computed with
 * another list (or before the portal verified signatures at all) is verified again from its
 * stored bytes. Files without signatures do not depend on the list and are left alone.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { uploadsDir } from '../../paths'
import { currentTrustList } from './trust'
import { verifyFileSignatures } from './verify'

/** Returns the query for PDFs whose stored verification is older than the trust list `key`. */
export function staleWhere(key: string): Where {
  return {
    and: [
      { mimeType: { equals: 'application/pdf' } },
      {
        or: [
          { signatureStatus: { exists: false } },
          { and: [{ signatureStatus: { not_equals: 'none' } }, { or: [{ signatureTrustKey: { exists: false } }, { signatureTrustKey: { not_equals: key } }] }] },
        ],
      },
    ],
  }
}

/** Verifies again every stale PDF (in batches); returns how many were updated and how many files were missing. */
export async function recheckSignatures(payload: Payload, batch = 50): Promise<{ updated: number; missing: number }> {
  const trust = currentTrustList()
  let updated = 0
  let missing = 0
  const skipped = new Set<string>()
  for (;;) {
    const { docs } = await payload.find({ collection: 'media', where: staleWhere(trust.key), limit: batch + skipped.size, depth: 0, overrideAccess: true, select: { filename: true } })
    const todo = docs.filter((d) => !skipped.has(String(d.id)))
    if (todo.length === 0) return { updated, missing }
    for (const media of todo) {
      let bytes: Buffer
      try {
        bytes = await fs.readFile(path.join(uploadsDir(), 'uploads', String(media.filename)))
      } catch {
        // The file is gone from the shared folder: reported, not retried in this run.
        skipped.add(String(media.id))
        missing++
        continue
      }
      const check = await verifyFileSignatures(bytes, trust)
      await payload.update({
        collection: 'media',
        id: media.id,
        data: { sha256: check.sha256, signatureStatus: check.status, signatureTrustKey: check.trustKey, signatureCheck: check as never },
        overrideAccess: true,
        depth: 0,
      })
      updated++
    }
  }
}
