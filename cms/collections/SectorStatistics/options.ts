/** Kinds of statistical release, shared by the collection and the public pages. */
export const STATISTICS_KINDS = [
  { label: 'Báo cáo thống kê', value: 'report' },
  { label: 'Số liệu thống kê', value: 'dataset' },
  { label: 'Niên giám thống kê', value: 'yearbook' },
  { label: 'Chỉ tiêu thống kê', value: 'indicator' },
] as const

