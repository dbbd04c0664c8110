import type { Payload, PayloadRequest } from 'payload'

import type { DocumentRecord, RecordError } from './documentFile'

export interface ReferenceIds {
  documentTypes: Map<string, number | string>
  issuers: Map<string, number | string>
  fields: Map<string, number | string>
}

/** Turns a content date (YYYY-MM-DD, a day in Vietnam) into the instant of that midnight in Vietnam. */
export function vnDate(day: string | undefined): string | undefined {
  return day ? new Date(`${day}T00:00:00+07:00`).toISOString() : undefined
}

/** Returns whether a record can be published: it has its text or an original file to attach. */
export function completeRecord(record: DocumentRecord): boolean {
  return Boolean(record.fullText?.trim()) || (record.attachments ?? []).some((a) => (a.kind ?? 'original') === 'original')
}

/** Resolves names to ids; returns the data for Payload or the errors naming each unknown field value. */
export function toDocumentData(record: DocumentRecord, refs: ReferenceIds, file: string) {
  const errors: RecordError[] = []
  const documentType = refs.documentTypes.get(record.documentType)
  if (documentType === undefined) errors.push({ file, field: 'documentType', reason: `loại văn bản "${record.documentType}" chưa có trong danh mục` })
  const issuer = refs.issuers.get(record.issuer)
  if (issuer === undefined) errors.push({ file, field: 'issuer', reason: `cơ quan ban hành "${record.issuer}" chưa có trong danh mục` })
  const fields = (record.fields ?? []).map((name) => {
    const id = refs.fields.get(name)
    if (id === undefined) errors.push({ file, field: 'fields', reason: `lĩnh vực "${name}" chưa có trong danh mục` })
    return id
  })
  if (errors.length) return { errors }
  return {
    errors,
    data: {
      numberSymbol: record.numberSymbol,
      documentType: documentType as number,
      issuer: issuer as number,
      summary: record.summary,
      issuedAt: vnDate(record.issuedAt)!,
      effectiveAt: vnDate(record.effectiveAt),
      expiresAt: vnDate(record.expiresAt),
      signerName: record.signerName,
      signerTitle: record.signerTitle,
      fields: fields as number[],
      fullText: record.fullText ?? '',
      language: record.language ?? 'vi',
      notes: record.notes,
      isSample: record.sample === true,
      // Without its text (or an original file, attached later in the admin) a document cannot be
      // published: it comes in as a draft for an editor to complete, unless the record says otherwise.
      _status: (record.status ?? (completeRecord(record) ? 'published' : 'draft')) as 'draft' | 'published',
      workflowState: (record.status ?? (completeRecord(record) ? 'published' : 'draft')) as 'draft' | 'published',
    },
  }
}

/**
 * Creates or updates the document with the same number-symbol (by its normalised key) from the
 * same issuer, in the caller's transaction when `req` carries one.
 */
export async function upsertDocument(
  payload: Payload,
  data: NonNullable<ReturnType<typeof toDocumentData>['data']>,
  numberKey: string,
  req?: PayloadRequest,
): Promise<'created' | 'updated'> {
  const existing = await payload.find({
    collection: 'legal-documents',
    where: { and: [{ numberKey: { equals: numberKey } }, { issuer: { equals: data.issuer } }] },
    limit: 1,
    depth: 0,
    select: { numberKey: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  const found = existing.docs[0]
  if (found) {
    await payload.update({ collection: 'legal-documents', id: found.id, data, overrideAccess: true, req, depth: 0, select: { numberKey: true }, context: { seed: true, skipValidityCascade: true } })
    return 'updated'
  }
  await payload.create({ collection: 'legal-documents', data, overrideAccess: true, req, depth: 0, select: { numberKey: true }, context: { seed: true, skipValidityCascade: true } })
  return 'created'
}

/**
 * Stores a record's relations on its document, resolving each target by number-symbol.
 * Returns the unresolved targets as messages (the document itself is kept).
 */
export async function linkRelations(
  payload: Payload,
  record: DocumentRecord,
  find: (numberSymbol: string) => Promise<{ id: number | string } | null>,
  options: { cascade?: boolean } = {},
): Promise<{ errors: string[]; count: number }> {
  if (!record.relations?.length) return { errors: [], count: 0 }
  const self = await find(record.numberSymbol)
  if (!self) return { errors: [`không tìm thấy chính văn bản ${record.numberSymbol}`], count: 0 }
  const errors: string[] = []
  const relations = []
  for (const r of record.relations) {
    const target = await find(r.target)
    if (!target) {
      errors.push(`văn bản đích "${r.target}" chưa có`)
      continue
    }
    relations.push({ type: r.type as 'cites', target: target.id as number, article: r.article, effectiveAt: vnDate(r.effectiveAt) })
  }
  if (relations.length) await payload.update({ collection: 'legal-documents', id: self.id, data: { relations }, overrideAccess: true, context: { seed: true, skipValidityCascade: options.cascade === false } })
  return { errors, count: relations.length }
}
