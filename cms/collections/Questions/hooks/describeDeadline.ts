import type { FieldHook } from 'payload'

import { answerers, isIn } from '../../../access/policy'
import { deadlineText } from '../../../questions/deadline'
import { holidaysOfRequest } from '../../../questions/holidays'

/**
 * Returns where the question stands against its deadline, in words ("Quá hạn 2 ngày làm việc
 * (hạn 10/03/2026)"), computed on each read for staff and server code; a public read never pays
 * for it (the field is staff-only anyway).
 */
export const describeDeadline: FieldHook = async ({ siblingData, req, overrideAccess }) => {
  if (!overrideAccess && !isIn(req.user, answerers)) return null
  if (!siblingData?.dueDate) return null
  return deadlineText(siblingData, new Date(), await holidaysOfRequest(req))
}
