/** Choices of the projects section, shared by the collection and the public pages. */
export const PROJECT_TYPES = [
  { label: 'Dự án đầu tư công', value: 'public-investment' },
  { label: 'Dự án PPP', value: 'ppp' },
  { label: 'Gói thầu, đấu thầu', value: 'tender' },
  { label: 'Mua sắm công', value: 'procurement' },
  { label: 'Khác', value: 'other' },
] as const

export const FUNDING_SOURCES = [
  { label: 'Ngân sách trung ương', value: 'central-budget' },
  { label: 'Ngân sách địa phương', value: 'local-budget' },
  { label: 'Vốn ODA, vay ưu đãi', value: 'oda' },
  { label: 'Vốn đối tác công tư (PPP)', value: 'ppp' },
  { label: 'Nguồn khác', value: 'other' },
] as const

export const PROJECT_STATUSES = [
  { label: 'Chuẩn bị đầu tư', value: 'preparing' },
  { label: 'Đang mời thầu', value: 'bidding' },
  { label: 'Đang thực hiện', value: 'in-progress' },
  { label: 'Hoàn thành', value: 'completed' },
  { label: 'Tạm dừng', value: 'suspended' },
] as const

/** Returns the Vietnamese label of an option value, or the value itself when unknown. */
export function optionLabel(options: readonly { label: string; value: string }[], value: string | null | undefined): string {
  return options.find((o) => o.value === value)?.label ?? value ?? ''
}
