import type { Access } from 'payload'

import { hasRole, type Role } from './roles'

/** Who may put content in front of the public, take it down, restore or schedule it. */
export const PUBLISHERS: readonly Role[] = ['admin', 'approver']

/** Returns whether the user may publish, unpublish, restore or schedule content. */
export function canPublish(user: Parameters<typeof hasRole>[0]): boolean {
  return hasRole(user, ...PUBLISHERS)
}

/**
 * Create/update rule of a publishable collection. Editors write, but never with
 * `_status: published`: Payload asks this rule with that status before publishing, scheduling
 * a publish or restoring a published version, so editors are refused each of those at every door.
 * Editors' saves of other kinds are turned into pending drafts by `guardPublication`.
 */
export const canWritePublishable: Access = ({ req, data }) => {
  if (canPublish(req.user)) return true
  if (!hasRole(req.user, 'editor')) return false
  return (data as { _status?: unknown } | undefined)?._status !== 'published'
}

/** Reference data carrying legal rules (types with consultation minimums, issuers, fields): approvers and administrators. */
export const canChangeReferenceData: Access = ({ req }) => canPublish(req.user)
