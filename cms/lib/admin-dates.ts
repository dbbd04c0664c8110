/**
 * Every date in the admin is entered and shown in Vietnam time, dd/mm/yyyy, whatever the
 * browser's time zone or language: Payload's per-field time zone with a single choice (the
 * instant is still stored in UTC, beside it the zone), and a Vietnamese display format. Without
 * it a browser on UTC showed every issue date one day early and a consent time month first.
 */
import type { Field } from 'payload'

/** The one time zone of the portal's dates. */
export const VN_TIME = {
  defaultTimezone: 'Asia/Ho_Chi_Minh',
  supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' }],
}

type AnyField = Field & { type: string; fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[]; timezone?: unknown; admin?: Record<string, unknown> }

/** Returns the fields with every date field (at any depth) in Vietnam time and a dd/MM/yyyy format. */
export function inVietnamTime(fields: Field[]): Field[] {
  return fields.map((f) => {
    const field = f as AnyField
    if (field.type === 'date') {
      const date = (field.admin?.date ?? {}) as { pickerAppearance?: string; displayFormat?: string }
      const withTime = date.pickerAppearance === 'dayAndTime'
      const displayFormat = date.displayFormat ?? (date.pickerAppearance === 'timeOnly' ? 'HH:mm' : withTime ? 'dd/MM/yyyy HH:mm' : 'dd/MM/yyyy')
      return { ...field, timezone: field.timezone ?? VN_TIME, admin: { ...field.admin, date: { ...date, displayFormat } } } as Field
    }
    if (field.fields) return { ...field, fields: inVietnamTime(field.fields) } as Field
    if (field.tabs) return { ...field, tabs: field.tabs.map((t) => ({ ...t, fields: inVietnamTime(t.fields) })) } as Field
    if (field.blocks) return { ...field, blocks: field.blocks.map((b) => ({ ...b, fields: inVietnamTime(b.fields) })) } as Field
    return f
  })
}

type Schema = { required?: string[]; properties?: Record<string, Schema>; definitions?: Record<string, Schema>; items?: Schema | Schema[]; [key: string]: unknown }

/**
 * For the generated types: a date's zone column (`issuedAt_tz`) always has its default (the one
 * zone), so code that creates a record need not write it. Removes every `…_tz` from `required`.
 */
export function zoneColumnsOptional({ jsonSchema }: { jsonSchema: Schema }): Schema {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const s = node as Schema
    if (Array.isArray(s.required)) s.required = s.required.filter((k) => !k.endsWith('_tz'))
    for (const value of Object.values(s)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object') visit(value)
    }
  }
  visit(jsonSchema)
  return jsonSchema
}
