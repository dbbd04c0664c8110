import fs from 'node:fs'

import type { Payload } from 'payload'

import { fromRoot } from '../paths'
import { vnDate } from './upsertDocument'

/** One agency as written in content/agencies.json (parent and issuers by name). */
interface AgencyRecord {
  name: string
  parent?: string
  issuers?: string[]
  lastVerifiedAt?: string
  /** The agency that took over (by name; it may come later in the file), what happened and since when. */
  successor?: string
  successionKind?: 'merged' | 'renamed' | 'split'
  succeededAt?: string
  [key: string]: unknown
}

/**
 * Creates the agencies of content/agencies.json that do not exist yet (by name), marked as
 * sample data, and links the named issuers to them. Existing agencies are left as editors made
 * them. A parent must come earlier in the file; a successor is linked once every agency exists,
 * unless an editor already set one.
 */
export async function seedAgencies(payload: Payload, log: (l: string) => void): Promise<Map<string, number | string>> {
  const records = JSON.parse(fs.readFileSync(fromRoot('content/agencies.json'), 'utf8')) as AgencyRecord[]
  const ids = new Map<string, number | string>()
  let created = 0
  let linked = 0
  for (const record of records) {
    const { _comment, parent, issuers, lastVerifiedAt, successor, successionKind, succeededAt, ...fields } = record
    const name = record.name.normalize('NFC')
    const found = await payload.find({ collection: 'agencies', where: { name: { equals: name } }, limit: 1, depth: 0, draft: true, overrideAccess: true })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const parentId = parent ? ids.get(parent.normalize('NFC')) : undefined
      if (parent && parentId === undefined) log(`  ! content/agencies.json: ${name}: parent: "${parent}" chưa có (phải đứng trước trong tệp)`)
      const doc = await payload.create({
        collection: 'agencies',
        data: { ...(fields as { name: string; level: 'ministry' }), name, parent: parentId as number | undefined, lastVerifiedAt: vnDate(lastVerifiedAt), isSample: true, _status: 'published' },
        overrideAccess: true,
        context: { seed: true },
      })
      id = doc.id
      created++
    }
    ids.set(name, id)
    for (const issuerName of issuers ?? []) {
      const issuer = await payload.find({ collection: 'issuers', where: { name: { equals: issuerName.normalize('NFC') } }, limit: 1, depth: 0, overrideAccess: true })
      const doc = issuer.docs[0]
      if (doc && !doc.agency) {
        await payload.update({ collection: 'issuers', id: doc.id, data: { agency: id as number }, overrideAccess: true, context: { seed: true } })
        linked++
      }
    }
  }
  let succeeded = 0
  for (const record of records.filter((r) => r.successor)) {
    const id = ids.get(record.name.normalize('NFC'))
    const successorId = ids.get(record.successor!.normalize('NFC'))
    if (id === undefined || successorId === undefined) {
      log(`  ! content/agencies.json: ${record.name}: successor: "${record.successor}" chưa có trong tệp`)
      continue
    }
    const current = await payload.findByID({ collection: 'agencies', id, depth: 0, draft: true, overrideAccess: true, select: { successor: true } })
    if (current.successor) continue
    await payload.update({
      collection: 'agencies',
      id,
      data: { successor: successorId as number, successionKind: record.successionKind ?? 'merged', succeededAt: vnDate(record.succeededAt) },
      overrideAccess: true,
      context: { seed: true },
    })
    succeeded++
  }
  log(`  agencies: ${created} mới, ${records.length - created} đã có; ${linked} cơ quan ban hành được liên kết${succeeded ? `; ${succeeded} cơ quan được ghi cơ quan kế thừa` : ''}`)
  return ids
}
