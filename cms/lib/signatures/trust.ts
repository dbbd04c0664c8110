/**
 * The trust list: the root and intermediate certificates an agency chooses to accept (the
 * government CA hierarchy of Ban Cơ yếu Chính phủ, the licensed public CAs it accepts), as
 * files in one folder — `SIGNATURE_TRUST_DIR`, else `DATA_DIR/trust`. PEM (one or more
 * certificates per file) or DER, named `.pem`, `.crt`, `.cer` or `.der`. Nothing is trusted by
 * default: an empty or missing folder means every signature shows "không xác định được nguồn
 * tin cậy". Self-signed certificates are trust anchors; the others only help build paths.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import * as pkijs from 'pkijs'

import { dataDir, projectRoot } from '../../paths'
import { certificateName, isSelfIssued } from './certificates'

/** The certificates of the trust list and a key that changes whenever the list does. */
export interface TrustList {
  anchors: pkijs.Certificate[]
  intermediates: pkijs.Certificate[]
  /** SHA-256 over the sorted fingerprints; stored with each verification to know when it is stale. */
  key: string
  /** Names of the anchors, for the admin and the README's drill. */
  names: string[]
}

/** Returns the trust folder (SIGNATURE_TRUST_DIR, else DATA_DIR/trust). */
export function trustDir(): string {
  return process.env.SIGNATURE_TRUST_DIR ? path.resolve(projectRoot(), process.env.SIGNATURE_TRUST_DIR) : path.join(dataDir(), 'trust')
}

/** Returns the DER blocks of a certificate file: every PEM block, or the file itself when DER. */
export function certificateBlocks(file: Buffer): Buffer[] {
  const text = file.toString('latin1')
  const pem = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)]
  return pem.length > 0 ? pem.map((m) => Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')) : [file]
}

/** Returns the trust list of a folder; unreadable files are reported on the console and skipped. */
export function loadTrustList(dir: string = trustDir()): TrustList {
  const anchors: pkijs.Certificate[] = []
  const intermediates: pkijs.Certificate[] = []
  const fingerprints: string[] = []
  let files: string[] = []
  try {
    files = fs.readdirSync(dir).filter((f) => /\.(pem|crt|cer|der)$/i.test(f)).sort()
  } catch {
    // No folder: nothing trusted.
  }
  for (const file of files) {
    for (const der of certificateBlocks(fs.readFileSync(path.join(dir, file)))) {
      try {
        const cert = pkijs.Certificate.fromBER(new Uint8Array(der))
        fingerprints.push(createHash('sha256').update(der).digest('hex'))
        ;(isSelfIssued(cert) ? anchors : intermediates).push(cert)
      } catch (error) {
        console.warn(`[signatures] ${path.join(dir, file)}: not a certificate (${(error as Error).message})`)
      }
    }
  }
  const key = createHash('sha256').update([...new Set(fingerprints)].sort().join('\n')).digest('hex').slice(0, 32)
  return { anchors, intermediates, key, names: anchors.map((c) => certificateName(c).commonName ?? '(không tên)') }
}

let cached: { at: number; dir: string; list: TrustList } | null = null

/** Returns the trust list, read again at most every 10 s (the folder is configuration an administrator edits). */
export function currentTrustList(now = Date.now()): TrustList {
  const dir = trustDir()
  if (!cached || cached.dir !== dir || now - cached.at > 10_000) cached = { at: now, dir, list: loadTrustList(dir) }
  return cached.list
}
