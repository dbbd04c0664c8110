import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { publicHostConfigured } from '../lib/public-url'
import { fromRoot } from '../paths'
import { trustDir } from '../lib/signatures/trust'
import type { DocumentRecord } from './documentFile'

/** One attachment row of a legal document. */
export interface AttachmentRow {
  file: number | string
  label: string
  kind: 'original' | 'annex' | 'other'
}

/**
 * Uploads the files a record names (paths relative to the record's file) and returns the
 * document's attachment rows. A file already in the media library (same SHA-256) is reused, so
 * seeding and importing again add nothing. Uploads go through the Media collection, which
 * checks the type from the content and verifies digital signatures.
 */
export async function attachRecordFiles(payload: Payload, record: DocumentRecord, recordFile: string): Promise<AttachmentRow[]> {
  const rows: AttachmentRow[] = []
  for (const a of record.attachments ?? []) {
    const filePath = path.resolve(path.dirname(recordFile), a.file)
    const sha256 = createHash('sha256').update(fs.readFileSync(filePath)).digest('hex')
    const found = await payload.find({ collection: 'media', where: { sha256: { equals: sha256 } }, limit: 1, depth: 0, overrideAccess: true, select: { sha256: true } })
    const media = found.docs[0] ?? (await payload.create({ collection: 'media', filePath, data: { alt: a.label }, overrideAccess: true, depth: 0 }))
    rows.push({ file: media.id, label: a.label, kind: a.kind ?? 'original' })
  }
  return rows
}

/**
 * Puts the sample CA's root (content/samples/trust) into the default trust folder, so that the
 * seeded sample document shows a verified signature. Only on a trial portal: never when the
 * agency configures its own trust list (SIGNATURE_TRUST_DIR), nor in a deployment (production
 * with its public address set), nor with SEED_SAMPLE_TRUST=0. The sample CA's private keys were
 * never written down, so nothing else can be signed with it.
 */
export function seedSampleTrust(log: (line: string) => void): void {
  if (process.env.SIGNATURE_TRUST_DIR || process.env.SEED_SAMPLE_TRUST === '0') return
  if (process.env.NODE_ENV === 'production' && publicHostConfigured()) return
  const from = fromRoot('content/samples/trust')
  if (!fs.existsSync(from)) return
  const to = trustDir()
  fs.mkdirSync(to, { recursive: true })
  for (const name of fs.readdirSync(from).filter((f) => f.endsWith('.pem'))) {
    const target = path.join(to, `MAU-${name}`)
    if (fs.existsSync(target)) continue
    fs.copyFileSync(path.join(from, name), target)
    log(`  trust: ${target} (CA gốc MẪU của dữ liệu mẫu; xóa khi đưa cổng vào sử dụng)`)
  }
}
