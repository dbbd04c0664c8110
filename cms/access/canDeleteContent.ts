import type { Access } from 'payload'

import { hasRole } from './roles'

/** Deleting published material is an approver's or administrator's call, never an editor's. */
export const canDeleteContent: Access = ({ req }) => hasRole(req.user, 'admin', 'approver')
