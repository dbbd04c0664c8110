/**
 * Maps a published agency to the API's Agency shape: official contacts only (Directive 15
 * item 3b; Law on IT Art 28), addresses that are not well formed are left out rather than
 * published wrong, and the internal review flags stay in the CMS.
 */
import { agencyPath } from '../../../../cms/lib/paths'
import { isGovVnAddress } from '../../../../cms/lib/agencies/email'
import type { Agency } from '../../../../cms/payload-types'
import { absoluteUrl, apiDate, apiDateTime, email, populated, text, webUrl } from '../format'
import type { ApiAgency } from '../schemas'

/** Returns the API Agency. */
export function toApiAgency(a: Agency, origin: string): ApiAgency {
  const parent = populated<Agency>(a.parent)
  const focal = a.focalPoint
  const focalPoint = {
    name: text(focal?.name),
    title: text(focal?.title),
    phone: text(focal?.phone),
    email: email(focal?.email),
  }
  const slug = a.slug ?? String(a.id)
  return {
    id: String(a.id),
    slug,
    name: a.name,
    nameEn: text(a.nameEn),
    abbreviation: text(a.abbreviation),
    level: text(a.level),
    parent: parent?.slug ? { id: String(parent.id), slug: parent.slug, name: parent.name } : null,
    emails: (a.emails ?? [])
      .map((e) => ({ address: email(e.address), purpose: text(e.purpose) }))
      .filter((e): e is { address: string; purpose: string | null } => e.address !== null)
      .map((e) => ({ ...e, isGovVn: isGovVnAddress(e.address) })),
    phone: text(a.phone),
    fax: text(a.fax),
    address: text(a.address),
    website: webUrl(a.website),
    documentSystemUrl: webUrl(a.documentSystemUrl),
    focalPoint: Object.values(focalPoint).some((v) => v !== null) ? focalPoint : null,
    officials: (a.officials ?? [])
      .map((o) => ({ name: text(o.name), position: text(o.position), unit: text(o.unit), phone: text(o.phone), email: email(o.email) }))
      .filter((o): o is typeof o & { name: string; position: string } => o.name !== null && o.position !== null),
    lastVerifiedAt: apiDate(a.lastVerifiedAt),
    updatedAt: apiDateTime(a.updatedAt)!,
    url: absoluteUrl(origin, agencyPath(slug))!,
  }
}
