/**
 * Value formatting shared by the API mappers: ISO 8601 dates in Vietnam time, absolute URLs,
 * and guards that keep a malformed stored value (an address typed by hand) out of an answer
 * that promises a format.
 */
import { isEmailSyntax } from '../../../cms/lib/agencies/email'
import { isoDateTimeVN, vnDayKey } from '../../../cms/lib/dates'

/** Returns the Vietnamese calendar day `yyyy-mm-dd` of a stored date, or null. */
export function apiDate(value: unknown): string | null {
  return typeof value === 'string' || value instanceof Date ? vnDayKey(value) || null : null
}

/** Returns an ISO 8601 date-time with the +07:00 offset, or null. */
export function apiDateTime(value: unknown): string | null {
  return typeof value === 'string' || value instanceof Date ? isoDateTimeVN(value) || null : null
}

/** Returns the absolute URL of a site path (or of an absolute http(s) URL as is); null for anything else. */
export function absoluteUrl(origin: string, path: string | null | undefined): string | null {
  const url = path ? URL.parse(path, origin) : null
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null
}

/** Returns the trimmed text, or null when empty. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const t = value.trim().normalize('NFC')
  return t === '' ? null : t
}

/** Returns the address when it is a plain email address, else null. */
export function email(value: unknown): string | null {
  const t = text(value)
  return t && isEmailSyntax(t) ? t : null
}

/** Returns the id of a relation value (populated object or bare id) as a string, or null. */
export function refId(value: unknown): string | null {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === null || id === undefined || id === '' ? null : String(id)
}

/** Returns the populated object of a relation, or null when it is a bare id (not readable by the public). */
export function populated<T extends object>(value: unknown): T | null {
  return value !== null && typeof value === 'object' ? (value as T) : null
}

/** Returns the latest of the given instants (ISO strings), or null. */
export function latest(values: (string | null | undefined)[]): Date | null {
  const times = values.map((v) => (v ? Date.parse(v) : NaN)).filter((t) => !Number.isNaN(t))
  return times.length > 0 ? new Date(Math.max(...times)) : null
}

/** Returns an absolute http(s) web address as stored, or null when it is not one. */
export function webUrl(value: unknown): string | null {
  const t = text(value)
  return t && /^https?:\/\//i.test(t) && absoluteUrl('http://localhost', t) ? t : null
}
