import type { GlobalConfig } from 'payload'

import { administrators, anyone, only } from '../access/policy'
import { appendChange } from '../feed/append'

export const SETTINGS_SLUG = 'settings'

/** The portal owner's identity (Circular 32/2017 Art 16), shown in the header and footer. */
export const Settings: GlobalConfig = {
  slug: SETTINGS_SLUG,
  label: 'Thông tin cổng',
  admin: { group: 'Quản trị' },
  access: { read: anyone, update: only(administrators) },
  // Header and footer show these: cached pages must be re-rendered.
  hooks: { afterChange: [async ({ doc, req }) => (await appendChange(req, SETTINGS_SLUG, SETTINGS_SLUG, 'update'), doc)] },
  fields: [
    { name: 'agencyName', type: 'text', label: 'Tên cơ quan chủ quản', required: true },
    { name: 'agencyNameEn', type: 'text', label: 'Tên cơ quan (tiếng Anh)' },
    { name: 'portalName', type: 'text', label: 'Tên cổng thông tin' },
    { name: 'emblem', type: 'upload', relationTo: 'media', label: 'Quốc huy / biểu trưng' },
    { name: 'responsiblePerson', type: 'text', label: 'Người chịu trách nhiệm chính' },
    { name: 'responsiblePersonTitle', type: 'text', label: 'Chức vụ người chịu trách nhiệm' },
    { name: 'address', type: 'text', label: 'Địa chỉ' },
    { name: 'phone', type: 'text', label: 'Điện thoại' },
    { name: 'email', type: 'email', label: 'Thư điện tử' },
    { name: 'licence', type: 'text', label: 'Giấy phép thiết lập trang thông tin điện tử' },
    { name: 'copyright', type: 'text', label: 'Dòng bản quyền' },
  ],
}
