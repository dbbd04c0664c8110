import { agencyPath } from '../../../../cms/lib/paths'
import type { APIRoute } from 'astro'

import { contentDisposition } from '../../../lib/api/http'
import { purposeLabel } from '../../../../cms/lib/agencies/levels'
import { agencyToVCard } from '../../../../cms/lib/opendata/vcard'
import { getAgencyBySlug } from '../../../lib/cms/agencies'
import { publicOrigin } from '../../../../cms/lib/public-url'

/** GET /co-quan/{slug}/vcard: the agency's contact card as vCard 4.0 (a .vcf download). */
export const GET: APIRoute = async ({ params, url }) => {
  const agency = await getAgencyBySlug(params.slug ?? '')
  if (!agency) {
    return new Response('Không tìm thấy cơ quan (slug) này trong danh bạ.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const card = agencyToVCard({
    name: agency.name,
    nameEn: agency.nameEn ?? undefined,
    abbreviation: agency.abbreviation ?? undefined,
    emails: (agency.emails ?? []).map((e) => ({ address: e.address, purpose: purposeLabel(e.purpose) })),
    phone: agency.phone ?? undefined,
    fax: agency.fax ?? undefined,
    address: agency.address ?? undefined,
    website: agency.website ?? undefined,
    url: new URL(agencyPath(agency.slug), publicOrigin()).href,
    lastVerifiedAt: agency.lastVerifiedAt ?? undefined,
  })
  return new Response(card, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': contentDisposition(`${agency.slug}.vcf`),
      'Cache-Control': 'public, max-age=60',
    },
  })
}
