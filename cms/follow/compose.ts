/**
 * The words of follow mail (issue #17 part 2), read from the items as they are when the message
 * goes out: the confirmation (the only mail an unconfirmed address ever gets), one event to one
 * address, and the daily digest. Every link absolute from PUBLIC_HOST; each message names the
 * manage page and carries a one-click unsubscribe of what it is about.
 */
import type { Payload } from 'payload'

import type { Draft, LegalDocument, Notification, Subscription } from '../payload-types'
import { NOTIFICATIONS_SLUG } from '../collections/Notifications'
import { formatDateTimeVN, formatDateVN } from '../lib/dates'
import { documentPath, draftPath } from '../lib/paths'
import { publicUrl } from '../lib/public-url'
import type { Block } from '../notifications/messages'
import { DOCUMENT_EVENTS, DRAFT_EVENTS, type DraftEvent } from './targets'
import { confirmUrl, manageUrl } from './tokens'

type Id = number | string
const idOf = (ref: unknown): Id | null => (ref && typeof ref === 'object' ? (ref as { id: Id }).id : ((ref as Id | null | undefined) ?? null))

/** What the composer of notifications needs to send a follow message. */
export interface FollowContent {
  to: string
  subject: string
  blocks: Block[]
  why: string
  stopLabel: string
  /** Which unsubscribe stream the message's link stops: this subscription, or every one of the address (the digest). */
  stream: { kind: 'follow'; subscriptionId: string } | { kind: 'followAll'; subscriptionId: string }
}

export type FollowComposed = { content: FollowContent } | { skip: string }

async function byId<T>(payload: Payload, collection: 'subscriptions' | 'legal-documents' | 'drafts', ref: unknown): Promise<T | null> {
  const id = idOf(ref)
  if (id == null) return null
  return (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, draft: false })) as T | null
}

const docName = (d: Pick<LegalDocument, 'numberSymbol' | 'summary'>) => `${d.numberSymbol ?? 'Văn bản'} — ${d.summary ?? ''}`.trim()
const docUrl = (d: Pick<LegalDocument, 'year' | 'slug'>) => publicUrl(documentPath(d))

/** Returns the lines telling one event (for a message of its own, or as a part of a digest); null when the item is no longer public. */
async function eventBlocks(payload: Payload, row: Pick<Notification, 'event' | 'eventAt' | 'document' | 'source' | 'draft'>): Promise<{ title: string; blocks: Block[] } | null> {
  if (row.event.startsWith('draft:')) {
    const draft = await byId<Draft>(payload, 'drafts', row.draft)
    if (!draft || draft._status !== 'published') return null
    const event = row.event.slice(6) as DraftEvent
    const url = publicUrl(event === 'report' ? `${draftPath(draft.slug)}/bao-cao` : draftPath(draft.slug))
    const when =
      event === 'opened'
        ? ` Thời gian lấy ý kiến: từ ${formatDateTimeVN(draft.opensAt)} đến ${formatDateTimeVN(draft.closesAt)} (giờ Việt Nam).`
        : event === 'closed'
          ? ` Đã hết hạn lấy ý kiến lúc ${formatDateTimeVN(draft.closesAt)}.`
          : ''
    return { title: `Dự thảo «${draft.title}» ${DRAFT_EVENTS[event]}`, blocks: [`Dự thảo «${draft.title}» ${DRAFT_EVENTS[event]}.${when}`, { label: 'Xem trên cổng:', url }] }
  }
  const doc = await byId<LegalDocument>(payload, 'legal-documents', row.document)
  if (!doc || doc.workflowState !== 'published') return null
  if (row.event === 'newDocument') {
    const issued = doc.issuedAt ? `, ban hành ngày ${formatDateVN(doc.issuedAt)}` : ''
    return { title: `Văn bản mới: ${doc.numberSymbol ?? ''}`, blocks: [`Văn bản mới được đăng: ${docName(doc)}${issued}.`, { label: 'Xem văn bản:', url: docUrl(doc) }] }
  }
  const source = await byId<LegalDocument>(payload, 'legal-documents', row.source)
  if (!source || source.workflowState !== 'published') return null
  const type = (source.relations ?? []).find((r) => String(idOf(r.target)) === String(doc.id) && DOCUMENT_EVENTS[r.type as keyof typeof DOCUMENT_EVENTS]?.event === row.event)?.type
  const effect = DOCUMENT_EVENTS[(type ?? 'amends') as keyof typeof DOCUMENT_EVENTS]
  if (!type) return null
  return {
    title: `Văn bản ${doc.numberSymbol ?? ''} ${effect.label}`,
    blocks: [
      `Văn bản ${docName(doc)} mà ông/bà theo dõi ${effect.label} theo văn bản ${docName(source)}${source.effectiveAt ? ` (có hiệu lực từ ngày ${formatDateVN(source.effectiveAt)})` : ''}.`,
      { label: 'Xem văn bản mới:', url: docUrl(source) },
      { label: 'Xem văn bản được theo dõi (tình trạng hiệu lực cập nhật):', url: docUrl(doc) },
    ],
  }
}

