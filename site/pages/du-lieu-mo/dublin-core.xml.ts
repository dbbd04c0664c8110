import type { APIRoute } from 'astro'

import { isoDate } from '../../../cms/lib/dates'
import { buildDublinCoreXml, type DublinCoreRecord } from '../../../cms/lib/opendata/dublin-core'
import { publicOrigin } from '../../../cms/lib/public-url'
import { withCaching } from '../../lib/api/http'
import { getCatalogue } from '../../lib/cms/catalogue'
import { getSettings } from '../../lib/cms/settings'

/**
 * GET /du-lieu-mo/dublin-core.xml: a Dublin Core record (Circular 24/2011) of every published
 * legal document, newest first, as the document pages carry in their DC.* meta elements.
 */
export const GET: APIRoute = async ({ request }) => {
  const [catalogue, settings] = await Promise.all([getCatalogue(), getSettings()])
  const origin = publicOrigin()
  const host = new URL(origin).host
  const names = (options: { value: string; label: string }[]) => new Map(options.map((o) => [o.value, o.label]))
  const types = names(catalogue.types)
  const issuers = names(catalogue.issuers)
  const fields = names(catalogue.fields)
  const entries = [...catalogue.entries].sort((a, b) => b.issuedAt - a.issuedAt || String(a.numberSymbol).localeCompare(String(b.numberSymbol), 'vi'))
  const records: DublinCoreRecord[] = entries.map((e) => {
    const type = types.get(e.type) ?? ''
    return {
      oaiIdentifier: `oai:${host}:legal-documents:${e.id}`,
      datestamp: new Date(e.updatedAt || e.issuedAt).toISOString(),
      title: `${`${type} ${e.numberSymbol}`.trim()}: ${e.summary}`,
      creator: issuers.get(e.issuer) ?? '',
      subjects: e.fields.map((f) => fields.get(f) ?? '').filter(Boolean),
      description: e.summary,
      publisher: settings.agencyName,
      date: isoDate(e.issuedAt),
      type: type || 'Văn bản',
      identifiers: [new URL(e.url, origin).href, e.numberSymbol],
      language: 'vi',
      notes: e.sample ? ['Dữ liệu mẫu: minh họa, không có giá trị pháp lý.'] : [],
    }
  })
  const lastChange = entries.reduce((max, e) => Math.max(max, e.updatedAt || 0), 0)
  const xml = buildDublinCoreXml(records, { generatedAt: new Date(lastChange || Date.now()).toISOString(), source: origin })
  const caching = withCaching(request, xml, lastChange ? new Date(lastChange) : null)
  if (caching.notModified) return caching.notModified
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Access-Control-Allow-Origin': '*', ...caching.headers } })
}
