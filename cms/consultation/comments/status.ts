/** What a commenter may learn about their own comment: credentialed reads (code + e-mail), never public lists. */
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { draftPath } from '../../lib/paths'
import { STANCE_LABELS, SUBMITTER_CATEGORY_LABELS, isStanceCode } from './codes'

/** What the commenter may learn about their comment from its code and email. */
export interface CommentStatusView {
  code: string
  status: 'pending' | 'published' | 'hidden' | 'purged'
  draftTitle: string
  draftUrl: string
  articleLabel: string | null
  submittedAt: string
  hiddenAt: string | null
  hiddenReason: string | null
}

/**
 * Returns the status of the comment with this code sent from this email, or null when they do
 * not match (the same answer for an unknown code and a wrong email, so neither can be probed).
 */
export async function lookupCommentStatus(payload: Payload, code: string, email: string): Promise<CommentStatusView | null> {
  // A credentialed check (code + email), not a public read: overrideAccess with the few fields needed.
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ trackingCode: { equals: code } }, { email: { equals: email.trim().toLowerCase() } }] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: { trackingCode: true, status: true, draft: true, articleLabel: true, createdAt: true, hiddenAt: true, hiddenReason: true, purgedAt: true },
    populate: { drafts: { title: true, slug: true } },
  })
  return docs[0] ? statusView(docs[0]) : null
}

type StatusRow = { trackingCode: string; status: CommentStatusView['status']; draft: unknown; articleLabel?: string | null; createdAt: string; hiddenAt?: string | null; hiddenReason?: string | null; purgedAt?: string | null }

/** The commenter's view of a stored comment's status (status page and receipt alike). */
function statusView(c: StatusRow): CommentStatusView {
  const draft = c.draft && typeof c.draft === 'object' ? (c.draft as { title?: string | null; slug?: string | null }) : null
  return {
    code: c.trackingCode,
    status: c.purgedAt ? 'purged' : c.status,
    draftTitle: draft?.title ?? '',
    draftUrl: draftPath(draft?.slug),
    articleLabel: c.articleLabel ?? null,
    submittedAt: c.createdAt,
    hiddenAt: c.hiddenAt ?? null,
    hiddenReason: c.hiddenReason ?? null,
  }
}

/** Returns true when a comment with this tracking code exists (the receipt page shows nothing else). */
export async function trackingCodeExists(payload: Payload, code: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'comments', where: { trackingCode: { equals: code } }, overrideAccess: true })
  return totalDocs > 0
}

/**
 * The key that opens one comment's receipt: an HMAC of its tracking code with the server's secret.
 * Codes are sequential and printed on paper; the key is not guessable, and travels only in the
 * address the commenter is sent to after submitting (and their receipt e-mail).
 */
export function receiptKey(secret: string, code: string): string {
  return createHmac('sha256', secret).update(`receipt\u0000${code}`).digest('base64url').slice(0, 22)
}

/** What the commenter sees on their receipt: what they sent, as stored (a pending comment is not public). */
export interface CommentReceiptView extends CommentStatusView {
  fullName: string
  organisation: string | null
  submitterCategory: string | null
  stance: string | null
  body: string
  attachmentName: string | null
  showName: boolean
}

/** Returns the receipt of the comment with this code when `key` is its receipt key, else null. */
export async function commentReceipt(payload: Payload, code: string, key: string | null): Promise<CommentReceiptView | null> {
  const expected = Buffer.from(receiptKey(payload.secret, code))
  const given = Buffer.from(key ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  // The key is the credential (as code + e-mail is for the status page).
  const { docs } = await payload.find({
    collection: 'comments',
    where: { trackingCode: { equals: code } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: { trackingCode: true, status: true, draft: true, articleLabel: true, createdAt: true, hiddenAt: true, hiddenReason: true, purgedAt: true, fullName: true, organisation: true, submitterCategory: true, stance: true, body: true, attachment: true, showName: true },
    populate: { drafts: { title: true, slug: true }, 'comment-files': { filename: true } },
  })
  const c = docs[0]
  if (!c || c.purgedAt) return null
  const attachment = c.attachment && typeof c.attachment === 'object' ? c.attachment : null
  return {
    ...statusView(c),
    fullName: c.fullName ?? '',
    organisation: c.organisation ?? null,
    submitterCategory: c.submitterCategory ? (SUBMITTER_CATEGORY_LABELS[c.submitterCategory as keyof typeof SUBMITTER_CATEGORY_LABELS] ?? null) : null,
    stance: isStanceCode(c.stance) ? STANCE_LABELS[c.stance] : null,
    body: c.body ?? '',
    attachmentName: attachment?.filename ?? null,
    showName: Boolean(c.showName),
  }
}
