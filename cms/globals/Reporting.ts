import type { GlobalConfig } from 'payload'

import { administrators, anyone, only } from '../access/policy'
import { appendChange } from '../feed/append'

export const REPORTING_SLUG = 'reporting'

/**
 * What the Directive 15 statistics need to know about the owner: which issuers are "its own"
 * (Decree 43/2011 Art 17 binds an agency to put ITS OWN legal documents online within 2
 * working days; documents of other issuers are republished and not judged) and the limit.
 */
export const Reporting: GlobalConfig = {
  slug: REPORTING_SLUG,
  label: 'Thống kê, báo cáo',
  admin: { group: 'Quản trị' },
  access: { read: anyone, update: only(administrators) },
  // The statistics cache refreshes when the settings change.
  hooks: {
    afterChange: [
      async ({ doc, req }) => {
        await appendChange(req, REPORTING_SLUG, REPORTING_SLUG, 'update')
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'ownIssuers',
      type: 'relationship',
      relationTo: 'issuers',
      hasMany: true,
      label: 'Cơ quan ban hành là cơ quan chủ quản cổng',
      admin: {
        description:
          'Văn bản của các cơ quan ban hành này là "văn bản của cơ quan": trang Thống kê đo thời gian từ ngày ban hành đến ngày đăng so với hạn ở dưới. Để trống thì không đánh giá thời hạn.',
      },
    },
    {
      name: 'publicationLimitWorkingDays',
      type: 'number',
      label: 'Hạn đăng văn bản của cơ quan (ngày làm việc)',
      defaultValue: 2,
      min: 1,
      max: 30,
      admin: { description: 'Nghị định 43/2011/NĐ-CP, Điều 17: 2 ngày làm việc kể từ ngày ban hành.' },
    },
  ],
}
