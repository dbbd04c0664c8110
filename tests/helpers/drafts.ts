import type { Payload } from 'payload'
import { signFormStart } from '../../cms/lib/form-start'

/** A minimal valid PDF (the content check looks at the bytes, not the name). */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n98\n%%EOF\n',
)

/** Returns form fields of a valid comment, started long enough ago to pass the fill-time check. */
export function commentFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    fullName: 'Nguyễn Văn Góp Ý',
    email: `gopy-${Math.random().toString(36).slice(2, 10)}@example.vn`,
    phone: '024 3825 1234',
    organisation: '',
    submitterCategory: 'individual',
    showName: 'on',
    stance: 'partlyAgree',
    article: '',
    body: `Đề nghị làm rõ thời hạn cập nhật thông tin (${Math.random().toString(36).slice(2)}).`,
    consent: 'on',
    website: '',
    startedAt: signFormStart(Date.now() - 60_000),
    ...overrides,
  }
}

/** Returns a multipart POST like the browser sends for the comment form. */
export function formPost(slug: string, fields: Record<string, string>, file?: { name: string; type: string; bytes: Uint8Array }): Request {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append('attachment', new Blob([file.bytes.slice()], { type: file.type }), file.name)
  return new Request(`http://127.0.0.1:4321/du-thao/${slug}`, { method: 'POST', body: form })
}

const DAY = 24 * 3600_000

/** Creates and publishes a draft open now (or with the given window) with a small structured text; returns it. */
export async function createOpenDraft(payload: Payload, overrides: Record<string, unknown> = {}) {
  const [agency, type] = await Promise.all([
    payload.find({ collection: 'agencies', limit: 1, depth: 0, draft: true, overrideAccess: true }),
    payload.find({ collection: 'document-types', where: { name: { equals: 'Quyết định' } }, limit: 1, depth: 0, overrideAccess: true }),
  ])
  const slug = `du-thao-thu-${Math.random().toString(36).slice(2, 8)}`
  return payload.create({
    collection: 'drafts',
    data: {
      title: `Dự thảo thử nghiệm ${slug}`,
      slug,
      draftingAgency: agency.docs[0]!.id,
      documentType: type.docs[0]!.id,
      fullText: 'QUYẾT ĐỊNH\nVề việc thử nghiệm\n\nĐiều 1. Phạm vi\nQuy định phạm vi thử nghiệm.\n\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.',
      receivingUnit: { name: 'Văn phòng Sở', email: 'vanphong@vidu.gov.vn', address: 'Số 1 đường Ví Dụ' },
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      _status: 'published',
      ...overrides,
    } as never,
    overrideAccess: true,
  })
}
