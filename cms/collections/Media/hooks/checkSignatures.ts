import fs from 'node:fs/promises'

import type { CollectionBeforeChangeHook } from 'payload'

import { currentTrustList } from '../../../lib/signatures/trust'
import { verifyFileSignatures } from '../../../lib/signatures/verify'

/**
 * Verifies an uploaded file's digital signatures and fingerprints it (SHA-256) as it is stored:
 * the results are server-owned fields, so "có chữ ký số" is what the file proves, never a box an
 * editor ticks. A save without a new file keeps the stored results; a change of the trust list
 * is caught up by the recheckSignatures job.
 */
export const checkSignatures: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  const bytes = file?.data?.length ? file.data : file?.tempFilePath ? await fs.readFile(file.tempFilePath) : null
  if (!bytes) return data
  const check = await verifyFileSignatures(bytes, currentTrustList())
  return { ...data, sha256: check.sha256, signatureStatus: check.status, signatureTrustKey: check.trustKey, signatureCheck: check }
}
