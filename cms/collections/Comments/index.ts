import type { CollectionConfig } from 'payload'

import { hiddenUnless, moderators, nobody, only, publicCommentsOr, submittedBy } from '../../access/policy'
import { stampSubmission } from '../../consultation/comments/stamp-submission'
import { queueCommentNotifications } from '../../notifications/hooks'
import { commenterFields, contentFields, internalFields, moderationFields, placementFields, purgeFields, responseFields } from './fields'
import { applyGroupResponse } from './hooks/applyGroupResponse'
import { logModeration } from './hooks/logModeration'
import { removePurgedAttachment } from './hooks/removePurgedAttachment'
import { stampModeration } from './hooks/stampModeration'

export const COMMENTS_SLUG = 'comments'

/**
 * Public comments on drafts. They arrive only through the submitComment command
 * (cms/consultation/commands: validated, sanitised and rate-limited there; numbered and keyed by
 * the stampSubmission hook) and start pending. Moderators publish or hide them with a
 * public reason; nothing is deleted (an administrator's purge clears personal data and keeps a
 * stub). Every action goes to the moderation log. Email and phone are never readable by the public.
 */
export const Comments: CollectionConfig = {
  slug: COMMENTS_SLUG,
  labels: { singular: 'Góp ý', plural: 'Góp ý dự thảo' },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'draft', 'articleLabel', 'stance', 'status', 'similarityGroup', 'createdAt'],
    group: 'Lấy ý kiến dự thảo',
    listSearchableFields: ['trackingCode', 'email', 'fullName'],
    description: 'Hàng chờ kiểm duyệt: lọc theo Trạng thái = Chờ kiểm duyệt; lọc thêm theo dự thảo, điều, quan điểm hoặc nhóm ý kiến tương tự.',
    hidden: hiddenUnless(moderators),
  },
  access: { read: publicCommentsOr(moderators), create: submittedBy('submitComment'), update: only(moderators), delete: nobody },
  defaultSort: '-createdAt',
  // An article's public comments, counted and paged oldest first, are read from this index alone:
  // a draft with 10,000 comments is shown as fast as one with 50.
  indexes: [{ fields: ['draft', 'article', 'status', 'createdAt'] }],
  hooks: {
    beforeChange: [stampSubmission, stampModeration],
    afterChange: [logModeration, applyGroupResponse, removePurgedAttachment, queueCommentNotifications],
  },
  fields: [...placementFields, ...moderationFields, ...commenterFields, ...contentFields, ...responseFields, ...purgeFields, ...internalFields],
}
