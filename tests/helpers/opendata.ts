import type { Payload } from 'payload'

import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { handleCommentPost } from '../../site/lib/drafts/comment-post'
import { commentFields, createOpenDraft, formPost } from './drafts'
import { publishDoc, refs } from './documents'
import { createUser } from './payload'

/** Text that exists in the CMS but must never appear in any public answer, CSV, feed or statistic. */
export const SECRETS = {
  unpublishedSummary: 'Nội dung văn bản chưa công bố XK-7731',
  unpublishedNumber: '997/2023/NĐ-CP',
  unpublishedDraftTitle: 'Dự thảo nội bộ chưa công bố XK-7732',
  pendingBody: 'Góp ý đang chờ duyệt XK-7733',
  hiddenBody: 'Góp ý đã bị ẩn XK-7734',
  hiddenName: 'Lê Văn Bị Ẩn',
  anonymousName: 'Phạm Thị Không Công Khai',
  emailDomain: 'thu-rieng.example.vn',
  phone: '0987 654 321',
} as const

/** What the privacy fixture made, for the tests to look for. */
export interface PrivacyFixture {
  draft: { id: number; slug: string }
  publishedNamed: { id: number; body: string; name: string }
  publishedAnonymous: { id: number; body: string }
  hidden: { id: number }
  pending: { id: number }
}

/**
 * Creates content the public may see next to content it must not: an unpublished document and
 * draft, and comments sent through the real form (with email and phone) that are then published
 * with and without the name, hidden with a reason, or left pending; one gets a response.
 */
export async function createPrivacyFixture(payload: Payload): Promise<PrivacyFixture> {
  const r = await refs(payload)
  await payload.create({
    collection: 'legal-documents',
    data: { ...r, numberSymbol: SECRETS.unpublishedNumber, summary: SECRETS.unpublishedSummary, issuedAt: '2023-05-05T00:00:00+07:00' } as never,
    draft: true,
    overrideAccess: true,
  })
  await createOpenDraft(payload, { title: SECRETS.unpublishedDraftTitle, _status: 'draft' })
  const draft = (await createOpenDraft(payload)) as unknown as { id: number; slug: string }
  const moderator = await createUser(payload, 'moderator')
  let ip = 0
  const submit = async (overrides: Record<string, string>) => {
    const fields = commentFields({ email: `nguoi-${++ip}@${SECRETS.emailDomain}`, phone: SECRETS.phone, ...overrides })
    const result = await handleCommentPost({ request: formPost(draft.slug, fields), slug: draft.slug, ip: `10.77.0.${ip}`, portalName: 'Cổng thử' })
    if (result.kind !== 'accepted') throw new Error(`comment not accepted: ${JSON.stringify(result)}`)
    const { docs } = await payload.find({ collection: 'comments', where: { trackingCode: { equals: result.code } }, overrideAccess: true })
    return docs[0]!
  }
  const moderate = (id: number, data: Record<string, unknown>) =>
    payload.update({ collection: 'comments', id, data: data as never, user: moderator, overrideAccess: false })

  const named = await submit({ fullName: 'Nguyễn Văn Công Khai', body: 'Đề nghị bổ sung quy định về thư điện tử công vụ.', submitterCategory: 'individual', stance: 'agree' })
  await moderate(named.id, { status: 'published', response: { kind: 'accepted', text: 'Tiếp thu, bổ sung vào Điều 2.' } })
  const anonymous = await submit({ fullName: SECRETS.anonymousName, showName: '', body: 'Đề nghị làm rõ thời hạn.', submitterCategory: 'business', stance: 'partlyAgree' })
  await moderate(anonymous.id, { status: 'published' })
  const hidden = await submit({ fullName: SECRETS.hiddenName, body: SECRETS.hiddenBody, stance: 'disagree' })
  await moderate(hidden.id, { status: 'hidden', hiddenReason: 'Ngôn từ không phù hợp' })
  const pending = await submit({ fullName: 'Người Chờ Duyệt', body: SECRETS.pendingBody })
  await groupingIdle(payload)
  return {
    draft,
    publishedNamed: { id: named.id, body: 'Đề nghị bổ sung quy định về thư điện tử công vụ.', name: 'Nguyễn Văn Công Khai' },
    publishedAnonymous: { id: anonymous.id, body: 'Đề nghị làm rõ thời hạn.' },
    hidden: { id: hidden.id },
    pending: { id: pending.id },
  }
}

/** Returns the secrets found in a text (the tests expect none). */
export function leakedSecrets(text: string): string[] {
  const found: string[] = Object.values(SECRETS).filter((s) => text.includes(s))
  if (/@thu-rieng\.example\.vn/.test(text)) found.push('commenter email')
  if (text.replace(/\s/g, '').includes(SECRETS.phone.replace(/\s/g, ''))) found.push('commenter phone')
  return found
}

/** Publishes `count` documents of one type and issuer, several sharing an issue date (to test tie-breaks). */
export async function publishMany(payload: Payload, count: number, year = 2023): Promise<void> {
  for (let i = 0; i < count; i++) {
    const day = String(1 + Math.floor(i / 4)).padStart(2, '0')
    await publishDoc(payload, { numberSymbol: `${100 + i}/${year}/NĐ-CP`, summary: `Văn bản thử phân trang số ${i}`, issuedAt: `${year}-03-${day}T00:00:00+07:00` })
  }
}
