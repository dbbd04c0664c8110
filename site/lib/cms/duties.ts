/**
 * The online public services list (/dich-vu-cong) and the list of information the agency
 * discloses (/cong-khai-thong-tin), read with public access only (published items).
 */
import type { Agency, Disclosure, Field, PublicService } from '../../../cms/payload-types'
import { payloadInstance } from './payload'

/** A service as the list shows it: its field and agency resolved to names. */
export type ListedService = Omit<PublicService, 'field' | 'agency'> & { field: Pick<Field, 'id' | 'name'> | null; agency: Pick<Agency, 'id' | 'name' | 'slug'> | null }

/** One field of the filter, with how many services it has. */
export interface ServiceField {
  id: string
  name: string
  count: number
}

const populated = <T extends { id: unknown }>(value: unknown): T | null => (value && typeof value === 'object' && 'id' in value ? (value as T) : null)

/** Returns every published online public service (name order) and the fields they belong to, with counts. */
export async function listPublicServices(): Promise<{ services: ListedService[]; fields: ServiceField[] }> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'public-services',
    sort: 'name',
    depth: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    populate: { fields: { name: true }, agencies: { name: true, slug: true } },
  })
  const services = docs.map((d) => ({ ...d, field: populated<Field>(d.field), agency: populated<Agency>(d.agency) }))
  const counts = new Map<string, ServiceField>()
  for (const s of services) {
    if (!s.field) continue
    const key = String(s.field.id)
    const entry = counts.get(key) ?? { id: key, name: s.field.name, count: 0 }
    entry.count++
    counts.set(key, entry)
  }
  return { services, fields: [...counts.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')) }
}

/** A disclosure entry with its responsible unit resolved. */
export type ListedDisclosure = Omit<Disclosure, 'unit'> & { unit: Pick<Agency, 'id' | 'name' | 'slug'> | null }

/** Returns the published list of disclosed information in its set order. */
export async function listDisclosures(): Promise<ListedDisclosure[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'disclosures',
    sort: 'order',
    depth: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    populate: { agencies: { name: true, slug: true } },
  })
  return docs.map((d) => ({ ...d, unit: populated<Agency>(d.unit) }))
}

/** Returns the ISO date-time of the newest of `items`, or '' for none (a list's Dublin Core date). */
export function newestUpdate(items: { updatedAt: string }[]): string {
  return items.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), '')
}
