import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { hasRole, ROLE_OPTIONS } from '../../access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const USERS_SLUG = 'users'

export const Users: CollectionConfig = {
  slug: USERS_SLUG,
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    group: 'Quản trị',
  },
  access: {
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Họ và tên' },
    {
      name: 'role',
      type: 'select',
      label: 'Vai trò',
      required: true,
      defaultValue: 'editor',
      options: ROLE_OPTIONS,
      saveToJWT: true,
      access: {
        // Only an administrator changes roles; the first account is made admin by a hook.
        create: ({ req }) => hasRole(req.user, 'admin'),
        update: ({ req }) => hasRole(req.user, 'admin'),
      },
    },
  ],
}
