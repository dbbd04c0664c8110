import type { GlobalConfig } from 'payload'

import { administrators, anyone, only } from '../access/policy'
import { appendChange } from '../feed/append'
import { checkWebAddress } from '../lib/agencies/email'
import { DEFAULT_VERIFICATION_MONTHS } from '../lib/agencies/verification'
import { MAINTENANCE_NOTICE_WORKING_DAYS } from '../lib/maintenance'
import { checkMaintenanceWindow } from './hooks/checkMaintenanceWindow'

export const SETTINGS_SLUG = 'settings'

/** The Ministry of Justice's feedback system on legal documents (paknvbqppl, QĐ 244/QĐ-TTg); the address should be confirmed with the Ministry. */
export const DEFAULT_LEGAL_FEEDBACK_URL = 'https://paknvbqppl.moj.gov.vn'

/** The portal owner's identity (Circular 32/2017 Art 16), shown in the header and footer. */
export const Settings: GlobalConfig = {
  slug: SETTINGS_SLUG,
  label: 'Thông tin cổng',
  admin: { group: 'Quản trị' },
  access: { read: anyone, update: only(administrators) },
  // Header and footer show these: cached pages must be re-rendered.
  hooks: {
    beforeChange: [checkMaintenanceWindow],
    afterChange: [async ({ doc, req }) => (await appendChange(req, SETTINGS_SLUG, SETTINGS_SLUG, 'update'), doc)],
  },
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
    // Decree 43/2011 Art 16: links to the Government portal and the parent agency's portal.
    {
      name: 'parentPortal',
      type: 'group',
      label: 'Cổng thông tin điện tử của cơ quan cấp trên',
      admin: { description: 'Hiển thị ở chân trang, bên cạnh liên kết tới Cổng thông tin điện tử Chính phủ.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: 'Tên cổng' },
            { name: 'url', type: 'text', label: 'Địa chỉ', validate: (v: unknown) => checkWebAddress(v, 'Địa chỉ cổng của cơ quan cấp trên') },
          ],
        },
      ],
    },
    {
      name: 'maintenance',
      type: 'group',
      label: 'Bảo trì theo kế hoạch',
      admin: {
        description: `Thông báo hiện trên mọi trang công khai từ ${MAINTENANCE_NOTICE_WORKING_DAYS} ngày làm việc trước khi bắt đầu đến khi kết thúc bảo trì (Nghị định 224/2026/NĐ-CP, Điều 13). Thời điểm bắt đầu phải cách hôm nay ít nhất ${MAINTENANCE_NOTICE_WORKING_DAYS} ngày làm việc. Xóa hai thời điểm để bỏ thông báo.`,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', label: 'Bắt đầu bảo trì', admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
            { name: 'end', type: 'date', label: 'Kết thúc bảo trì', admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
          ],
        },
        { name: 'text', type: 'textarea', label: 'Nội dung thông báo', maxLength: 1000, admin: { description: 'Để trống: cổng tự ghi thời gian bảo trì.' } },
      ],
    },
    {
      name: 'agencyVerificationMonths',
      type: 'number',
      label: 'Xác minh lại thông tin liên hệ của cơ quan sau (tháng)',
      defaultValue: DEFAULT_VERIFICATION_MONTHS,
      min: 1,
      max: 120,
      admin: { description: 'Cơ quan có ngày xác minh cũ hơn thời hạn này được đánh dấu “cần xác minh lại” trong danh bạ và trang quản trị.' },
    },
    {
      // QĐ 244/QĐ-TTg: feedback on legal documents in force goes to the Ministry of Justice's system.
      name: 'legalFeedbackUrl',
      type: 'text',
      label: 'Địa chỉ Hệ thống tiếp nhận phản ánh, kiến nghị về văn bản quy phạm pháp luật',
      defaultValue: DEFAULT_LEGAL_FEEDBACK_URL,
      validate: (v: unknown) => (v ? checkWebAddress(v, 'Địa chỉ hệ thống phản ánh, kiến nghị') : true),
      admin: { description: `Trang văn bản còn hiệu lực có liên kết tới hệ thống này của Bộ Tư pháp (Quyết định 244/QĐ-TTg). Để trống: ${DEFAULT_LEGAL_FEEDBACK_URL}.` },
    },
  ],
}
