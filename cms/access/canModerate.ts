import type { Access } from 'payload'

import { hasRole } from './roles'

/** Moderators handle comments; approvers (who answer them in the report) and administrators may too. */
export const canModerate: Access = ({ req }) => hasRole(req.user, 'admin', 'moderator', 'approver')
