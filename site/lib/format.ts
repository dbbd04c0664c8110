import { formatDateVN } from '../../cms/lib/dates'

/** Returns a date as dd/mm/yyyy in Vietnam time, or '' for a missing or invalid date. */
export const formatDate = formatDateVN

/** Returns a file size for people: "245 KB", "1,2 MB" (Vietnamese decimal comma). */
export function formatSize(bytes: number): string {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

/**
 * Splits an e-mail address, URL or code name where a line may break on a phone: after "/" and
 * "@", before ".", "?", "&", "=", "_" and "-" ("vanthu@moha.gov.vn" → "vanthu@", "moha", ".gov",
 * ".vn"), never inside a word. Breakable.astro puts a <wbr> between the parts.
 */
export function addressParts(text: string): string[] {
  return text.split(/(?<=[/@])(?!\/)|(?=[.?&=_-])/)
}
