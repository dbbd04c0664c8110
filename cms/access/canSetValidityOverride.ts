import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Only approvers and administrators may override the computed validity (with a reason). */
export const canSetValidityOverride: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'approver')
