/**
 * schema.org `GovernmentOrganization` JSON-LD for an agency page, with one `ContactPoint` per
 * official address and one for the focal point for information requests, so search engines and
 * address-book tools read the official contacts without scraping the page.
 */
import { isoDate } from '../dates'
import { purposeLabel } from './levels'

/** The agency fields the JSON-LD reads. */
export interface JsonLdAgency {
  name: string
  nameEn?: string | null
  abbreviation?: string | null
  emails?: { address?: string | null; purpose?: string | null }[] | null
  phone?: string | null
  fax?: string | null
  address?: string | null
  website?: string | null
  focalPoint?: { name?: string | null; title?: string | null; phone?: string | null; email?: string | null } | null
  officials?: { name?: string | null; position?: string | null; phone?: string | null; email?: string | null }[] | null
  lastVerifiedAt?: string | null
}

const clean = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))) as T

/** Returns the JSON-LD object of an agency; `url` is the absolute page URL, `parent` its parent's name and URL. */
export function agencyJsonLd(
  agency: JsonLdAgency,
  opts: { url: string; lang?: 'vi' | 'en'; parent?: { name: string; url: string } | null },
): Record<string, unknown> {
  const lang = opts.lang ?? 'vi'
  const name = lang === 'en' && agency.nameEn ? agency.nameEn : agency.name
  const alternate = [lang === 'en' ? agency.name : agency.nameEn, agency.abbreviation].filter((v): v is string => Boolean(v))
  const contactPoint = [
    ...(agency.emails ?? [])
      .filter((e) => e.address)
      .map((e) => clean({ '@type': 'ContactPoint', contactType: purposeLabel(e.purpose, lang) || undefined, email: e.address! })),
    ...(agency.focalPoint?.email || agency.focalPoint?.phone
      ? [
          clean({
            '@type': 'ContactPoint',
            contactType: lang === 'en' ? 'Focal point for information requests' : 'Đầu mối cung cấp thông tin',
            name: agency.focalPoint.name ?? undefined,
            email: agency.focalPoint.email ?? undefined,
            telephone: agency.focalPoint.phone ?? undefined,
          }),
        ]
      : []),
  ]
  const employee = (agency.officials ?? [])
    .filter((o) => o.name)
    .map((o) => clean({ '@type': 'Person', name: o.name!, jobTitle: o.position ?? undefined, email: o.email ?? undefined, telephone: o.phone ?? undefined }))
  return clean({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': opts.url,
    name,
    alternateName: alternate,
    url: opts.url,
    sameAs: agency.website ?? undefined,
    email: agency.emails?.find((e) => e.address)?.address ?? undefined,
    telephone: agency.phone ?? undefined,
    faxNumber: agency.fax ?? undefined,
    address: agency.address ? { '@type': 'PostalAddress', streetAddress: agency.address, addressCountry: 'VN' } : undefined,
    parentOrganization: opts.parent ? { '@type': 'GovernmentOrganization', name: opts.parent.name, url: opts.parent.url } : undefined,
    contactPoint,
    employee,
    dateModified: isoDate(agency.lastVerifiedAt) || undefined,
    inLanguage: lang,
  })
}
