/**
 * The public API's front door: rate limit, CORS preflight, routing with the endpoint
 * declarations (matchEndpoint), parameter checks with their zod schemas (parseParams → 400
 * naming the parameter) and
 * the handler of the matched operation. The OpenAPI description is served from the same
 * declarations, so the documentation and the behaviour cannot drift apart.
 */
import { handleCheck } from './check'
import { matchEndpoint, parseParams } from './define'
import { API_ENDPOINTS, API_BASE_PATH } from './endpoints'
import { errorResponse, notFoundResponse, paramErrorResponse, preflightResponse, rateLimitHeaders, respond, tooManyRequests } from './http'
import { API_VERSION, apiDescription } from './openapi'
import { HANDLERS, type EndpointId, type HandlerContext } from './handlers'
import { apiLimiter } from './rate-limit'
import { publicOrigin, publicUrl } from '../../../cms/lib/public-url'

/**
 * Returns the answer to a request under /api/v1 from `clientKey` (the client's address).
 * Never throws: an unexpected failure is a 500 JSON error, bad input a 400.
 */
export async function handleApiRequest(request: Request, clientKey: string, now: Date = new Date()): Promise<Response> {
  const method = request.method.toUpperCase()
  if (method === 'OPTIONS') return preflightResponse()
  if (method === 'POST' && new URL(request.url).pathname.replace(/\/+$/, '') === `${API_BASE_PATH}/check`) {
    return handleCheck(request, clientKey, publicOrigin()).catch((error) => {
      console.error('[api] POST /check:', error)
      return errorResponse(500, 'internal_error', 'The server could not answer this request.', undefined, { messageVi: 'Hệ thống gặp sự cố khi xử lý yêu cầu; vui lòng thử lại sau.' })
    })
  }
  const limit = await (await apiLimiter()).check(clientKey)
  const headers = rateLimitHeaders(limit)
  if (!limit.allowed) return tooManyRequests(limit)
  if (method !== 'GET' && method !== 'HEAD') {
    return errorResponse(405, 'method_not_allowed', 'Only GET and HEAD are allowed.', undefined, {
      messageVi: 'Chỉ hỗ trợ phương thức GET và HEAD.',
      headers: { ...headers, Allow: 'GET, HEAD, OPTIONS' },
    })
  }
  // Links the API writes (next page, self) start from the configured public address, not the Host header.
  const asked = new URL(request.url)
  const url = new URL(publicUrl(`${asked.pathname}${asked.search}`))
  try {
    if (url.pathname.replace(/\/+$/, '') === `${API_BASE_PATH}/openapi.json`) {
      if ([...url.searchParams.keys()].length > 0) return unknownParameter([...url.searchParams.keys()][0]!, headers)
      return respond(request, url, { json: apiDescription(publicOrigin()), headers })
    }
    if (url.pathname.replace(/\/+$/, '') === API_BASE_PATH) {
      if ([...url.searchParams.keys()].length > 0) return unknownParameter([...url.searchParams.keys()][0]!, headers)
      return respond(request, url, { json: apiIndex(publicOrigin()), headers })
    }
    const match = matchEndpoint(API_ENDPOINTS, url.pathname, API_BASE_PATH)
    if (!match) return notFoundResponse(headers)
    const parsed = parseParams(match.endpoint, url, match.pathParams)
    if (!parsed.ok) return paramErrorResponse(parsed.error, headers)
    const id = match.endpoint.id as EndpointId
    const handler = HANDLERS[id] as (ctx: HandlerContext<EndpointId>) => Promise<Response>
    return await handler({ request, url, origin: publicOrigin(), values: parsed.values as never, headers, now })
  } catch (error) {
    // A value the database cannot hold (an id of the wrong kind, say) is the caller's mistake: 400, not 500.
    const status = (error as { status?: number }).status
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const parameter = [...url.searchParams.keys()][0]
      return errorResponse(400, 'invalid_parameter', 'A parameter has a value that cannot match any record.', parameter, {
        messageVi: `Tham số${parameter ? ` "${parameter}"` : ''} có giá trị không hợp lệ.`,
        headers,
      })
    }
    console.error(`[api] ${method} ${url.pathname}:`, error)
    return errorResponse(500, 'internal_error', 'The server could not answer this request.', undefined, {
      messageVi: 'Hệ thống gặp sự cố khi xử lý yêu cầu; vui lòng thử lại sau.',
      headers,
    })
  }
}

/** The answer at /api/v1 itself: what the API offers, with the links to follow (not a bare 404). */
function apiIndex(origin: string) {
  const base = `${origin}${API_BASE_PATH}`
  return {
    title: 'API dữ liệu mở',
    version: API_VERSION,
    openapi: `${base}/openapi.json`,
    docs: `${base}/docs`,
    resources: [
      ...API_ENDPOINTS.map((e) => ({ id: e.id, method: 'GET', path: e.path, summary: e.summary, url: e.path.includes('{') ? null : `${base}${e.path}` })),
      { id: 'checkCopy', method: 'POST', path: '/check', summary: 'Kiểm tra bản sao', url: `${base}/check` },
    ],
  }
}

function unknownParameter(name: string, headers: Record<string, string>): Response {
  return paramErrorResponse(
    { code: 'unknown_parameter', parameter: name, message: `Unknown query parameter "${name}".`, messageVi: `Tham số "${name}" không được hỗ trợ.` },
    headers,
  )
}
