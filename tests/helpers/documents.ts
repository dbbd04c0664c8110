import type { Payload } from 'payload'

/** Returns the ids of a document type, issuer and field by name (seeded reference data). */
export async function refs(payload: Payload, type = 'Nghị định', issuer = 'Chính phủ') {
  const one = async (collection: 'document-types' | 'issuers', name: string) => {
    const { docs } = await payload.find({ collection, where: { name: { equals: name } }, limit: 1, overrideAccess: true })
    if (!docs[0]) throw new Error(`missing ${collection} ${name}`)
    return docs[0].id as number
  }
  return { documentType: await one('document-types', type), issuer: await one('issuers', issuer) }
}

/** A short full text, so that a document can be published (it needs its text or its original file). */
export const SHORT_TEXT = 'Điều 1. Phạm vi\nVăn bản thử nghiệm.'

/** Creates and publishes a document through the Local API as the system (with SHORT_TEXT unless it brings a text or files). */
export async function publishDoc(payload: Payload, data: Record<string, unknown>) {
  const r = await refs(payload)
  const text = 'fullText' in data || 'attachments' in data ? {} : { fullText: SHORT_TEXT }
  return payload.create({
    collection: 'legal-documents',
    data: { ...r, summary: 'Văn bản thử nghiệm', workflowState: 'published', _status: 'published', ...text, ...data } as never,
    overrideAccess: true,
  })
}
