/**
 * The public commands of the follow service (issue #17 part 2): sign up (double opt-in), confirm,
 * and the manage page's changes. The credential of every change after the sign-up is a signed
 * link sent to the address (./tokens.ts); the sign-up itself only ever sends the confirmation
 * message, rate-limited per client address and per e-mail address (cms/limits), so the form
 * cannot be used to mail strangers. Errors name the field and hand back what was typed.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Subscription } from '../payload-types'
import { isValidEmail } from '../consultation/comments/validate'
import { parseLimit } from '../consultation/comments/limits'
import { rateLimitHeaders, rateLimitMessage } from '../consultation/comments/rate-limit'
import { sharedLimiter } from '../limits'
import { enqueueNotification } from '../notifications/outbox'
import { FOLLOW_FREQUENCIES, FOLLOW_TARGETS, type FollowFrequency, type FollowTarget, TARGET_FIELD, foldText } from './targets'
import { pairKey, tokenId, tokenMatches } from './tokens'

type Id = number | string

/** Names of the form's fields. */
export const FOLLOW_FORM_FIELDS = { email: 'email', target: 'muc', frequency: 'tan-suat' } as const
export const FORM_ERROR_FIELD = 'form'
const EMAIL_MAX = 254
const QUERY_MAX = 200

export interface FollowFieldError {
  field: string
  message: string
}

/** Rate limits of the sign-up form: FOLLOW_RATE_LIMIT_IP / _EMAIL as "max/seconds". */
export function followLimiters(payload: Payload) {
  return {
    ip: sharedLimiter(payload, { name: 'follow-ip', ...parseLimit(process.env.FOLLOW_RATE_LIMIT_IP, { max: 20, windowMs: 10 * 60_000 }) }),
    email: sharedLimiter(payload, { name: 'follow-email', ...parseLimit(process.env.FOLLOW_RATE_LIMIT_EMAIL, { max: 5, windowMs: 60 * 60_000 }) }),
  }
}

/** One thing to follow, resolved against the public catalogue. */
export interface FollowChoice {
  target: FollowTarget
  id: Id | null
  query: string | null
  /** «Văn bản 12/2024/NĐ-CP — …», «Lĩnh vực: Đất đai», «Tìm kiếm: "đất đai"». */
  label: string
}

const asId = (payload: Payload, v: string): Id | null => {
  const t = v.trim()
  if (!t || t.length > 40 || !/^[A-Za-z0-9]+$/.test(t)) return null
  return payload.db.defaultIDType === 'number' ? (/^\d+$/.test(t) ? Number(t) : null) : t
}

/**
 * Returns the thing a form or a link names (`muc` = the target's parameter name, and that
 * parameter's value: `muc=van-ban&van-ban=12`), read with public access: a draft that is not
 * published, or a withdrawn document, cannot be followed. Null when nothing public is named.
 */
export async function resolveChoice(payload: Payload, values: Record<string, string>): Promise<FollowChoice | null> {
  const def = FOLLOW_TARGETS.find((t) => t.param === values[FOLLOW_FORM_FIELDS.target])
  if (!def) return null
  const raw = values[def.param] ?? ''
  if (def.value === 'allDrafts') return { target: 'allDrafts', id: null, query: null, label: 'Tất cả dự thảo mới đưa ra lấy ý kiến' }
  if (def.value === 'search') {
    const query = raw.normalize('NFC').replace(/\s+/g, ' ').trim()
    if (!foldText(query) || [...query].length > QUERY_MAX) return null
    return { target: 'search', id: null, query, label: `Văn bản mới khớp tìm kiếm «${query}»` }
  }
  const id = asId(payload, raw)
  if (id == null) return null
  const pub = { depth: 0, overrideAccess: false, disableErrors: true } as const
  switch (def.value) {
    case 'document': {
      const d = await payload.findByID({ collection: 'legal-documents', id, ...pub, select: { numberSymbol: true, summary: true, workflowState: true } })
      if (!d || d.workflowState !== 'published') return null
      return { target: 'document', id, query: null, label: `Văn bản ${d.numberSymbol ?? ''} — ${d.summary ?? ''}`.slice(0, 300) }
    }
    case 'draft': {
      const d = await payload.findByID({ collection: 'drafts', id, ...pub, select: { title: true } })
      return d ? { target: 'draft', id, query: null, label: `Dự thảo «${d.title}»` } : null
    }
    case 'field': {
      const d = await payload.findByID({ collection: 'fields', id, ...pub, select: { name: true } })
      return d ? { target: 'field', id, query: null, label: `Văn bản mới thuộc lĩnh vực ${d.name}` } : null
    }
    case 'issuer': {
      const d = await payload.findByID({ collection: 'issuers', id, ...pub, select: { name: true } })
      return d ? { target: 'issuer', id, query: null, label: `Văn bản mới do ${d.name} ban hành` } : null
    }
    case 'documentType': {
      const d = await payload.findByID({ collection: 'document-types', id, ...pub, select: { name: true } })
      return d ? { target: 'documentType', id, query: null, label: `${d.name} mới ban hành` } : null
    }
  }
  return null
}

