import type { CollectionConfig } from 'payload'

import { canModerate } from '../access/canModerate'
import { nobody } from '../access/nobody'
import { uploadsDir } from '../paths'

export const COMMENT_FILES_SLUG = 'comment-files'

/**
 * Attachments sent with public comments. They may carry personal data (signatures, ID
 * numbers), so only moderators open them; the type was verified from the content on intake.
 */
export const CommentFiles: CollectionConfig = {
  slug: COMMENT_FILES_SLUG,
  labels: { singular: 'Tệp góp ý', plural: 'Tệp đính kèm góp ý' },
  admin: { group: 'Lấy ý kiến dự thảo', hidden: ({ user }) => !user || !['admin', 'moderator', 'approver'].includes(String(user.role)) },
  access: { read: canModerate, create: nobody, update: nobody, delete: nobody },
  upload: {
    staticDir: `${uploadsDir()}/comment-files`,
    mimeTypes: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [],
}
