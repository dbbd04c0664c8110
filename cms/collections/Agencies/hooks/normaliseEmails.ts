import type { CollectionBeforeValidateHook } from 'payload'

import { normaliseEmail } from '../../../lib/agencies/email'

type Row = Record<string, unknown>
const lower = (v: unknown) => (typeof v === 'string' ? normaliseEmail(v) : v)

/** Stores addresses trimmed and lower-case, so duplicates are found whatever the typing. */
export const normaliseEmails: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  const next = { ...data }
  if (Array.isArray(data.emails)) next.emails = data.emails.map((e: Row) => ({ ...e, address: lower(e.address) }))
  if (Array.isArray(data.officials)) next.officials = data.officials.map((o: Row) => ({ ...o, email: lower(o.email) }))
  if (data.focalPoint && typeof data.focalPoint === 'object') next.focalPoint = { ...data.focalPoint, email: lower(data.focalPoint.email) }
  return next
}
