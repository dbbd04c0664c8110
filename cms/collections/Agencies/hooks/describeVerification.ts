import type { FieldHook, PayloadRequest } from 'payload'

import { isIn, staff } from '../../../access/policy'
import { verificationMonths, verificationText } from '../../../lib/agencies/verification'

const KEY = 'agencyVerificationMonths'

/** The re-verification interval from the settings, read once per request (a list shows many agencies). */
function monthsOfRequest(req: PayloadRequest): Promise<number> {
  const cached = req.context[KEY] as Promise<number> | undefined
  if (cached) return cached
  const months = req.payload
    .findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req, select: { agencyVerificationMonths: true } as never })
    .then((s) => verificationMonths((s as { agencyVerificationMonths?: unknown }).agencyVerificationMonths))
    .catch(() => verificationMonths(undefined))
  req.context[KEY] = months
  return months
}

/** afterRead of the virtual `verification` field: whether the contact details are due for re-verification (staff only). */
export const describeVerification: FieldHook = async ({ siblingData, req, overrideAccess }) => {
  if (!overrideAccess && !isIn(req.user, staff)) return null
  return verificationText(siblingData?.lastVerifiedAt, new Date(), await monthsOfRequest(req))
}