const WHY = (label: string) => `Ông/bà nhận thư này vì đã đăng ký và xác nhận theo dõi «${label}» trên cổng thông tin.`

/** Returns the follow message of an outbox row, or why none is sent. */
export async function composeFollow(payload: Payload, row: Pick<Notification, 'id' | 'kind' | 'event' | 'eventAt' | 'subscription' | 'document' | 'source' | 'draft'>): Promise<FollowComposed> {
  const sub = await byId<Subscription>(payload, 'subscriptions', row.subscription)
  if (!sub) return { skip: 'Không còn đăng ký theo dõi.' }
  if (sub.stopped) return { skip: 'Người nhận đã ngừng theo dõi.' }
  const manage = manageUrl(payload.secret, sub.id, sub.email)
  const label = sub.label ?? ''
  if (row.kind === 'follow' && row.event === 'confirm') {
    if (sub.confirmed) return { skip: 'Đăng ký đã được xác nhận.' }
    return {
      content: {
        to: sub.email,
        subject: 'Xác nhận đăng ký theo dõi trên cổng thông tin',
        blocks: [
          `Cổng thông tin nhận được yêu cầu gửi thư cho địa chỉ này khi có thay đổi về: ${label}.`,
          'Ông/bà chỉ nhận thư theo dõi sau khi xác nhận. Nếu không phải ông/bà đăng ký, hãy bỏ qua thư này: sẽ không có thư nào khác được gửi.',
          { label: 'Xác nhận đăng ký (mở liên kết rồi bấm nút «Xác nhận»):', url: confirmUrl(payload.secret, sub.id, sub.email) },
        ],
        why: 'Ông/bà nhận thư này vì địa chỉ thư điện tử này được nhập vào mẫu đăng ký theo dõi trên cổng.',
        stopLabel: 'Không muốn nhận thư xác nhận nữa cho đăng ký này:',
        stream: { kind: 'follow', subscriptionId: String(sub.id) },
      },
    }
  }
  if (!sub.confirmed) return { skip: 'Địa chỉ chưa xác nhận đăng ký theo dõi.' }
  if (row.kind === 'followDigest') {
    const { docs } = await payload.find({ collection: NOTIFICATIONS_SLUG, where: { digest: { equals: row.id } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
    const blocks: Block[] = [`Các thay đổi trong ngày về những nội dung ông/bà theo dõi, tính đến ${formatDateTimeVN(row.eventAt ?? new Date())} (giờ Việt Nam):`]
    let count = 0
    for (const d of docs as Notification[]) {
      const own = await byId<Subscription>(payload, 'subscriptions', d.subscription)
      if (!own || own.stopped || !own.confirmed) continue
      const told = await eventBlocks(payload, d)
      if (!told) continue
      count++
      blocks.push({ heading: told.title }, ...told.blocks.slice(1), `(Theo dõi: ${own.label ?? ''})`)
    }
    if (!count) return { skip: 'Không còn thay đổi nào để báo.' }
    blocks.push({ label: 'Xem, đổi tần suất hoặc ngừng từng nội dung theo dõi:', url: manage })
    return {
      content: {
        to: sub.email,
        subject: `Thư tổng hợp theo dõi ngày ${formatDateVN(row.eventAt ?? new Date())}: ${count} thay đổi`,
        blocks,
        why: 'Ông/bà nhận thư này vì đã đăng ký nhận thư tổng hợp hằng ngày về các nội dung theo dõi trên cổng thông tin.',
        stopLabel: 'Ngừng tất cả thư theo dõi gửi tới địa chỉ này (một lần bấm, không cần đăng nhập):',
        stream: { kind: 'followAll', subscriptionId: String(sub.id) },
      },
    }
  }
  const told = await eventBlocks(payload, row)
  if (!told) return { skip: 'Văn bản hoặc dự thảo không còn công khai.' }
  return {
    content: {
      to: sub.email,
      subject: told.title,
      blocks: [...told.blocks, { label: 'Xem, đổi tần suất hoặc ngừng các nội dung theo dõi:', url: manage }],
      why: WHY(label),
      stopLabel: 'Ngừng theo dõi nội dung này (một lần bấm, không cần đăng nhập):',
      stream: { kind: 'follow', subscriptionId: String(sub.id) },
    },
  }
}
