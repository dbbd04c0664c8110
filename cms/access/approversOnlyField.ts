import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field rule: only approvers and administrators (e.g. publishing a consultation report). */
export const approversOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'approver')
