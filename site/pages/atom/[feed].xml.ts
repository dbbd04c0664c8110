import type { APIRoute } from 'astro'

import { feedResponse } from '../../lib/feeds/respond'

/** GET /atom/{van-ban,du-thao-mo,du-thao-bao-cao,tin-tuc,tim-kiem}.xml: Atom 1.0. */
export const GET: APIRoute = ({ params, request }) => feedResponse('atom', params.feed, request)
