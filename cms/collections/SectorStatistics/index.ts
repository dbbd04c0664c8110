import type { CollectionConfig } from 'payload'

import { checkWebAddress } from '../../lib/agencies/email'
import { art17StartField } from '../../fields/art17Start'
import { headFields, publishableCollection } from '../shared/publishable'
import { STATISTICS_KINDS } from './options'

export const SECTOR_STATISTICS_SLUG = 'sector-statistics'

/**
 * The sector's statistics the agency releases (Decree 43/2011/NĐ-CP Art 12): what period, which
 * field, who compiled it, the file and, when there is one, the machine-readable data.
 */
export const SectorStatistics: CollectionConfig = publishableCollection({
  slug: SECTOR_STATISTICS_SLUG,
  labels: { singular: 'Thống kê chuyên ngành', plural: 'Thông tin thống kê chuyên ngành' },
  admin: { defaultColumns: ['title', 'kind', 'period', 'publishedAt', '_status'] },
  head: headFields({ titleLabel: 'Tên báo cáo, số liệu', dateLabel: 'Ngày công bố' }),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: 'Loại', required: true, defaultValue: 'report', options: [...STATISTICS_KINDS] },
        { name: 'period', type: 'text', label: 'Kỳ số liệu', maxLength: 100, admin: { description: 'Ví dụ: Năm 2025; 9 tháng năm 2026; Quý III/2026.' } },
        { name: 'field', type: 'text', label: 'Lĩnh vực', maxLength: 200 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'agency', type: 'relationship', relationTo: 'agencies', label: 'Cơ quan thực hiện, công bố' },
        art17StartField('announcedAt', 'Ngày quyết định công bố', 10),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'attachment', type: 'upload', relationTo: 'media', label: 'Tệp báo cáo, số liệu' },
        { name: 'dataUrl', type: 'text', label: 'Địa chỉ dữ liệu (CSV, API…)', maxLength: 2000, validate: (v: unknown) => checkWebAddress(v, 'Địa chỉ dữ liệu') },
      ],
    },
  ],
  bodyLabel: 'Nội dung, phân tích',
})
