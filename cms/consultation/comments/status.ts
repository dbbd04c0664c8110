/** What a commenter may learn about their own comment: credentialed reads (code + e-mail), never public lists. */
import type { Payload } from 'payload'
import { draftPath } from '../../lib/paths'

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
  const c = docs[0]
  if (!c) return null
  const draft = typeof c.draft === 'object' ? c.draft : null
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
