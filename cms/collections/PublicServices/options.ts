/** Choices of the online public services list, shared by the collection and the public page. */

/** How much of a procedure is done online (Decree 42/2022/NĐ-CP: "toàn trình" or "một phần"). */
export const SERVICE_LEVELS = [
  { label: 'Toàn trình', value: 'full' },
  { label: 'Một phần', value: 'partial' },
] as const

/** Where the service is filed: the national public service portal or the agency's own system. */
export const SERVICE_PORTALS = [
  { label: 'Cổng Dịch vụ công quốc gia', value: 'national' },
  { label: 'Hệ thống dịch vụ công của cơ quan', value: 'agency' },
] as const
