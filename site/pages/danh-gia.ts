import type { APIRoute } from 'astro'

import { newRatingToken, RATING_COOKIE, ratingToken } from '../../cms/consultation/ratings/levels'
import { publicOrigin } from '../../cms/lib/public-url'
import { recordRating } from '../lib/rating-post'
import { clientIp } from '../lib/drafts/client-ip'

const STATUS = { saved: 'cam-on', duplicate: 'da-danh-gia', limited: 'qua-nhieu', 'invalid-level': 'chon-muc' } as const

/**
 * POST /danh-gia: stores a satisfaction rating (see site/lib/rating-post.ts) and sends the
 * visitor back to the page with the outcome. Astro's origin check refuses cross-site posts.
 * A browser without the rating cookie gets one (a random token, kept a year, sent back only to
 * this path): it tells this browser's second rating from another person's on the same network.
 */
export const POST: APIRoute = async ({ request, clientAddress, cookies, redirect }) => {
  let form: FormData | null = null
  try {
    form = await request.formData()
  } catch {
    form = null
  }
  const browser = ratingToken(cookies.get(RATING_COOKIE)?.value) ?? newRatingToken()
  cookies.set(RATING_COOKIE, browser, { path: '/danh-gia', httpOnly: true, sameSite: 'lax', secure: publicOrigin().startsWith('https:'), maxAge: 365 * 24 * 3600 })
  // Behind a proxy (TRUST_PROXY=1) the visitor's address comes from X-Forwarded-For.
  const ip = clientIp(request, () => clientAddress)
  const result = form ? await recordRating({ path: form.get('path'), level: form.get('level'), browser, ip }) : { outcome: 'invalid-path' as const, path: null }
  if (result.outcome === 'invalid-path' || !result.path) {
    return new Response('Trang được đánh giá (path): không phải một trang nội dung đã công bố của cổng.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return redirect(`${result.path}?danh-gia=${STATUS[result.outcome]}#danh-gia`, 303)
}

/** GET /danh-gia has nothing to show: the form lives on each page. */
export const GET: APIRoute = ({ redirect }) => redirect('/', 302)
