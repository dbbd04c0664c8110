import fs from 'node:fs'

import type { Payload } from 'payload'

import { fromRoot } from '../paths'

type RefSlug = 'document-types' | 'issuers' | 'fields'

/** Creates each reference entry (by name) that is missing; returns name → id. Idempotent. */
export async function seedReferenceData(payload: Payload, slug: RefSlug, file: string, log: (l: string) => void) {
  const entries = JSON.parse(fs.readFileSync(fromRoot('content', file), 'utf8')) as Record<string, unknown>[]
  const ids = new Map<string, number | string>()
  let created = 0
  for (const entry of entries) {
    const name = String(entry.name).normalize('NFC')
    const found = await payload.find({ collection: slug, where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
    if (found.docs[0]) {
      ids.set(name, found.docs[0].id)
      continue
    }
    const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== null)) as { name: string }
    const doc = await payload.create({ collection: slug, data: { ...clean, name }, overrideAccess: true, context: { seed: true } })
    ids.set(name, doc.id)
    created++
  }
  log(`  ${slug}: ${created} mới, ${entries.length - created} đã có`)
  return ids
}
