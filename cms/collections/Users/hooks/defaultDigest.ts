import type { CollectionBeforeChangeHook } from 'payload'

import { defaultDigest } from '../../../notifications/digest'

/**
 * The daily digest is on by default for moderators and approvers, off for the others (issue #17):
 * an account created without a choice gets its role's default, and so does an account whose role
 * changes in a save that does not choose too. A choice made on the account screen stays.
 */
export const defaultDigestSetting: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const role = data.role ?? originalDoc?.role
  if (operation === 'create' && !data.digest) data.digest = defaultDigest(role)
  if (operation === 'update' && data.digest === undefined && data.role !== undefined && data.role !== originalDoc?.role) data.digest = defaultDigest(role)
  if (operation === 'update' && !data.digest && !originalDoc?.digest) data.digest = defaultDigest(role)
  return data
}
