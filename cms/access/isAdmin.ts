import type { Access } from 'payload'

import { hasRole } from './roles'

/** Administrators only. */
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
