import type { CollectionConfig } from 'payload'

import { administrators, nobody, only, serverOwned, submittedBy } from '../../access/policy'
import { RATING_LEVELS } from '../../consultation/ratings/levels'
import { stampRating } from '../../consultation/ratings/stamp-rating'

export const RATINGS_SLUG = 'ratings'

/**
 * One anonymous satisfaction rating. Only the submitRating command creates one
 * (cms/consultation/commands); its hook derives the day and the visitor key, and the unique
 * `visitorKey` makes the database itself refuse a second rating of the same page by the same
 * visitor on the same day.
 */
export const Ratings: CollectionConfig = {
  slug: RATINGS_SLUG,
  labels: { singular: 'Lượt đánh giá', plural: 'Lượt đánh giá' },
  admin: { useAsTitle: 'path', defaultColumns: ['path', 'level', 'day', 'createdAt'], group: 'Đánh giá hài lòng' },
  access: { read: only(administrators), create: submittedBy('submitRating'), update: nobody, delete: only(administrators) },
  hooks: { beforeChange: [stampRating] },
  defaultSort: '-createdAt',
  fields: [
    { name: 'path', type: 'text', label: 'Trang', required: true, index: true },
    { name: 'level', type: 'select', label: 'Mức độ', required: true, options: RATING_LEVELS.map((l) => ({ label: l.vi, value: l.value })) },
    { name: 'day', type: 'text', label: 'Ngày (yyyy-mm-dd)', required: true, index: true, access: serverOwned },
    { name: 'visitorKey', type: 'text', required: true, unique: true, access: serverOwned, admin: { hidden: true } },
  ],
}
