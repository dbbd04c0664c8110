/**
 * Turns an outbox row into the mail to send, reading the item as it is now: the recipient (gone
 * after a purge), whether they still want mail (unsubscribed meanwhile), whether the event still
 * holds (a comment published by mistake and hidden a minute later is told only "hidden"), and the
 * words (a reason corrected meanwhile is the one sent). Returns why not when nothing is to be sent.
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { RESPONSE_LABELS, type ResponseKind } from '../consultation/comments/codes'
import type { Comment, Draft, Question, User } from '../payload-types'
import { receiptSignature } from '../consultation/comments/receipt'
import { commentStatusPath, draftPath, questionPath, questionStatusPath } from '../lib/paths'
import { publicHostName, publicUrl } from '../lib/public-url'
import { digestBlocks, digestEmpty, digestFor } from './digest'
import { commentEventHolds, questionEventHolds } from './events'
import {
  type Block,
  commentAnsweredBlocks,
  commentHiddenBlocks,
  commentPublishedBlocks,
  type Message,
  questionAnsweredBlocks,
  questionDeclinedBlocks,
  questionPublishedBlocks,
  renderMessage,
  reportPublishedBlocks,
} from './messages'
import { type Stream, unsubscribeUrl } from './unsubscribe'
import { composeFollow } from '../follow/compose'

/** The outbox row as the sender reads it. */
export interface OutboxRow {
  id: number | string
  key: string
  kind: 'comment' | 'report' | 'question' | 'digest' | 'follow' | 'followDigest'
  event: string
  eventAt?: string | null
  comment?: unknown
  draft?: unknown
  question?: unknown
  user?: unknown
  subscription?: unknown
  document?: unknown
  source?: unknown
}

/** A mail ready for Payload's sendEmail (nodemailer options). */
export interface OutgoingMail extends Message {
  to: string
  headers: Record<string, string>
  messageId: string
}

/** What to do with a row: send this mail, or record why not. */
export type Composed = { send: OutgoingMail } | { skip: string }

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string | null | undefined))

async function byId<T>(payload: Payload, collection: 'comments' | 'drafts' | 'questions' | 'users', ref: unknown): Promise<T | null> {
  const id = idOf(ref)
  if (id == null) return null
  return (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })) as T | null
}

/**
 * The headers every notification carries: RFC 8058 one-click unsubscribe, RFC 3834 automatic
 * mail, and a Message-ID derived from the event's key — should a crash between the SMTP server's
 * "250 OK" and the row's "sent" ever make the job send again, mail clients see the same message.
 */
function mail(row: OutboxRow, to: string, message: Message, unsubscribe: string): OutgoingMail {
  const host = publicHostName().replace(/:\d+$/, '')
  return {
    ...message,
    to,
    messageId: `<${createHash('sha256').update(row.key).digest('hex').slice(0, 40)}@${host}>`,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Auto-Submitted': 'auto-generated' },
  }
}

function build(payload: Payload, row: OutboxRow, to: string, stream: Stream, content: { subject: string; blocks: Block[] }, why: string, stopLabel: string, portalName: string): Composed {
  const url = unsubscribeUrl(payload.secret, stream)
  return { send: mail(row, to, renderMessage(content.subject, content.blocks, { why, unsubscribeUrl: url, stopLabel, portalName }), url) }
}

const COMMENT_WHY = 'Ông/bà nhận thư này vì đã chọn nhận thông báo khi gửi góp ý.'
const COMMENT_STOP = 'Ngừng nhận thư thông báo về các góp ý của ông/bà cho dự thảo này (một lần bấm, không cần đăng nhập):'

