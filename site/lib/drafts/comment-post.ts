/**
 * The comment form's POST: the HTTP side only. The body is read with a size limit here; the
 * submitComment command (cms/consultation/commands) decides and stores; the page renders the
 * outcome (a 303 to the receipt, or the form again with the errors and the typed values).
 */
import { commentReceiptPath } from '../../../cms/lib/paths'
import { submitComment, type SubmitCommentResult } from '../../../cms/consultation/commands/submitComment'
import { receiptKey } from '../../../cms/consultation/comments/status'
import { publicOrigin } from '../../../cms/lib/public-url'
import { payloadInstance } from '../cms/payload'
import { readForm } from './form-body'

/** The outcome the page renders. */
export type CommentPostResult = Exclude<SubmitCommentResult, { kind: 'accepted' }> | { kind: 'accepted'; code: string; location: string }

/** What the handler needs from the request. */
export interface CommentPost {
  request: Request
  slug: string
  ip: string
  now?: Date
  /** Name signing the receipt email; the portal's settings when omitted. */
  portalName?: string
}

/** Handles one POST of the comment form for the draft at /du-thao/{slug}. */
export async function handleCommentPost({ request, slug, ip, now = new Date(), portalName }: CommentPost): Promise<CommentPostResult> {
  const payload = await payloadInstance()
  const result = await submitComment(payload, { slug, readForm: () => readForm(request), ip, now, origin: publicOrigin(), portalName })
  if (result.kind !== 'accepted') return result
  // The fragment replaces the form's #gop-y, which browsers would otherwise carry over the redirect.
  // The receipt's key lets this person (and no one guessing codes) see what they sent.
  return { kind: 'accepted', code: result.code, location: commentReceiptPath(result.draftSlug, result.code, receiptKey(payload.secret, result.code)) }
}
