import type { FieldAccess } from 'payload'

import { nobodyField } from './nobodyField'
import { hasRole } from './roles'

/**
 * Field rule of a derived value (stored HTML, table of contents, keys, validity, logs): no client
 * may write it through any door; server hooks compute it from its sources on every save.
 */
export const SERVER_OWNED = { create: nobodyField, update: nobodyField } as const

/** Field read rule for internal values (editorial notes, logs): staff only, never the public. */
export const staffOnlyRead: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'approver', 'moderator')
