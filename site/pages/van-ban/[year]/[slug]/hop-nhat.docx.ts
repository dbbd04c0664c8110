/**
 * /van-ban/{year}/{slug}/hop-nhat.docx: the consolidated text as a Word file (same text and
 * footnotes as the page), for `?ngay=` or today. 404 without confirmed effects; 400 for a bad date.
 */
import type { APIRoute } from 'astro'

import { consolidatedDocx } from '../../../../../cms/lib/effects/consolidated-docx'
import { getDocumentByPath } from '../../../../lib/cms/documents'
import { pointInTimeView } from '../../../../lib/cms/effects'
import { getSettings } from '../../../../lib/cms/settings'

export const GET: APIRoute = async ({ params, url }) => {
  const doc = await getDocumentByPath(Number.parseInt(params.year ?? '', 10), params.slug ?? '')
  const view = doc && doc.workflowState !== 'withdrawn' ? await pointInTimeView(doc, url.searchParams, true) : null
  if (!doc || !view || view.original) return new Response('Không tìm thấy văn bản hợp nhất.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  if (view.error || !view.pit) return new Response(view.error || 'Không tạo được văn bản hợp nhất.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const type = typeof doc.documentType === 'object' ? doc.documentType?.name ?? '' : ''
  const title = `${type} số ${doc.numberSymbol}`.trim()
  const body = await consolidatedDocx(view.pit, { title, summary: doc.summary ?? '', day: view.day, agencyName: (await getSettings()).agencyName ?? '' })
  const name = `Van-ban-hop-nhat-${doc.slug}-${view.day}.docx`
  const vietnamese = `Văn bản hợp nhất ${doc.numberSymbol.replace(/\//g, '-')} ${view.day}.docx`
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(vietnamese)}`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
