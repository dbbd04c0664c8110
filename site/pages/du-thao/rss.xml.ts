import type { APIRoute } from 'astro'

import { CONSULTATION_STATE_LABELS } from '../../../cms/consultation/state'
import { formatDateTimeVN } from '../../../cms/lib/dates'
import { buildFeed } from '../../../cms/lib/opendata/feeds'
import { listDrafts } from '../../lib/cms/drafts'
import { getSettings } from '../../lib/cms/settings'
import { publicOrigin } from '../../../cms/lib/public-url'

export const prerender = false

/** GET /du-thao/rss.xml: drafts put out for comment, newest opening first (no comments in it). */
export const GET: APIRoute = async ({ url }) => {
  const [list, settings] = await Promise.all([listDrafts(), getSettings()])
  const drafts = [...list.open, ...list.upcoming, ...list.closed].sort((a, b) => Date.parse(b.opensAt) - Date.parse(a.opensAt)).slice(0, 50)
  const xml = buildFeed(
    'rss',
    {
      id: `${publicOrigin()}/du-thao`,
      title: `Dự thảo lấy ý kiến – ${settings.portalName ?? settings.agencyName}`,
      description: 'Dự thảo văn bản đăng lấy ý kiến nhân dân',
      link: `${publicOrigin()}/du-thao`,
      selfLink: `${publicOrigin()}/du-thao/rss.xml`,
      updated: drafts[0] ? new Date(drafts[0].opensAt) : new Date(0),
      author: settings.agencyName,
    },
    drafts.map((d) => ({
      id: `${publicOrigin()}${d.url}`,
      title: d.title,
      link: `${publicOrigin()}${d.url}`,
      description: `${CONSULTATION_STATE_LABELS[d.state]}. Lấy ý kiến từ ${formatDateTimeVN(d.opensAt)} đến ${formatDateTimeVN(d.closesAt)}. ${d.summary}`.trim(),
      date: new Date(d.opensAt),
      author: d.agency?.name,
      categories: d.documentType ? [d.documentType.name] : [],
    })),
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } })
}
