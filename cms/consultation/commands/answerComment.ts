/**
 * answerComment: the drafting agency's response to a comment (tiếp thu / giải trình), shown in
 * the report, optionally copied to every comment of its similarity group. A save through Payload
 * as that user: the collection's update rule decides; its hooks require both kind and text,
 * stamp who and when, copy the answer to the group and log every change in one transaction.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Comment, User } from '../../payload-types'
import type { ResponseKind } from '../comments/codes'

/** Answers a comment as `user` (kind null with text null clears the answer). */
export async function answerComment(
  payload: Payload,
  input: { id: number | string; user: User; kind: ResponseKind | null; text: string | null; toGroup?: boolean; req?: PayloadRequest },
): Promise<Comment> {
  return payload.update({
    collection: 'comments',
    id: input.id,
    data: { response: { kind: input.kind, text: input.text }, ...(input.toGroup ? { applyResponseToGroup: true } : {}) },
    user: input.user,
    overrideAccess: false,
    req: input.req,
  })
}
