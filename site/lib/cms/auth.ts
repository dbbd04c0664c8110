import { isIn, staff } from '../../../cms/access/policy'
import type { User } from '../../../cms/payload-types'
import { payloadInstance } from './payload'

/** Returns the signed-in staff member from the admin's session cookie, or null for the public. */
export async function currentStaff(request: Request): Promise<User | null> {
  if (!request.headers.get('cookie')?.includes('payload-token')) return null
  try {
    const payload = await payloadInstance()
    const { user } = await payload.auth({ headers: request.headers })
    return isIn(user as User | null, staff) ? (user as User) : null
  } catch {
    return null
  }
}
