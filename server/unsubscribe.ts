import type http from 'node:http'

import { UNSUBSCRIBE_PATH } from '../cms/notifications/unsubscribe'
import { handleUnsubscribePost } from '../site/lib/unsubscribe-post'

/**
 * The one-click unsubscribe POST (RFC 8058) comes from a mail provider's servers without an Origin
 * header, which Astro's cross-site form check refuses (403). This path is answered here instead,
 * before Astro: the request carries no cookie the answer depends on, and the signed token in the
 * link is its only credential (site/lib/unsubscribe-post.ts).
 */
export function isUnsubscribePost(req: http.IncomingMessage, pathname: string): boolean {
  return req.method === 'POST' && pathname === UNSUBSCRIBE_PATH
}

const MAX_BODY = 16 * 1024

/** Answers one unsubscribe POST (its body already counted against the public-form limit by the server). */
export async function serveUnsubscribePost(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  try {
    // The form is one or two short fields: whatever comes beyond 16 KB is read and dropped.
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      if (size <= MAX_BODY) chunks.push(chunk as Buffer)
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
    const request = new Request(new URL(req.url ?? UNSUBSCRIBE_PATH, 'http://portal.invalid'), { method: 'POST', headers, body: Buffer.concat(chunks) })
    const response = await handleUnsubscribePost(request)
    res.statusCode = response.status
    response.headers.forEach((value, name) => res.setHeader(name, value))
    res.end(Buffer.from(await response.arrayBuffer()))
  } catch (err) {
    console.error('Không xử lý được yêu cầu ngừng nhận thư:', err)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  }
}
