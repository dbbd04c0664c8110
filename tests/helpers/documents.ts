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

/** Creates and publishes a document through the Local API as the system. */
export async function publishDoc(payload: Payload, data: Record<string, unknown>) {
  const r = await refs(payload)
  return payload.create({
    collection: 'legal-documents',
    data: { ...r, summary: 'Văn bản thử nghiệm', workflowState: 'published', _status: 'published', ...data } as never,
    overrideAccess: true,
  })
}
