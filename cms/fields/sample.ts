import type { Field } from 'payload'

/**
 * "Dữ liệu mẫu": ticked on the seed's illustrations, so every page that shows the item (lists,
 * item pages, the home page) marks it as not official information. Untick it once the agency has
 * replaced the content with its own.
 */
export const sampleField: Field = {
  name: 'isSample',
  type: 'checkbox',
  label: 'Dữ liệu mẫu (hiện nhãn “dữ liệu mẫu” trên trang công khai)',
  admin: { position: 'sidebar' },
}
