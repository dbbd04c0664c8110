/**
 * One-click unsubscribe (RFC 8058) for each notification stream: a commenter's comments on one
 * draft, one question, a staff member's daily digest. The link carries the stream and an HMAC of
 * it with the server's secret: no address travels in it (links end up in logs and forwarded
 * mail), and nobody can stop someone else's mail by guessing numbers. GET shows what the link
 * stops; only POST stops it (mail scanners follow GET links).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { publicUrl } from '../lib/public-url'
import { describeFollowStream, stopFollowStream } from '../follow/subscriptions'

/** The public page of the links (GET: what would stop; POST: stop it). */
export const UNSUBSCRIBE_PATH = '/thong-bao/ngung-nhan'

/** A notification stream: comments of one address on one draft (named by one of them), one question, one account's digest. */
export type Stream =
  | { kind: 'comments'; commentId: string }
  | { kind: 'question'; questionId: string }
  | { kind: 'digest'; userId: string }
  | { kind: 'follow'; subscriptionId: string }
  | { kind: 'followAll'; subscriptionId: string }

const PREFIX = { comments: 'gy', question: 'hd', digest: 'ns', follow: 'td', followAll: 'tt' } as const
const ID = /^[A-Za-z0-9]{1,40}$/

/** Returns the stream's name in a link: `gy-12`, `hd-4`, `ns-3`. */
export function streamName(stream: Stream): string {
  const id =
    stream.kind === 'comments' ? stream.commentId : stream.kind === 'question' ? stream.questionId : stream.kind === 'digest' ? stream.userId : stream.subscriptionId
  return `${PREFIX[stream.kind]}-${id}`
}

/** Returns the stream a name stands for, or null. */
export function parseStream(name: string): Stream | null {
  const m = /^(gy|hd|ns|td|tt)-(.+)$/.exec(name)
  if (!m || !ID.test(m[2]!)) return null
  if (m[1] === 'td') return { kind: 'follow', subscriptionId: m[2]! }
  if (m[1] === 'tt') return { kind: 'followAll', subscriptionId: m[2]! }
  if (m[1] === 'gy') return { kind: 'comments', commentId: m[2]! }
  if (m[1] === 'hd') return { kind: 'question', questionId: m[2]! }
  return { kind: 'digest', userId: m[2]! }
}

const signature = (secret: string, name: string) => createHmac('sha256', secret).update(`unsubscribe\u0000${name}`).digest('base64url').slice(0, 32)

/** Returns the signed token of a stream (`gy-12.<signature>`). */
export function unsubscribeToken(secret: string, stream: Stream): string {
  const name = streamName(stream)
  return `${name}.${signature(secret, name)}`
}

/** Returns the stream of a token whose signature is right, else null. */
export function verifyUnsubscribeToken(secret: string, token: string | null | undefined): Stream | null {
  const text = String(token ?? '')
  const dot = text.lastIndexOf('.')
  if (dot < 1 || text.length > 120) return null
  const name = text.slice(0, dot)
  const given = Buffer.from(text.slice(dot + 1))
  const wanted = Buffer.from(signature(secret, name))
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return null
  return parseStream(name)
}

/** Returns the absolute unsubscribe URL of a stream (from PUBLIC_HOST, never a request). */
export function unsubscribeUrl(secret: string, stream: Stream): string {
  return publicUrl(`${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(unsubscribeToken(secret, stream))}`)
}

/** What a stream is, in words that expose nothing personal, and whether mail still goes to it. */
export interface StreamView {
  stream: Stream
  /** "các góp ý của ông/bà cho dự thảo «…»", "câu hỏi HD-2026-000045", "thư tổng hợp việc cần xử lý hằng ngày". */
  subject: string
  active: boolean
}

type CommentRow = { id: number | string; email?: string | null; notify?: boolean | null; draft?: unknown }
const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string | null | undefined))

/** The comments of one stream: every comment of the same address on the same draft. */
async function streamComments(payload: Payload, commentId: string): Promise<{ draftTitle: string; comments: CommentRow[] } | null> {
  const one = (await payload.findByID({ collection: 'comments', id: commentId, depth: 0, overrideAccess: true, disableErrors: true, select: { email: true, draft: true, notify: true } })) as CommentRow | null
  const draftId = idOf(one?.draft)
  if (!one || draftId == null) return null
  const draft = await payload.findByID({ collection: 'drafts', id: draftId, depth: 0, overrideAccess: true, disableErrors: true, select: { title: true } })
  const title = (draft as { title?: string } | null)?.title ?? ''
  if (!one.email) return { draftTitle: title, comments: [] }
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ draft: { equals: draftId } }, { email: { equals: one.email } }] },
    pagination: false,
    depth: 0,
    select: { notify: true },
    overrideAccess: true,
  })
  return { draftTitle: title, comments: docs as CommentRow[] }
}

/** Returns what the stream is and whether it still receives mail; null when it names nothing. */
export async function describeStream(payload: Payload, stream: Stream): Promise<StreamView | null> {
  if (stream.kind === 'follow' || stream.kind === 'followAll') return describeFollowStream(payload, stream)
  if (stream.kind === 'comments') {
    const found = await streamComments(payload, stream.commentId)
    if (!found) return null
    return { stream, subject: `các góp ý của ông/bà cho dự thảo «${found.draftTitle}»`, active: found.comments.some((c) => c.notify === true) }
  }
  if (stream.kind === 'question') {
    const q = await payload.findByID({ collection: 'questions', id: stream.questionId, depth: 0, overrideAccess: true, disableErrors: true, select: { trackingCode: true, notify: true, email: true } })
    if (!q) return null
    return { stream, subject: `câu hỏi ${q.trackingCode}`, active: q.notify !== false && Boolean(q.email) }
  }
  const u = await payload.findByID({ collection: 'users', id: stream.userId, depth: 0, overrideAccess: true, disableErrors: true, select: { digest: true } })
  if (!u) return null
  return { stream, subject: 'thư tổng hợp việc cần xử lý hằng ngày gửi tài khoản quản trị', active: u.digest === 'daily' }
}

/** Stops the stream's mail (idempotent); returns false when it names nothing. Every write bypasses the doors: the signed link is the credential. */
export async function unsubscribe(payload: Payload, stream: Stream): Promise<boolean> {
  const context = { notificationsOff: true, skipModerationLog: true }
  if (stream.kind === 'follow' || stream.kind === 'followAll') return stopFollowStream(payload, stream)
  if (stream.kind === 'comments') {
    const found = await streamComments(payload, stream.commentId)
    if (!found) return false
    for (const c of found.comments) {
      if (c.notify) await payload.update({ collection: 'comments', id: c.id, data: { notify: false } as never, overrideAccess: true, depth: 0, context })
    }
    return true
  }
  if (stream.kind === 'question') {
    const q = await payload.findByID({ collection: 'questions', id: stream.questionId, depth: 0, overrideAccess: true, disableErrors: true, select: { notify: true } })
    if (!q) return false
    if (q.notify !== false) await payload.update({ collection: 'questions', id: q.id, data: { notify: false } as never, overrideAccess: true, depth: 0, context })
    return true
  }
  const u = await payload.findByID({ collection: 'users', id: stream.userId, depth: 0, overrideAccess: true, disableErrors: true, select: { digest: true } })
  if (!u) return false
  if (u.digest !== 'off') await payload.update({ collection: 'users', id: u.id, data: { digest: 'off' } as never, overrideAccess: true, depth: 0, context })
  return true
}
