import fs from 'node:fs'

import type { Payload } from 'payload'

import { findByNumberSymbol } from '../collections/LegalDocuments/findByNumberSymbol'
import { shortSlug } from '../lib/slug'
import { fromRoot } from '../paths'
import { lexicalFromText } from './lexical'
import { vnDate } from './upsertDocument'

/** The Decree 43 section collections seeded from content/sections/{slug}.json, in this order. */
const SECTIONS = ['pages', 'news', 'directions', 'work-schedules', 'law-dissemination', 'plans', 'projects', 'science-programmes', 'sector-statistics'] as const
type SectionSlug = (typeof SECTIONS)[number]

const DAY = /^\d{4}-\d{2}-\d{2}$/
const DATE_KEYS = new Set(['publishedAt', 'startDate', 'endDate', 'weekOf', 'day'])

/** Returns the record with calendar days as Vietnamese midnights, body as Lexical and names resolved to ids. */
async function toData(payload: Payload, item: Record<string, unknown>, agencies: Map<string, number | string>, problems: string[]) {
  const convert = (value: unknown, key: string): unknown => {
    if (typeof value === 'string' && DATE_KEYS.has(key) && DAY.test(value)) return vnDate(value)
    if (Array.isArray(value)) return value.map((v) => convert(v, key))
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]))
    return typeof value === 'string' ? value.normalize('NFC') : value
  }
  const data = convert(item, '') as Record<string, unknown>
  if (typeof data.body === 'string') data.body = lexicalFromText(data.body)
  for (const key of ['agency', 'owner']) {
    if (typeof data[key] !== 'string') continue
    const id = agencies.get(data[key] as string)
    if (id === undefined) problems.push(`${key}: cơ quan "${data[key]}" chưa có trong danh bạ`)
    data[key] = id
  }
  if (Array.isArray(data.relatedDocuments)) {
    const ids = []
    for (const numberSymbol of data.relatedDocuments as string[]) {
      const found = await findByNumberSymbol(payload, numberSymbol, { publicOnly: false })
      if (found) ids.push(found.id)
      else problems.push(`relatedDocuments: văn bản "${numberSymbol}" chưa có`)
    }
    data.relatedDocuments = ids
  }
  return data
}

/**
 * Creates the items of content/sections/*.json that do not exist yet (same slug), published and
 * marked as sample data (every item there is an illustration). Existing items are left as editors
 * made them, except that one seeded before the sample mark existed (same slug and title, mark
 * never set) gets it.
 */
export async function seedSections(payload: Payload, agencies: Map<string, number | string>, log: (l: string) => void): Promise<void> {
  for (const slug of SECTIONS) {
    const file = fromRoot('content/sections', `${slug}.json`)
    if (!fs.existsSync(file)) continue
    const items = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[]
    let created = 0
    let marked = 0
    for (const item of items) {
      const key = typeof item.title === 'string' ? shortSlug(item.title) : String(item.weekOf ?? '')
      const existing = await payload.find({ collection: slug as SectionSlug, where: { slug: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, select: { title: true, isSample: true } as never })
      const found = existing.docs[0] as { id: number | string; title?: string | null; isSample?: boolean | null } | undefined
      if (found) {
        if ((found.isSample === null || found.isSample === undefined) && (typeof item.title !== 'string' || found.title === item.title.normalize('NFC'))) {
          await payload.update({ collection: slug as SectionSlug, id: found.id, data: { isSample: true } as never, overrideAccess: true, context: { seed: true } })
          marked++
        }
        continue
      }
      const problems: string[] = []
      const data = await toData(payload, item, agencies, problems)
      for (const p of problems) log(`  ! content/sections/${slug}.json: ${key}: ${p}`)
      await payload.create({ collection: slug as SectionSlug, data: { ...data, isSample: true, _status: 'published' } as never, overrideAccess: true, context: { seed: true } })
      created++
    }
    log(`  ${slug}: ${created} mới, ${items.length - created} đã có${marked ? `, ${marked} được đánh dấu dữ liệu mẫu` : ''}`)
  }
}
