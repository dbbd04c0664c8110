import type { CollectionBeforeChangeHook } from 'payload'

import { describeFlag, emailFlags, indexAddresses } from '../../../lib/agencies/flags'

/**
 * Writes a warning beside each address an editor should look at (outside `.gov.vn`, or listed
 * by another agency too) and ticks `needsReview`, so the admin list can be filtered on it.
 * Duplicates are warnings, not errors: two units may really share a mailbox.
 */
export const flagEmails: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!data || !Array.isArray(data.emails)) return data
  const addresses = data.emails.map((e: { address?: string }) => e.address).filter((a: unknown): a is string => typeof a === 'string' && a !== '')
  const others = addresses.length
    ? await req.payload.find({
        collection: 'agencies',
        where: { and: [{ 'emails.address': { in: addresses } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
        depth: 0,
        limit: 100,
        draft: true,
        overrideAccess: true,
        req,
        select: { name: true, emails: true, _status: true },
      })
    : { docs: [] }
  const self = { id: originalDoc?.id ?? 'new', name: String(data.name ?? ''), emails: data.emails }
  // The warning is public beside the address: an agency not yet published is not named in it.
  const named = others.docs.map((o) => (o._status === 'published' ? o : { ...o, name: 'một cơ quan chưa công bố' }))
  const flags = emailFlags(self, indexAddresses([self, ...named]))
  const emails = data.emails.map((e: { address?: string }) => {
    const mine = flags.filter((f) => f.address === e.address)
    return { ...e, flag: mine.length ? mine.map(describeFlag).join(' ') : null }
  })
  return { ...data, emails, needsReview: flags.length > 0 }
}
