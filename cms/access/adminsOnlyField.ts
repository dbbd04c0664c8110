import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field rule: administrators only (e.g. purging a commenter's personal data on request). */
export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
