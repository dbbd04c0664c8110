import type { Payload } from 'payload'

import { groupingIdle } from '../../cms/consultation/comments/grouping'
import { handleCommentPost } from '../../site/lib/drafts/comment-post'
import { commentFields, createOpenDraft, formPost } from './drafts'
import { publishDoc, refs } from './documents'
import { handleQuestionPost } from '../../site/lib/questions/question-post'
import { createUser } from './payload'
import { signFormStart } from '../../cms/lib/form-start'

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
  askerName: 'Nguyễn Thị Người Hỏi Riêng',
  pendingQuestion: 'Câu hỏi chưa trả lời XK-7735',
  draftNews: 'Tin nháp chưa đăng XK-7736',
  draftScience: 'Đề tài nháp chưa đăng XK-7737',
  revisedNews: 'Bản sửa chưa đăng của tin XK-7738',
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

/** Sends a question through the public form (with the asker's name, e-mail and phone); a moderator answers and, unless `publish` is false, publishes it. */
export async function askQuestion(payload: Payload, title: string, publish = true): Promise<{ id: number; code: string }> {
  const form = new FormData()
  const fields: Record<string, string> = {
    title,
    body: 'Người dân hỏi về thời hạn trả kết quả giải quyết hồ sơ.',
    field: '',
    fullName: SECRETS.askerName,
    email: `nguoi-hoi@${SECRETS.emailDomain}`,
    phone: SECRETS.phone,
    allowPublication: 'on',
    consent: 'on',
    website: '',
    startedAt: signFormStart(Date.now() - 60_000),
  }
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  const r = await handleQuestionPost({ request: new Request('http://cong.test/hoi-dap/gui-cau-hoi', { method: 'POST', body: form }), ip: `10.62.0.${Math.floor(Math.random() * 250) + 1}` })
  if (r.kind !== 'accepted') throw new Error(`question not accepted: ${JSON.stringify(r)}`)
  const { docs } = await payload.find({ collection: 'questions', where: { trackingCode: { equals: r.code } }, overrideAccess: true })
  const id = docs[0]!.id as number
  if (publish) {
    const moderator = await createUser(payload, 'moderator')
    await payload.update({ collection: 'questions', id, data: { status: 'answered', answer: 'Kết quả được trả trong ngày làm việc tiếp theo.' } as never, user: moderator, overrideAccess: false })
    await payload.update({ collection: 'questions', id, data: { status: 'published' } as never, user: moderator, overrideAccess: false })
  }
  return { id, code: r.code }
}

/**
 * Creates section content the public must not see: a news item and a science programme never
 * published, a pending question, and an unpublished revision of a published news item.
 */
export async function createSectionSecrets(payload: Payload): Promise<{ revisedNews: { id: number; slug: string; title: string } }> {
  await payload.create({ collection: 'news', data: { title: SECRETS.draftNews, category: 'news', _status: 'draft' } as never, draft: true, overrideAccess: true })
  await payload.create({ collection: 'science-programmes', data: { title: SECRETS.draftScience, kind: 'topic', stage: 'in-progress', _status: 'draft' } as never, draft: true, overrideAccess: true })
  await askQuestion(payload, SECRETS.pendingQuestion, false)
  const { docs } = await payload.find({ collection: 'news', limit: 1, sort: 'id', draft: false, overrideAccess: false })
  const news = docs[0] as unknown as { id: number; slug: string; title: string }
  await payload.update({ collection: 'news', id: news.id, data: { title: SECRETS.revisedNews } as never, draft: true, overrideAccess: true })
  return { revisedNews: news }
}
