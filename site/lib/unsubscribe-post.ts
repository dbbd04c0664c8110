/**
 * POST /thong-bao/ngung-nhan: the one-click unsubscribe of RFC 8058. A mail provider posts
 * `List-Unsubscribe=One-Click` to the link from its own servers — no cookie, no Origin header —
 * so the one-origin server hands this path to this handler before Astro's cross-site form check
 * (server/server.ts); the signed token in the link is the only credential, and it can only stop
 * mail. The confirm page's own button posts here too and is sent back to the page (303).
 */
import { UNSUBSCRIBE_PATH } from '../../cms/notifications/unsubscribe'
import { stopNotifications } from './cms/notifications'
import { readForm } from './drafts/form-body'

const text = (status: number, body: string) =>
  new Response(`${body}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } })

/** Handles one unsubscribe POST: 200 to a mail provider, 303 to the confirm page for a person, 400 for a link that is not ours. */
export async function handleUnsubscribePost(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const form = await readForm(request, 0).catch(() => null)
  const fields = form && (form.ok || form.reason === 'tooLarge') ? form.fields : {}
  const token = url.searchParams.get('t') ?? fields.t ?? null
  if (!(await stopNotifications(token))) return text(400, 'Liên kết ngừng nhận thư không hợp lệ (thiếu hoặc sai chữ ký). Hãy dùng đúng liên kết trong thư.')
  if (fields.trang === '1') {
    return new Response(null, { status: 303, headers: { Location: `${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(token!)}&xong=1`, 'Cache-Control': 'no-store' } })
  }
  return text(200, 'Đã ngừng nhận thư thông báo.')
}
