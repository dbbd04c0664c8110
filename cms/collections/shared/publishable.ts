import type { CollectionConfig, Field } from 'payload'

import { publishableContent } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { richBodyFields } from '../../fields/richBody'
import { sampleField } from '../../fields/sample'
import { deriveSlug } from '../../hooks/deriveSlug'
import { guardPublishing } from '../../hooks/guardPublishing'
import { normaliseText } from '../../hooks/normaliseText'
import { renderRichBody } from '../../hooks/renderRichBody'

/** The fields every section item has first: title, summary, date; slug and date sit in the sidebar. */
export function headFields(opts: { titleLabel?: string; dateLabel?: string } = {}): Field[] {
  return [
    { name: 'title', type: 'text', label: opts.titleLabel ?? 'Tiêu đề', required: true, maxLength: 300 },
    { name: 'summary', type: 'textarea', label: 'Tóm tắt', maxLength: 1000 },
    {
      name: 'publishedAt',
      type: 'date',
      label: opts.dateLabel ?? 'Ngày đăng',
      defaultValue: () => new Date().toISOString(),
      index: true,
      admin: { position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'slug',
      type: 'text',
      label: 'Đường dẫn',
      index: true,
      admin: { position: 'sidebar', description: 'Tự tạo từ tiêu đề khi lưu lần đầu; giữ nguyên sau đó để liên kết không bị gãy.' },
    },
  ]
}

/**
 * Returns a collection of publishable items of a Decree 43 section: versions with drafts,
 * public reads of the published version only, NFC text, a stable slug, and a rich-text body
 * rendered to sanitised HTML at save time, and the sample-data mark. `fields` come between the
 * head fields and the body.
 */
export function publishableCollection(
  config: Omit<CollectionConfig, 'fields' | 'access' | 'versions'> & { fields: Field[]; head?: Field[]; bodyLabel?: string },
): CollectionConfig {
  const { fields, head, bodyLabel, hooks, admin, ...rest } = config
  return {
    ...rest,
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: 'Thông tin', ...admin },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    access: publishableContent,
    defaultSort: '-publishedAt',
    hooks: {
      ...hooks,
      beforeOperation: [guardPublication, ...(hooks?.beforeOperation ?? [])],
      beforeValidate: [normaliseText, deriveSlug('title'), ...(hooks?.beforeValidate ?? [])],
      beforeChange: [guardPublishing, renderRichBody, ...(hooks?.beforeChange ?? [])],
      // Tells the search index and other caches to refresh.
      afterChange: [auditPublication, ...(hooks?.afterChange ?? [])],
      afterDelete: [...(hooks?.afterDelete ?? [])],
    },
    fields: [...(head ?? headFields()), sampleField, ...fields, ...richBodyFields(bodyLabel)],
  }
}
