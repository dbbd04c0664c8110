import { seedEffects } from './effects'
import type { Payload } from 'payload'

import { fromRoot } from '../paths'
import { findByNumberSymbol } from '../collections/LegalDocuments/findByNumberSymbol'
import { numberKeyOf } from '../collections/LegalDocuments/hooks/deriveNumberSymbol'
import type { DocumentRecord } from './documentFile'
import { listDocumentFiles, readDocumentFile } from './documentFile'
import { seedAgencies } from './agencies'
import { attachRecordFiles, seedSampleTrust } from './attachments'
import { seedDrafts } from './drafts'
import { seedDisclosures, seedPublicServices } from './duties'
import { seedHolidays } from './holidays'
import { seedReferenceData } from './referenceData'
import { seedSections } from './sections'
import { seedSettings } from './settings'
import { linkRelations, toDocumentData, upsertDocument } from './upsertDocument'

/**
 * Seeds content/ into the database: reference data, the owner's settings, and documents that
 * do not exist yet (existing ones are left as editors made them). Safe to run any number of times.
 */
export async function seed(payload: Payload, { log = console.log }: { log?: (line: string) => void } = {}): Promise<void> {
  log('Nạp dữ liệu mẫu từ content/:')
  const documentTypes = await seedReferenceData(payload, 'document-types', 'document-types.json', log)
  const issuers = await seedReferenceData(payload, 'issuers', 'issuers.json', log)
  const fields = await seedReferenceData(payload, 'fields', 'fields.json', log)
  await seedSettings(payload, log)
  await seedHolidays(payload, log)
  const agencies = await seedAgencies(payload, log)
  // Before any upload: the sample original is verified against it when stored.
  seedSampleTrust(log)
  let created = 0
  let kept = 0
  const fresh: DocumentRecord[] = []
  for (const file of listDocumentFiles(fromRoot('content/documents'))) {
    const { records, errors } = readDocumentFile(file)
    for (const e of errors) log(`  ! ${e.file}: ${e.field}: ${e.reason}`)
    for (const record of records) {
      const key = numberKeyOf(record.numberSymbol, record.issuedAt)
      const { data, errors: refErrors } = toDocumentData(record, { documentTypes, issuers, fields }, file)
      const exists = await payload.count({ collection: 'legal-documents', where: { and: [{ numberKey: { equals: key } }, ...(data ? [{ issuer: { equals: data.issuer } }] : [])] }, overrideAccess: true })
      if (exists.totalDocs > 0) {
        kept++
        continue
      }
      for (const e of refErrors) log(`  ! ${e.file}: ${e.field}: ${e.reason}`)
      if (!data) continue
      if (record.attachments?.length) Object.assign(data, { attachments: await attachRecordFiles(payload, record, file) })
      await upsertDocument(payload, data, key)
      fresh.push(record)
      created++
    }
  }
  // Relations point at other documents, so they are linked once every document exists.
  let linked = 0
  for (const record of fresh) {
    const { errors, count } = await linkRelations(payload, record, (raw) => findByNumberSymbol(payload, raw, { publicOnly: false }))
    for (const e of errors) log(`  ! ${record.numberSymbol}: relations: ${e}`)
    linked += count
  }
  log(`  legal-documents: ${created} mới, ${kept} đã có, ${linked} quan hệ`)
  await seedEffects(payload, log)
  // Section items cite documents and agencies, so they come last.
  await seedSections(payload, agencies, log)
  // Sample drafts name a drafting agency and a document type, so they come after both.
  await seedDrafts(payload, log)
  // Services name a field and an agency.
  await seedPublicServices(payload, { fields, agencies }, log)
  await seedDisclosures(payload, log)
}
