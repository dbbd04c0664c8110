import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account (Payload's create-first-user screen) becomes the administrator:
 * no default password or pre-made admin exists anywhere.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}
