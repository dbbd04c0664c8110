import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field rule: only moderators, approvers and administrators (personal data such as email and phone). */
export const moderatorsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'moderator', 'approver')
