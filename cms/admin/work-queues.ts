/**
 * The admin dashboard opens with the work waiting for the signed-in person's role (issue #18):
 * documents in review for approvers, pending comments (with their text) for moderators, documents
 * sent back to draft for editors, and citizens' questions near or past their answer deadline for
 * everyone who answers them (#17). Counts come from the same access rules the lists use, so a
 * queue never offers what the role may not do; each links to the filtered list.
 */
import type { Payload, TypedUser } from 'payload'

import { answerers, moderators, publishers, type RoleGroup, writers } from '../access/policy'
import { formatDateTimeVN, startOfVnDay } from '../lib/dates'
import { addWorkingDays } from '../lib/working-days'
import { deadlineText, WARNING_WORKING_DAYS } from '../questions/deadline'
import { holidayDays } from '../questions/holidays'
import { OPEN_STATUSES } from '../questions/states'

const has = (user: TypedUser | null | undefined, group: RoleGroup) => Boolean(user && (group as readonly string[]).includes(String((user as { role?: string }).role)))
const list = (collection: string, where: Record<string, string>) => `/admin/collections/${collection}?${Object.entries(where).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`

export interface Queue {
  title: string
  count: number
  href: string
  empty: string
  items?: { href: string; label: string; detail: string }[]
}

export async function queuesFor(payload: Payload, user: TypedUser): Promise<Queue[]> {
  const queues: Queue[] = []
  const as = { user, overrideAccess: false } as const
  if (has(user, publishers)) {
    const where = { workflowState: { equals: 'inReview' } }
    const { totalDocs, docs } = await payload.find({ collection: 'legal-documents', where, draft: true, limit: 5, depth: 0, sort: 'updatedAt', select: { numberSymbol: true, summary: true, updatedAt: true }, ...as })
    queues.push({
      title: 'Văn bản chờ phê duyệt',
      count: totalDocs,
      href: list('legal-documents', { 'where[workflowState][equals]': 'inReview' }),
      empty: 'Không có văn bản nào chờ phê duyệt.',
      items: docs.map((d) => ({ href: `/admin/collections/legal-documents/${d.id}`, label: d.numberSymbol ?? '(chưa có số ký hiệu)', detail: `${d.summary ?? ''} — gửi lúc ${formatDateTimeVN(d.updatedAt)}` })),
    })
  }
  if (has(user, moderators)) {
    const where = { status: { equals: 'pending' } }
    const { totalDocs, docs } = await payload.find({ collection: 'comments', where, limit: 5, depth: 0, sort: 'createdAt', select: { trackingCode: true, articleLabel: true, body: true, createdAt: true }, ...as })
    queues.push({
      title: 'Góp ý chờ kiểm duyệt',
      count: totalDocs,
      href: list('comments', { 'where[status][equals]': 'pending', sort: 'createdAt' }),
      empty: 'Không có góp ý nào chờ kiểm duyệt.',
      items: docs.map((d) => ({ href: `/admin/collections/comments/${d.id}`, label: `${d.trackingCode} · ${d.articleLabel ?? 'Toàn bộ dự thảo'}`, detail: `${String(d.body ?? '').slice(0, 160)}${String(d.body ?? '').length > 160 ? '…' : ''} — nhận lúc ${formatDateTimeVN(d.createdAt)}` })),
    })
  }
  if (has(user, answerers)) queues.push(await questionQueue(payload, user))
  if (has(user, writers) && !has(user, publishers)) {
    const mine = await payload.count({ collection: 'legal-documents', where: { workflowState: { equals: 'draft' } }, ...as })
    queues.push({ title: 'Văn bản nháp (chưa gửi phê duyệt)', count: mine.totalDocs, href: list('legal-documents', { 'where[workflowState][equals]': 'draft' }), empty: 'Không có văn bản nháp.' })
  }
  return queues
}

/** Open questions whose due day is at most WARNING_WORKING_DAYS working days away, or past; earliest due first. */
async function questionQueue(payload: Payload, user: TypedUser): Promise<Queue> {
  const now = new Date()
  const holidays = await holidayDays(payload)
  const today = startOfVnDay(now)!
  const horizon = addWorkingDays(today, WARNING_WORKING_DAYS, holidays)!.toISOString()
  const open = { status: { in: [...OPEN_STATUSES] } }
  const where = { and: [open, { dueDate: { less_than_equal: horizon } }] }
  const as = { user, overrideAccess: false } as const
  const [{ totalDocs, docs }, late] = await Promise.all([
    payload.find({ collection: 'questions', where, limit: 5, depth: 0, sort: 'dueDate', select: { trackingCode: true, title: true, status: true, dueDate: true, answeredAt: true }, ...as }),
    payload.count({ collection: 'questions', where: { and: [open, { dueDate: { less_than: today.toISOString() } }] }, ...as }),
  ])
  return {
    title: `Câu hỏi sắp đến hạn hoặc quá hạn trả lời${late.totalDocs > 0 ? ` (${late.totalDocs} quá hạn)` : ''}`,
    count: totalDocs,
    href: list('questions', {
      'where[or][0][and][0][status][in]': OPEN_STATUSES.join(','),
      'where[or][0][and][1][dueDate][less_than_equal]': horizon,
      sort: 'dueDate',
    }),
    empty: `Không có câu hỏi nào còn ${WARNING_WORKING_DAYS} ngày làm việc trở xuống hoặc quá hạn.`,
    items: docs.map((d) => ({ href: `/admin/collections/questions/${d.id}`, label: `${d.trackingCode} · ${d.title ?? ''}`, detail: deadlineText(d, now, holidays) })),
  }
}
