import type { Field } from 'payload'

import { serverOwned } from '../../access/policy'
import { checkEmail, checkWebAddress, isEmailSyntax, isGovVnAddress } from '../../lib/agencies/email'
import { AGENCY_LEVELS, EMAIL_PURPOSES } from '../../lib/agencies/levels'

const PHONE = /^[0-9+()\s./-]{6,40}$/

/** Returns true, or a Vietnamese message naming the field, for a phone or fax number. */
export function checkPhone(value: unknown, label: string): true | string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text || PHONE.test(text)) return true
  return `${label}: "${text}" không phải số điện thoại hợp lệ (chỉ gồm chữ số, dấu cách, + ( ) . - /).`
}

const requiredText = (label: string) => (value: unknown) =>
  typeof value === 'string' && value.trim() ? true : `${label}: bắt buộc, chưa nhập.`

/** Name, level and place in the hierarchy. */
export const identityFields: Field[] = [
  { name: 'name', type: 'text', label: 'Tên chính thức (tiếng Việt)', required: true, maxLength: 300, validate: requiredText('Tên chính thức (tiếng Việt)') },
  { name: 'nameEn', type: 'text', label: 'Tên tiếng Anh', maxLength: 300, admin: { description: 'Hiển thị trên trang tiếng Anh (Nghị định 43, Điều 13).' } },
  {
    type: 'row',
    fields: [
      { name: 'abbreviation', type: 'text', label: 'Tên viết tắt', maxLength: 40 },
      {
        name: 'level',
        type: 'select',
        label: 'Cấp',
        required: true,
        options: AGENCY_LEVELS.map((l) => ({ label: l.vi, value: l.value })),
      },
    ],
  },
  {
    name: 'parent',
    type: 'relationship',
    relationTo: 'agencies',
    label: 'Cơ quan cấp trên',
    filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
  },
]

/** One or more official addresses, each with its purpose (Directive 15 item 3b). */
export const emailFields: Field[] = [
  {
    name: 'emails',
    type: 'array',
    label: 'Thư điện tử chính thức',
    labels: { singular: 'Địa chỉ', plural: 'Địa chỉ' },
    admin: { description: 'Địa chỉ công vụ thuộc miền .gov.vn. Địa chỉ đầu tiên là địa chỉ chính.' },
    validate: (value: unknown) =>
      Array.isArray(value) && value.length > 0 ? true : 'Thư điện tử chính thức: cần ít nhất một địa chỉ.',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'address', type: 'text', label: 'Địa chỉ thư điện tử', required: true, validate: (v: unknown) => checkEmail(v, 'Địa chỉ thư điện tử', true) },
          {
            name: 'purpose',
            type: 'select',
            label: 'Mục đích',
            required: true,
            defaultValue: 'edocs',
            options: EMAIL_PURPOSES.map((p) => ({ label: p.vi, value: p.value })),
          },
        ],
      },
      {
        name: 'nonGovReason',
        type: 'text',
        label: 'Lý do dùng địa chỉ ngoài miền .gov.vn',
        admin: {
          condition: (_, sibling) => typeof sibling?.address === 'string' && isEmailSyntax(sibling.address) && !isGovVnAddress(sibling.address),
          description: 'Chỉ thị 15/CT-TTg yêu cầu dùng thư điện tử công vụ; lý do này được hiển thị công khai.',
        },
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
          const address = typeof siblingData?.address === 'string' ? siblingData.address : ''
          if (!address || !isEmailSyntax(address) || isGovVnAddress(address)) return true
          return typeof value === 'string' && value.trim()
            ? true
            : `Lý do dùng địa chỉ ngoài miền .gov.vn: bắt buộc vì ${address.trim()} không thuộc miền .gov.vn.`
        },
      },
      // Written by the flagEmails hook only (it never names an unpublished agency).
      { name: 'flag', type: 'text', label: 'Cảnh báo', access: serverOwned, admin: { readOnly: true, condition: (_, sibling) => Boolean(sibling?.flag) } },
    ],
  },
  {
    name: 'documentSystemUrl',
    type: 'text',
    label: 'Địa chỉ hệ thống quản lý văn bản điện tử (nếu có)',
    validate: (v: unknown) => checkWebAddress(v, 'Địa chỉ hệ thống quản lý văn bản điện tử'),
  },
]

/** The agency's own phone, fax, address, website and its focal point for information requests. */
export const contactFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'phone', type: 'text', label: 'Điện thoại', validate: (v: unknown) => checkPhone(v, 'Điện thoại') },
      { name: 'fax', type: 'text', label: 'Fax', validate: (v: unknown) => checkPhone(v, 'Fax') },
    ],
  },
  { name: 'address', type: 'textarea', label: 'Địa chỉ trụ sở', maxLength: 500 },
  { name: 'website', type: 'text', label: 'Trang/Cổng thông tin điện tử', validate: (v: unknown) => checkWebAddress(v, 'Trang/Cổng thông tin điện tử') },
  {
    name: 'focalPoint',
    type: 'group',
    label: 'Đầu mối cung cấp thông tin (Luật Tiếp cận thông tin)',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', label: 'Họ và tên' },
          { name: 'title', type: 'text', label: 'Chức vụ' },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'phone', type: 'text', label: 'Điện thoại', validate: (v: unknown) => checkPhone(v, 'Đầu mối — Điện thoại') },
          { name: 'email', type: 'text', label: 'Thư điện tử', validate: (v: unknown) => checkEmail(v, 'Đầu mối — Thư điện tử') },
        ],
      },
    ],
  },
]

/** Competent officials with their official email (Law on IT Art 28(2)(đ); Decree 43 Art 10(1)(k)). */
export const officialFields: Field[] = [
  {
    name: 'officials',
    type: 'array',
    label: 'Cán bộ có thẩm quyền',
    labels: { singular: 'Cán bộ', plural: 'Cán bộ' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', label: 'Họ và tên', required: true, validate: requiredText('Cán bộ — Họ và tên') },
          { name: 'position', type: 'text', label: 'Chức vụ', required: true, validate: requiredText('Cán bộ — Chức vụ') },
          { name: 'unit', type: 'text', label: 'Đơn vị' },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'phone', type: 'text', label: 'Điện thoại', validate: (v: unknown) => checkPhone(v, 'Cán bộ — Điện thoại') },
          { name: 'email', type: 'text', label: 'Thư điện tử công vụ', validate: (v: unknown) => checkEmail(v, 'Cán bộ — Thư điện tử công vụ') },
        ],
      },
    ],
  },
]
