import {
  EXPERIMENTAL_TableFeature,
  HeadingFeature,
  LinkFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { Field } from 'payload'

import { serverOwned } from '../access/policy'

/**
 * The editor for official pages: default features plus tables (Word documents are full of
 * them), headings h2–h4 (the page title is the h1), external links only, no uploads or
 * embedded relationships (the public HTML is rendered once and would lose them).
 */
export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((f) => !['upload', 'relationship', 'heading', 'link', 'checklist', 'inlineCode'].includes(f.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    LinkFeature({ enabledCollections: [] }),
    EXPERIMENTAL_TableFeature(),
  ],
})

/** Returns the body fields: rich text, an optional HTML paste box, and the hidden rendered HTML. */
export function richBodyFields(label = 'Nội dung'): Field[] {
  return [
    { name: 'body', type: 'richText', label, editor: bodyEditor },
    {
      name: 'pastedHtml',
      type: 'textarea',
      label: 'Hoặc dán HTML (ví dụ từ Word)',
      admin: {
        rows: 6,
        description: 'Nếu ô này có nội dung, trang công khai hiển thị nội dung này thay cho ô soạn thảo ở trên. Hệ thống tự loại bỏ mã lệnh và định dạng không an toàn khi lưu.',
      },
    },
    // Rendered from body/pastedHtml on every save; never written by a client.
    { name: 'bodyHtml', type: 'textarea', access: serverOwned, admin: { hidden: true } },
  ]
}
