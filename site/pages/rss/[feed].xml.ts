import type { APIRoute } from 'astro'

import { feedResponse } from '../../lib/feeds/respond'

/** GET /rss/{van-ban,du-thao-mo,du-thao-bao-cao,tin-tuc,tim-kiem}.xml: RSS 2.0. */
export const GET: APIRoute = ({ params, request }) => feedResponse('rss', params.feed, request)
