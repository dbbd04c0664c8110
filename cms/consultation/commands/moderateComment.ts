/**
 * moderateComment: a moderator publishes a comment, hides it with a public reason, or puts it
 * back to pending. A save through Payload as that user: the collection's update rule (moderators,
 * approvers, administrators) decides, its hooks stamp who and when, refuse hiding without a
 * reason and write the moderation log in the same transaction. The admin's own saves take the
 * same path, so the command adds no rule of its own.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Comment, User } from '../../payload-types'

/** What a moderator does to a comment. */
export type ModerationAction = { status: 'published' | 'pending' } | { status: 'hidden'; reason: string }

/** Applies a moderation action as `user`; throws Payload's Forbidden or ValidationError when refused. */
export async function moderateComment(payload: Payload, input: { id: number | string; user: User; action: ModerationAction; req?: PayloadRequest }): Promise<Comment> {
  const { action } = input
  return payload.update({
    collection: 'comments',
    id: input.id,
    data: action.status === 'hidden' ? { status: 'hidden', hiddenReason: action.reason } : { status: action.status },
    user: input.user,
    overrideAccess: false,
    req: input.req,
  })
}
