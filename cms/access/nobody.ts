import type { Access } from 'payload'

/** No one through the API; only trusted server code with overrideAccess. */
export const nobody: Access = () => false
