import type { CollectionConfig } from 'payload'

import { publishableCollection } from '../shared/publishable'

export const PAGES_SLUG = 'pages'

/** Topics of the introduction section (Decree 43 Art 10(1)(a)). */
export const INTRODUCTION_TOPICS = [
  { label: 'Cơ cấu tổ chức', value: 'organisation' },
  { label: 'Chức năng, nhiệm vụ, quyền hạn', value: 'functions' },
  { label: 'Sơ đồ tổ chức', value: 'structure-chart' },
  { label: 'Quá trình hình thành và phát triển', value: 'history' },
  { label: 'Lãnh đạo', value: 'leaders' },
  { label: 'Khác', value: 'other' },
] as const

/**
 * Standing pages of the introduction and contact sections, in Vietnamese or English (Decree 43
 * Art 13 asks for English introduction and contact pages).
 */
export const Pages: CollectionConfig = publishableCollection({
  slug: PAGES_SLUG,
  labels: { singular: 'Trang giới thiệu, liên hệ', plural: 'Trang giới thiệu, liên hệ' },
  admin: { defaultColumns: ['title', 'section', 'language', 'order', '_status'] },
  defaultSort: 'order',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'section',
          type: 'select',
          label: 'Chuyên mục',
          required: true,
          defaultValue: 'introduction',
          options: [
            { label: 'Giới thiệu', value: 'introduction' },
            { label: 'Liên hệ', value: 'contact' },
          ],
        },
        { name: 'topic', type: 'select', label: 'Nội dung', options: [...INTRODUCTION_TOPICS], admin: { condition: (data) => data?.section === 'introduction' } },
        {
          name: 'language',
          type: 'select',
          label: 'Ngôn ngữ',
          required: true,
          defaultValue: 'vi',
          options: [
            { label: 'Tiếng Việt', value: 'vi' },
            { label: 'Tiếng Anh', value: 'en' },
          ],
        },
        { name: 'order', type: 'number', label: 'Thứ tự', defaultValue: 10 },
      ],
    },
    { name: 'counterpart', type: 'relationship', relationTo: 'pages', label: 'Trang tương ứng ở ngôn ngữ kia' },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Hình (ví dụ sơ đồ tổ chức)', admin: { description: 'Ghi mô tả của hình trong thư viện tệp để người khiếm thị đọc được.' } },
    {
      name: 'people',
      type: 'array',
      label: 'Lãnh đạo (tiểu sử tóm tắt)',
      labels: { singular: 'Người', plural: 'Lãnh đạo' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: 'Họ và tên', required: true },
            { name: 'position', type: 'text', label: 'Chức vụ', required: true },
          ],
        },
        { name: 'bio', type: 'textarea', label: 'Tiểu sử tóm tắt', maxLength: 3000 },
      ],
    },
  ],
})
