/**
 * publishReport: the báo cáo tổng hợp, tiếp thu, giải trình of a closed draft goes public from
 * `publishedAt`. A publish of the draft through Payload as that user: the drafts' rules decide
 * (only approvers and administrators may set the date or publish; the date must be after the
 * consultation closed), and the audit log records the transition in the same transaction.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Draft, Media, User } from '../../payload-types'

/** Publishes the report of draft `id` as `user`; throws Payload's Forbidden or ValidationError when refused. */
export async function publishReport(
  payload: Payload,
  input: { id: number | string; user: User; publishedAt: Date | string; summary?: string | null; file?: number | Media | null; req?: PayloadRequest },
): Promise<Draft> {
  const publishedAt = typeof input.publishedAt === 'string' ? input.publishedAt : input.publishedAt.toISOString()
  const report: NonNullable<Draft['report']> = { publishedAt }
  if (input.summary !== undefined) report.summary = input.summary
  if (input.file !== undefined) report.file = input.file
  return payload.update({
    collection: 'drafts',
    id: input.id,
    data: { report, _status: 'published' },
    user: input.user,
    overrideAccess: false,
    req: input.req,
  })
}
