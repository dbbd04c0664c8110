import type { CollectionConfig } from 'payload'

import { anyone, only, publishers, serverOwned, writers } from '../../access/policy'
import { SIGNATURE_STATUS_LABELS } from '../../lib/signatures/labels'
import { uploadsDir } from '../../paths'
import { checkSignatures } from './hooks/checkSignatures'
import { verifyFileType } from './hooks/verifyFileType'

export const MEDIA_SLUG = 'media'

/** Images and files published with content (emblem, attachments). */
export const Media: CollectionConfig = {
  slug: MEDIA_SLUG,
  labels: { singular: 'Tệp', plural: 'Tệp đính kèm' },
  admin: { group: 'Danh mục', defaultColumns: ['filename', 'alt', 'signatureStatus', 'updatedAt'] },
  // A file replaced under a published document changes what readers see: approvers and administrators only.
  access: { read: anyone, create: only(writers), update: only(publishers), delete: only(publishers) },
  // Pages list their files (label, format, size, signature): a replaced file is a content change.
  hooks: { beforeOperation: [verifyFileType], beforeChange: [checkSignatures], afterChange: [], afterDelete: [] },
  upload: {
    staticDir: `${uploadsDir()}/uploads`,
    mimeTypes: ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp', 'application/pdf',
      'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [
    { name: 'alt', type: 'text', label: 'Mô tả (cho người dùng trình đọc màn hình)' },
    // Computed from the file when it is stored (hooks/checkSignatures.ts), never typed.
    {
      name: 'signatureStatus',
      type: 'select',
      label: 'Chữ ký số (kiểm tra tự động)',
      index: true,
      access: serverOwned,
      options: Object.entries(SIGNATURE_STATUS_LABELS).map(([value, label]) => ({ value, label })),
      admin: { readOnly: true, position: 'sidebar', description: 'Hệ thống kiểm tra chữ ký số của tệp PDF khi tải lên và khi danh sách tin cậy thay đổi.' },
    },
    { name: 'signatureCheck', type: 'json', label: 'Kết quả kiểm tra chữ ký số', access: serverOwned, admin: { readOnly: true } },
    { name: 'sha256', type: 'text', label: 'Mã băm SHA-256', index: true, access: serverOwned, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'signatureTrustKey', type: 'text', access: serverOwned, admin: { hidden: true } },
  ],
}