/** Returns the mail for an outbox row, or why none is sent. */
export async function composeNotification(payload: Payload, row: OutboxRow, now: Date = new Date()): Promise<Composed> {
  const portalName = await receiptSignature(payload)
  if (row.kind === 'follow' || row.kind === 'followDigest') {
    const composed = await composeFollow(payload, row as never)
    if ('skip' in composed) return composed
    const c = composed.content
    return build(payload, row, c.to, c.stream, { subject: c.subject, blocks: c.blocks }, c.why, c.stopLabel, portalName)
  }
  if (row.kind === 'comment' || row.kind === 'report') {
    const comment = await byId<Comment>(payload, 'comments', row.comment)
    if (!comment || !comment.email) return { skip: 'Không còn địa chỉ thư của người góp ý (góp ý đã xóa dữ liệu cá nhân).' }
    if (!comment.notify) return { skip: 'Người góp ý không nhận (hoặc đã ngừng nhận) thông báo.' }
    const draft = await byId<Draft>(payload, 'drafts', row.draft ?? comment.draft)
    if (!draft) return { skip: 'Không còn dự thảo.' }
    const stream: Stream = { kind: 'comments', commentId: String(comment.id) }
    if (row.kind === 'report') {
      const at = draft.report?.publishedAt
      if (draft._status !== 'published' || !at || new Date(at).toISOString() !== row.eventAt) return { skip: 'Báo cáo đã thay đổi ngày công bố hoặc không còn công bố.' }
      return build(payload, row, comment.email, stream, reportPublishedBlocks(draft.title, at, publicUrl(`${draftPath(draft.slug)}/bao-cao`)), COMMENT_WHY, COMMENT_STOP, portalName)
    }
    if (!commentEventHolds(row.event, comment)) return { skip: 'Sự kiện đã được thay đổi trước khi thư được gửi.' }
    const facts = {
      code: comment.trackingCode,
      draftTitle: draft.title,
      articleLabel: comment.articleLabel ?? null,
      commentUrl: publicUrl(`${draftPath(draft.slug)}/y-kien?ma=${encodeURIComponent(comment.trackingCode)}`),
      statusUrl: publicUrl(commentStatusPath(comment.trackingCode)),
    }
    const content =
      row.event === 'published'
        ? commentPublishedBlocks(facts, comment.moderatedAt ?? now)
        : row.event === 'hidden'
          ? commentHiddenBlocks(facts, comment.hiddenAt ?? now, comment.hiddenReason ?? '')
          : commentAnsweredBlocks(facts, RESPONSE_LABELS[comment.response!.kind as ResponseKind], comment.response?.text ?? '')
    return build(payload, row, comment.email, stream, content, COMMENT_WHY, COMMENT_STOP, portalName)
  }
  if (row.kind === 'question') {
    const q = await byId<Question>(payload, 'questions', row.question)
    if (!q || !q.email) return { skip: 'Không còn câu hỏi hoặc địa chỉ thư của người hỏi.' }
    if (q.notify === false) return { skip: 'Người hỏi đã ngừng nhận thông báo.' }
    if (!questionEventHolds(row.event, q)) return { skip: 'Trạng thái câu hỏi đã thay đổi trước khi thư được gửi.' }
    const facts = { code: q.trackingCode, statusUrl: publicUrl(questionStatusPath(q.trackingCode)), publicUrl: publicUrl(questionPath(q.trackingCode)) }
    const content =
      row.event === 'answered'
        ? questionAnsweredBlocks(facts, q.answer ?? '')
        : row.event === 'published'
          ? questionPublishedBlocks(facts, q.answer ?? '')
          : questionDeclinedBlocks(facts, q.declineReason ?? '')
    return build(payload, row, q.email, { kind: 'question', questionId: String(q.id) }, content, 'Ông/bà nhận thư này vì đã gửi câu hỏi tới cơ quan qua cổng thông tin.', 'Ngừng nhận thư thông báo về câu hỏi này (một lần bấm, không cần đăng nhập):', portalName)
  }
  const user = await byId<User>(payload, 'users', row.user)
  if (!user || user.digest !== 'daily') return { skip: 'Tài khoản không còn nhận thư tổng hợp.' }
  const content = await digestFor(payload, user, now)
  if (digestEmpty(content)) return { skip: 'Không còn việc chờ xử lý.' }
  return build(
    payload,
    row,
    user.email,
    { kind: 'digest', userId: String(user.id) },
    digestBlocks(content, now),
    `Bạn nhận thư này vì tài khoản quản trị của bạn chọn nhận thư tổng hợp hằng ngày (đổi trong trang tài khoản: ${publicUrl('/admin/account')}).`,
    'Ngừng nhận thư tổng hợp:',
    portalName,
  )
}
