import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors write content; approvers and administrators may too. Moderators only handle comments. */
export const canEditContent: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'approver')
