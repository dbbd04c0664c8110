import fs from 'node:fs'

import type { Payload } from 'payload'

import { fromRoot } from '../paths'

type Ids = Map<string, number | string>

function read(file: string): Record<string, unknown>[] {
  const path = fromRoot('content', file)
  return fs.existsSync(path) ? (JSON.parse(fs.readFileSync(path, 'utf8')) as Record<string, unknown>[]) : []
}

const text = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : v)

/**
 * Creates the sample online public services of content/public-services.json that do not exist
 * yet (same name), published and marked as sample data; the field and the agency are named and
 * resolved to their records.
 */
export async function seedPublicServices(payload: Payload, refs: { fields: Ids; agencies: Ids }, log: (l: string) => void): Promise<void> {
  const records = read('public-services.json')
  let created = 0
  for (const record of records) {
    const { _comment, field, agency, ...rest } = record
    const name = String(text(rest.name))
    const exists = await payload.count({ collection: 'public-services', where: { name: { equals: name } }, overrideAccess: true })
    if (exists.totalDocs > 0) continue
    const fieldId = refs.fields.get(String(text(field)))
    if (fieldId === undefined) {
      log(`  ! content/public-services.json: ${name}: field: lĩnh vực "${String(field)}" chưa có trong danh mục`)
      continue
    }
    const agencyId = agency ? refs.agencies.get(String(text(agency))) : undefined
    const data = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, text(v)]))
    await payload.create({
      collection: 'public-services',
      data: { ...data, name, field: fieldId, agency: agencyId, isSample: true, _status: 'published' } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    created++
  }
  log(`  public-services: ${created} mới, ${records.length - created} đã có`)
}

/**
 * Creates the entries of content/disclosures.json (the information this portal already
 * discloses) that do not exist yet (same title), published and marked as sample data for the
 * agency to review.
 */
export async function seedDisclosures(payload: Payload, log: (l: string) => void): Promise<void> {
  const records = read('disclosures.json')
  let created = 0
  for (const record of records) {
    const { _comment, ...rest } = record
    const title = String(text(rest.title))
    const exists = await payload.count({ collection: 'disclosures', where: { title: { equals: title } }, overrideAccess: true })
    if (exists.totalDocs > 0) continue
    const data = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, text(v)]))
    await payload.create({ collection: 'disclosures', data: { ...data, title, isSample: true, _status: 'published' } as never, overrideAccess: true, context: { seed: true } })
    created++
  }
  log(`  disclosures: ${created} mới, ${records.length - created} đã có`)
}
