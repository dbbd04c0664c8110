/**
 * The daily digest for staff (issue #17): what waits for each person, read with that person's own
 * access rules, as the dashboard's work queues are (cms/admin/WorkQueues.tsx) — comments pending
 * moderation (moderators, approvers), documents in review (approvers), and questions at most
 * WARNING_WORKING_DAYS working days from their due day or past it (every question for moderators
 * and approvers; an editor's own assigned ones). The mail carries codes, counts, dates and links
 * into the admin, never what the public typed: mail leaves the admin's access control.
 */
import type { Payload, Where } from 'payload'

import { isIn, moderators, publishers } from '../access/policy'
import type { User } from '../payload-types'
import { formatDateTimeVN, formatDateVN, startOfVnDay } from '../lib/dates'
import { publicUrl } from '../lib/public-url'
import { addWorkingDays } from '../lib/working-days'
import { deadlineText, WARNING_WORKING_DAYS } from '../questions/deadline'
import { holidayDays } from '../questions/holidays'
import { OPEN_STATUSES } from '../questions/states'
import type { Block } from './messages'

/** Digest settings of an account. */
export const DIGEST_OPTIONS = [
  { value: 'daily', label: 'Hằng ngày' },
  { value: 'off', label: 'Không nhận' },
] as const
export type DigestSetting = (typeof DIGEST_OPTIONS)[number]['value']

/** Returns the setting an account gets unless it chooses: daily for moderators and approvers, off for the others. */
export function defaultDigest(role: string | null | undefined): DigestSetting {
  return role === 'moderator' || role === 'approver' ? 'daily' : 'off'
}

/** How many items of each list the mail names (the counts are always whole). */
const LISTED = 10

/** What waits for one person on one day. */
export interface DigestContent {
  comments: { total: number; drafts: { title: string; count: number; oldest: string }[] } | null
  documents: { total: number; items: { label: string; since: string }[] } | null
  questions: { total: number; late: number; assignedOnly: boolean; items: { code: string; deadline: string }[] } | null
}

/** Returns whether nothing waits (no mail is sent then). */
export function digestEmpty(c: DigestContent): boolean {
  return !c.comments?.total && !c.documents?.total && !c.questions?.total
}

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : ref)

/** Returns what waits for `user` at `now`, through that user's access rules. */
export async function digestFor(payload: Payload, user: User, now: Date = new Date()): Promise<DigestContent> {
  const as = { user: { ...user, collection: 'users' as const }, overrideAccess: false } as const
  const content: DigestContent = { comments: null, documents: null, questions: null }
  if (isIn(user, moderators)) {
    const { totalDocs, docs } = await payload.find({ collection: 'comments', where: { status: { equals: 'pending' } }, limit: 1000, depth: 0, sort: 'createdAt', select: { draft: true, createdAt: true }, ...as })
    const byDraft = new Map<string, { count: number; oldest: string }>()
    for (const d of docs) {
      const key = String(idOf(d.draft))
      const entry = byDraft.get(key) ?? { count: 0, oldest: d.createdAt }
      entry.count++
      byDraft.set(key, entry)
    }
    const ids = [...byDraft.keys()].slice(0, LISTED)
    const titles = ids.length
      ? (await payload.find({ collection: 'drafts', where: { id: { in: ids } }, draft: true, pagination: false, depth: 0, select: { title: true }, ...as })).docs
      : []
    content.comments = {
      total: totalDocs,
      drafts: ids.map((id) => ({ title: titles.find((t) => String(t.id) === id)?.title ?? `Dự thảo ${id}`, ...byDraft.get(id)! })),
    }
  }
  if (isIn(user, publishers)) {
    const { totalDocs, docs } = await payload.find({
      collection: 'legal-documents',
      where: { workflowState: { equals: 'inReview' } },
      draft: true,
      limit: LISTED,
      depth: 0,
      sort: 'updatedAt',
      select: { numberSymbol: true, summary: true, updatedAt: true },
      ...as,
    })
    content.documents = {
      total: totalDocs,
      items: docs.map((d) => ({ label: `${d.numberSymbol ?? '(chưa có số ký hiệu)'} — ${truncate(d.summary ?? '', 120)}`, since: d.updatedAt })),
    }
  }
  const holidays = await holidayDays(payload)
  const today = startOfVnDay(now)!
  const horizon = addWorkingDays(today, WARNING_WORKING_DAYS, holidays)!.toISOString()
  const assignedOnly = !isIn(user, moderators)
  const scope: Where[] = [{ status: { in: [...OPEN_STATUSES] } }, ...(assignedOnly ? [{ assignedTo: { equals: user.id } }] : [])]
  const [near, late] = await Promise.all([
    payload.find({ collection: 'questions', where: { and: [...scope, { dueDate: { less_than_equal: horizon } }] }, limit: LISTED, depth: 0, sort: 'dueDate', select: { trackingCode: true, status: true, dueDate: true, answeredAt: true }, ...as }),
    payload.count({ collection: 'questions', where: { and: [...scope, { dueDate: { less_than: today.toISOString() } }] }, ...as }),
  ])
  content.questions = { total: near.totalDocs, late: late.totalDocs, assignedOnly, items: near.docs.map((d) => ({ code: d.trackingCode, deadline: deadlineText(d, now, holidays) })) }
  return content
}

const truncate = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s)
const admin = (path: string) => publicUrl(`/admin/collections/${path}`)

/** Returns the digest's subject and blocks. */
export function digestBlocks(c: DigestContent, now: Date): { subject: string; blocks: Block[] } {
  const parts: string[] = []
  const blocks: Block[] = [`Việc đang chờ xử lý trên cổng thông tin, tính đến ${formatDateTimeVN(now)} (giờ Việt Nam):`]
  if (c.comments?.total) {
    parts.push(`${c.comments.total} góp ý chờ kiểm duyệt`)
    blocks.push({ heading: `Góp ý chờ kiểm duyệt: ${c.comments.total}` })
    for (const d of c.comments.drafts) blocks.push(`• ${d.title}: ${d.count} góp ý, cũ nhất nhận lúc ${formatDateTimeVN(d.oldest)}`)
    blocks.push({ label: 'Mở hàng chờ kiểm duyệt:', url: admin('comments?where[status][equals]=pending&sort=createdAt') })
  }
  if (c.documents?.total) {
    parts.push(`${c.documents.total} văn bản chờ phê duyệt`)
    blocks.push({ heading: `Văn bản chờ phê duyệt: ${c.documents.total}` })
    for (const d of c.documents.items) blocks.push(`• ${d.label} (gửi lúc ${formatDateTimeVN(d.since)})`)
    blocks.push({ label: 'Mở danh sách văn bản chờ phê duyệt:', url: admin('legal-documents?where[workflowState][equals]=inReview') })
  }
  if (c.questions?.total) {
    const q = c.questions
    parts.push(`${q.total} câu hỏi sắp đến hạn hoặc quá hạn`)
    blocks.push({ heading: `${q.assignedOnly ? 'Câu hỏi được giao cho bạn' : 'Câu hỏi'} còn ${WARNING_WORKING_DAYS} ngày làm việc trở xuống hoặc quá hạn: ${q.total}${q.late ? ` (${q.late} quá hạn)` : ''}` })
    for (const i of q.items) blocks.push(`• ${i.code}: ${i.deadline}`)
    blocks.push({ label: 'Mở danh sách câu hỏi theo hạn trả lời:', url: admin('questions?sort=dueDate') })
  }
  return { subject: `Việc cần xử lý ngày ${formatDateVN(now)}: ${parts.join(', ')}`, blocks }
}
