import type { CollectionConfig } from 'payload'

import { hiddenUnless, moderators, nobody, only, submittedBy } from '../access/policy'
import { uploadsDir } from '../paths'

export const COMMENT_FILES_SLUG = 'comment-files'

/**
 * Attachments sent with public comments. They may carry personal data (signatures, ID
 * numbers), so only moderators open them; the type was verified from the content on intake.
 * Only the submitComment command creates them, with the comment in one transaction.
 */
export const CommentFiles: CollectionConfig = {
  slug: COMMENT_FILES_SLUG,
  labels: { singular: 'Tệp góp ý', plural: 'Tệp đính kèm góp ý' },
  admin: { group: 'Lấy ý kiến dự thảo', hidden: hiddenUnless(moderators) },
  access: { read: only(moderators), create: submittedBy('submitComment'), update: nobody, delete: nobody },
  upload: {
    staticDir: `${uploadsDir()}/comment-files`,
    mimeTypes: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [],
}
