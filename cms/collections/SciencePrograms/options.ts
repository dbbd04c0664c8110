/** Choices of the science programmes section, shared by the collection and the public pages. */
export const SCIENCE_KINDS = [
  { label: 'Chương trình khoa học và công nghệ', value: 'programme' },
  { label: 'Đề tài nghiên cứu', value: 'topic' },
  { label: 'Dự án khoa học và công nghệ', value: 'project' },
  { label: 'Đề án khoa học', value: 'scheme' },
] as const

export const SCIENCE_LEVELS = [
  { label: 'Cấp quốc gia', value: 'national' },
  { label: 'Cấp bộ', value: 'ministerial' },
  { label: 'Cấp tỉnh', value: 'provincial' },
  { label: 'Cấp cơ sở', value: 'grassroots' },
] as const

export const SCIENCE_STAGES = [
  { label: 'Đang xét chọn, tuyển chọn', value: 'selecting' },
  { label: 'Đang thực hiện', value: 'in-progress' },
  { label: 'Đã nghiệm thu', value: 'accepted' },
  { label: 'Đã ứng dụng kết quả', value: 'applied' },
  { label: 'Dừng thực hiện', value: 'stopped' },
] as const

/** Returns true, or a Vietnamese message naming the field, for a four-digit year. */
export const yearRule = (label: string) => (value: unknown) =>
  value === null || value === undefined || (Number.isInteger(value) && (value as number) >= 1945 && (value as number) <= 2100)
    ? true
    : `${label}: phải là năm có 4 chữ số (1945–2100).`
