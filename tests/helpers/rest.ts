import { handleEndpoints, type Payload } from 'payload'

export interface RestAnswer {
  status: number
  json: any
}

/**
 * Calls Payload's REST API exactly as the `/api/*` route does (handleEndpoints with a real
 * Request), on the test's Payload instance: the public door, without a Next server.
 */
export function restClient(payload: Payload, key: string) {
  return async (method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<RestAnswer> => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) }
    if (opts.body !== undefined) headers['content-type'] ??= 'application/json'
    if (opts.token) headers.authorization = `JWT ${opts.token}`
    const request = new Request(`http://127.0.0.1:4321/api${path}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    })
    const res = await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: key })
    const text = await res.text()
    let json: unknown = null
    try {
      json = JSON.parse(text)
    } catch {
      json = text
    }
    return { status: res.status, json }
  }
}

/** Creates a staff account with a known password and returns its REST token. */
export async function staffToken(payload: Payload, role: 'admin' | 'editor' | 'approver' | 'moderator'): Promise<{ id: number | string; token: string; email: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@vidu.gov.vn`
  const password = `Mk-${Math.random().toString(36).slice(2)}-A1!`
  const user = await payload.create({ collection: 'users', data: { email, password, role } as never, overrideAccess: true })
  if ((user as { role?: string }).role !== role) await payload.update({ collection: 'users', id: user.id, data: { role } as never, overrideAccess: true })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${role}`)
  return { id: user.id, token, email }
}