/** What became of a sign-up. */
export type FollowResult =
  | { kind: 'accepted' }
  | { kind: 'rejected'; status: number; errors: FollowFieldError[]; values: Record<string, string>; headers: Record<string, string> }

/** The values to show again: what was typed, trimmed to the form's own fields. */
export function typedFollowValues(fields: Record<string, string>): Record<string, string> {
  const keep = [FOLLOW_FORM_FIELDS.email, FOLLOW_FORM_FIELDS.target, FOLLOW_FORM_FIELDS.frequency, ...FOLLOW_TARGETS.map((t) => t.param)]
  return Object.fromEntries(keep.filter((k) => fields[k] !== undefined).map((k) => [k, String(fields[k]).slice(0, 400)]))
}

/**
 * Signs an address up for one thing (per-IP limit → validate → per-address limit → store and
 * queue the confirmation in one transaction). The answer is the same whether or not the address
 * already follows it, so the form tells nobody who follows what.
 */
export async function subscribe(payload: Payload, fields: Record<string, string>, ip: string, now: Date = new Date()): Promise<FollowResult> {
  const values = typedFollowValues(fields)
  const reject = (status: number, errors: FollowFieldError[], headers: Record<string, string> = {}): FollowResult => ({ kind: 'rejected', status, errors, values, headers })
  const limiters = followLimiters(payload)
  const ipCheck = await limiters.ip.check(ip)
  if (!ipCheck.allowed) return reject(429, [{ field: FORM_ERROR_FIELD, message: rateLimitMessage(ipCheck.retryAfterSeconds) }], rateLimitHeaders(ipCheck))

  const errors: FollowFieldError[] = []
  const email = (values[FOLLOW_FORM_FIELDS.email] ?? '').normalize('NFC').trim().toLowerCase()
  if (!email) errors.push({ field: FOLLOW_FORM_FIELDS.email, message: 'Thư điện tử: bắt buộc (thư xác nhận được gửi tới địa chỉ này).' })
  else if ([...email].length > EMAIL_MAX || !isValidEmail(email)) errors.push({ field: FOLLOW_FORM_FIELDS.email, message: 'Thư điện tử: không đúng định dạng (ví dụ: ten@example.vn).' })
  const choice = await resolveChoice(payload, values)
  if (!choice) errors.push({ field: FOLLOW_FORM_FIELDS.target, message: 'Nội dung theo dõi: hãy chọn một nội dung (và nhập từ khóa nếu theo dõi một tìm kiếm).' })
  const frequency = values[FOLLOW_FORM_FIELDS.frequency] as FollowFrequency
  if (!FOLLOW_FREQUENCIES.some((f) => f.value === frequency)) errors.push({ field: FOLLOW_FORM_FIELDS.frequency, message: 'Tần suất nhận thư: hãy chọn «ngay khi có thay đổi» hoặc «một thư tổng hợp mỗi ngày».' })
  if (errors.length || !choice) return reject(422, errors)

  const emailCheck = await limiters.email.check(email)
  if (!emailCheck.allowed) return reject(429, [{ field: FORM_ERROR_FIELD, message: rateLimitMessage(emailCheck.retryAfterSeconds) }], rateLimitHeaders(emailCheck))

  try {
    await store(payload, email, choice, frequency, now)
    return { kind: 'accepted' }
  } catch (err) {
    console.error('Không lưu được đăng ký theo dõi:', err)
    return reject(503, [{ field: FORM_ERROR_FIELD, message: 'Hệ thống tạm thời không lưu được đăng ký. Nội dung bạn nhập vẫn còn bên dưới; vui lòng gửi lại sau ít phút.' }], { 'Retry-After': '60' })
  }
}

const thingOf = (c: FollowChoice) => `${c.target}:${c.id ?? ''}:${c.query ? foldText(c.query) : ''}`

