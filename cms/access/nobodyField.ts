import type { FieldAccess } from 'payload'

/** Field rule: no one through the API (values written only by trusted hooks and intake code). */
export const nobodyField: FieldAccess = () => false
