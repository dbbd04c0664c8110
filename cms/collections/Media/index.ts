import type { CollectionConfig } from 'payload'

import { anyone, only, publishers, writers } from '../../access/policy'
import { uploadsDir } from '../../paths'
import { verifyFileType } from './hooks/verifyFileType'

export const MEDIA_SLUG = 'media'

/** Images and files published with content (emblem, attachments). */
export const Media: CollectionConfig = {
  slug: MEDIA_SLUG,
  labels: { singular: 'Tệp', plural: 'Tệp đính kèm' },
  admin: { group: 'Danh mục' },
  // A file replaced under a published document changes what readers see: approvers and administrators only.
  access: { read: anyone, create: only(writers), update: only(publishers), delete: only(publishers) },
  // Pages list their files (label, format, size): a replaced file is a content change.
  hooks: { beforeOperation: [verifyFileType], afterChange: [], afterDelete: [] },
  upload: {
    staticDir: `${uploadsDir()}/uploads`,
    mimeTypes: ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp', 'application/pdf',
      'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [{ name: 'alt', type: 'text', label: 'Mô tả (cho người dùng trình đọc màn hình)' }],
}
