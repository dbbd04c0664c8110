const VN_OFFSET_MS = 7 * 60 * 60 * 1000

/** Returns a date as dd/mm/yyyy in Vietnam time, or '' for a missing or invalid date. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return ''
  const vn = new Date(d.getTime() + VN_OFFSET_MS)
  const dd = String(vn.getUTCDate()).padStart(2, '0')
  const mm = String(vn.getUTCMonth() + 1).padStart(2, '0')
  return `${dd}/${mm}/${vn.getUTCFullYear()}`
}
