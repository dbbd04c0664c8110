import fs from 'node:fs'

import type { Payload } from 'payload'

import { fromRoot } from '../paths'

type RefSlug = 'document-types' | 'issuers' | 'fields'

/**
 * Creates each reference entry (by name) that is missing; returns name → id. Idempotent.
 * An entry may list `supersedes`: legal bases an earlier seed wrote that the law has since
 * replaced (Law 64/2025 replaced Law 80/2015). An existing entry still holding one of them word
 * for word — nobody edited it — is brought up to date: its basis and minimum period.
 */
export async function seedReferenceData(payload: Payload, slug: RefSlug, file: string, log: (l: string) => void) {
  const entries = JSON.parse(fs.readFileSync(fromRoot('content', file), 'utf8')) as Record<string, unknown>[]
  const ids = new Map<string, number | string>()
  let created = 0
  let revised = 0
  for (const entry of entries) {
    const { supersedes, ...fields } = entry as { supersedes?: string[] } & Record<string, unknown>
    const name = String(fields.name).normalize('NFC')
    const found = await payload.find({ collection: slug, where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
    const existing = found.docs[0] as ({ id: number | string; consultationLegalBasis?: string | null } | undefined)
    if (existing) {
      ids.set(name, existing.id)
      const basis = existing.consultationLegalBasis?.normalize('NFC')
      if (basis && (supersedes ?? []).some((old) => old.normalize('NFC') === basis)) {
        await payload.update({
          collection: slug,
          id: existing.id,
          data: { minimumConsultationDays: fields.minimumConsultationDays ?? null, consultationLegalBasis: String(fields.consultationLegalBasis).normalize('NFC') } as never,
          overrideAccess: true,
          context: { seed: true },
        })
        revised++
      }
      continue
    }
    const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as { name: string }
    const doc = await payload.create({ collection: slug, data: { ...clean, name }, overrideAccess: true, context: { seed: true } })
    ids.set(name, doc.id)
    created++
  }
  log(`  ${slug}: ${created} mới, ${entries.length - created} đã có${revised ? `, ${revised} cập nhật căn cứ pháp lý mới` : ''}`)
  return ids
}
