/** A commenter's look-ups of their own comment (code + e-mail), for the status and receipt pages. */
import { commentReceipt as receipt, lookupCommentStatus as lookup, trackingCodeExists as exists, type CommentReceiptView, type CommentStatusView } from '../../../cms/consultation/comments/status'
import { commentLimiters } from '../../../cms/consultation/comments/limits'
import type { RateLimitResult } from '../../../cms/limits'
import { payloadInstance } from './payload'

export type { CommentReceiptView, CommentStatusView }

/** Returns what was sent with this code when `key` opens its receipt, else null. */
export async function commentReceipt(code: string, key: string | null): Promise<CommentReceiptView | null> {
  return receipt(await payloadInstance(), code, key)
}

/** Returns the status of the comment with this code sent from this email, or null when they do not match. */
export async function lookupCommentStatus(code: string, email: string): Promise<CommentStatusView | null> {
  return lookup(await payloadInstance(), code, email)
}

/** Returns true when a comment with this tracking code exists. */
export async function trackingCodeExists(code: string): Promise<boolean> {
  return exists(await payloadInstance(), code)
}

/** Counts one status look-up from this address against its limit (shared by every instance). */
export async function checkLookupLimit(ip: string): Promise<RateLimitResult> {
  return commentLimiters(await payloadInstance()).lookup.check(ip)
}