async function store(payload: Payload, email: string, choice: FollowChoice, frequency: FollowFrequency, now: Date): Promise<void> {
  const key = pairKey(payload.secret, email, thingOf(choice))
  const req = await createLocalReq({}, payload)
  const began = await initTransaction(req)
  try {
    const found = await payload.find({ collection: 'subscriptions', where: { pairKey: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
    const existing = found.docs[0] as Subscription | undefined
    // An address that follows it already, confirmed: nothing changes and nothing is sent (its manage link is in every message).
    if (existing && existing.confirmed && !existing.stopped) {
      if (began) await commitTransaction(req)
      return
    }
    const data = {
      email,
      target: choice.target,
      query: choice.query,
      label: choice.label,
      frequency,
      confirmed: false,
      stopped: false,
      pairKey: key,
      ...(choice.target in TARGET_FIELD && choice.id != null ? { [TARGET_FIELD[choice.target as keyof typeof TARGET_FIELD]]: choice.id } : {}),
    }
    const sub = existing
      ? await payload.update({ collection: 'subscriptions', id: existing.id, data: data as never, overrideAccess: true, depth: 0, req })
      : await payload.create({ collection: 'subscriptions', data: data as never, overrideAccess: true, depth: 0, req })
    await enqueueNotification(req, { key: `follow-confirm:${sub.id}:${now.toISOString()}`, kind: 'follow', event: 'confirm', eventAt: now.toISOString(), subscription: sub.id })
    if (began) await commitTransaction(req)
  } catch (err) {
    if (began) await killTransaction(req)
    throw err
  }
}

/** Returns the subscription a signed token stands for, or null (wrong signature, gone). */
export async function subscriptionOf(payload: Payload, purpose: 'confirm' | 'manage', token: string | null | undefined): Promise<Subscription | null> {
  const id = tokenId(token)
  if (!id) return null
  const sub = (await payload.findByID({ collection: 'subscriptions', id, depth: 0, overrideAccess: true, disableErrors: true })) as Subscription | null
  if (!sub || !tokenMatches(payload.secret, purpose, String(token), sub.id, sub.email)) return null
  return sub
}

const context = { notificationsOff: true }

/** Confirms the subscription of a confirmation link (idempotent); returns it, or null for a link that is not ours. */
export async function confirmSubscription(payload: Payload, token: string | null | undefined, now: Date = new Date()): Promise<Subscription | null> {
  const sub = await subscriptionOf(payload, 'confirm', token)
  if (!sub) return null
  if (sub.confirmed && !sub.stopped) return sub
  return (await payload.update({ collection: 'subscriptions', id: sub.id, data: { confirmed: true, confirmedAt: now.toISOString(), stopped: false } as never, overrideAccess: true, depth: 0, context })) as Subscription
}

/** Returns every subscription of an address that is not stopped, oldest first. */
export async function subscriptionsOf(payload: Payload, email: string): Promise<Subscription[]> {
  const { docs } = await payload.find({ collection: 'subscriptions', where: { and: [{ email: { equals: email } }, { stopped: { not_equals: true } }] }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
  return docs as Subscription[]
}

/** A change from the manage page: another frequency for one, stop one, stop all. */
export type ManageAction = { action: 'frequency'; id: string; frequency: string } | { action: 'stop'; id: string } | { action: 'stopAll' }

/** Applies a manage-page change for the address of a manage link; returns false for a link that is not ours or a subscription of another address. */
export async function manageSubscriptions(payload: Payload, token: string | null | undefined, change: ManageAction): Promise<boolean> {
  const owner = await subscriptionOf(payload, 'manage', token)
  if (!owner) return false
  const mine = await subscriptionsOf(payload, owner.email)
  if (change.action === 'stopAll') {
    for (const s of mine) await payload.update({ collection: 'subscriptions', id: s.id, data: { stopped: true } as never, overrideAccess: true, depth: 0, context })
    return true
  }
  const target = mine.find((s) => String(s.id) === change.id)
  if (!target) return false
  if (change.action === 'stop') {
    await payload.update({ collection: 'subscriptions', id: target.id, data: { stopped: true } as never, overrideAccess: true, depth: 0, context })
    return true
  }
  if (!FOLLOW_FREQUENCIES.some((f) => f.value === change.frequency)) return false
  await payload.update({ collection: 'subscriptions', id: target.id, data: { frequency: change.frequency } as never, overrideAccess: true, depth: 0, context })
  return true
}

/** The unsubscribe page's view of a follow stream (cms/notifications/unsubscribe.ts). */
export async function describeFollowStream(payload: Payload, stream: { kind: 'follow' | 'followAll'; subscriptionId: string }) {
  const sub = (await payload.findByID({ collection: 'subscriptions', id: stream.subscriptionId, depth: 0, overrideAccess: true, disableErrors: true })) as Subscription | null
  if (!sub) return null
  if (stream.kind === 'follow') return { stream, subject: `nội dung theo dõi «${sub.label ?? ''}»`, active: !sub.stopped }
  const rest = await subscriptionsOf(payload, sub.email)
  return { stream, subject: 'mọi nội dung ông/bà theo dõi trên cổng', active: rest.length > 0 }
}

/** Stops a follow stream: one subscription, or every one of its address. */
export async function stopFollowStream(payload: Payload, stream: { kind: 'follow' | 'followAll'; subscriptionId: string }): Promise<boolean> {
  const sub = (await payload.findByID({ collection: 'subscriptions', id: stream.subscriptionId, depth: 0, overrideAccess: true, disableErrors: true })) as Subscription | null
  if (!sub) return false
  const all = stream.kind === 'followAll' ? await subscriptionsOf(payload, sub.email) : sub.stopped ? [] : [sub]
  for (const s of all) await payload.update({ collection: 'subscriptions', id: s.id, data: { stopped: true } as never, overrideAccess: true, depth: 0, context })
  return true
}
