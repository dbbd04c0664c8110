/**
 * The public API's front door: rate limit, CORS preflight, routing with the endpoint
 * declarations (matchEndpoint), parameter checks with their zod schemas (parseParams → 400
 * naming the parameter), the handler of the matched operation and its answer in JSON or CSV
 * (respond). The OpenAPI description is served from the same declarations, so the
 * documentation and the behaviour cannot drift apart.
 */
import { handleCheck } from './check'
import { matchEndpoint, parseParams, unknownParameter } from './define'
import { API_ENDPOINTS, API_BASE_PATH } from './endpoints'
import { errorResponse, notFoundResponse, paramErrorResponse, preflightResponse, rateLimitHeaders, respond, tooManyRequests } from './http'
import { API_VERSION, apiDescription } from './openapi'
import { SECTION_HANDLERS } from './sections'
import { HANDLERS, type EndpointId, type HandlerAnswer, type HandlerContext } from './handlers'
import { sharedLimiter } from '../../../cms/limits'
import { publicOrigin, publicUrl } from '../../../cms/lib/public-url'
import { payloadInstance } from '../cms/payload'

/**
 * Returns the API's rate limit: per client address, API_RATE_LIMIT requests per minute (120 when
 * unset or not a positive integer), one count for every instance of the portal on the database
 * (cms/limits/). The setting is read on each request, so tests and small servers can tune it.
 */
async function apiLimiter() {
  const max = Number(process.env.API_RATE_LIMIT)
  return sharedLimiter(await payloadInstance(), { name: 'api', max: Number.isInteger(max) && max > 0 ? max : 120, windowMs: 60_000 })
}

const internalError = (headers?: Record<string, string>) =>
  errorResponse(500, 'internal_error', 'The server could not answer this request.', undefined, { messageVi: 'Hệ thống gặp sự cố khi xử lý yêu cầu; vui lòng thử lại sau.', headers })

/**
 * Returns the answer to a request under /api/v1 from `clientKey` (the client's address).
 * Never throws: an unexpected failure is a 500 JSON error, bad input a 400.
 */
export async function handleApiRequest(request: Request, clientKey: string, now: Date = new Date()): Promise<Response> {
  const method = request.method.toUpperCase()
  const path = new URL(request.url).pathname.replace(/\/+$/, '')
  if (method === 'OPTIONS') return preflightResponse()
  if (method === 'POST' && path === `${API_BASE_PATH}/check`) {
    return handleCheck(request, clientKey, publicOrigin()).catch((error) => {
      console.error('[api] POST /check:', error)
      return internalError()
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
    // The API's own index and its description take no parameters.
    const about = { [API_BASE_PATH]: apiIndex, [`${API_BASE_PATH}/openapi.json`]: apiDescription }[url.pathname.replace(/\/+$/, '')]
    if (about) {
      const [name] = url.searchParams.keys()
      return name === undefined ? respond(request, url, { json: about(publicOrigin()), headers }) : paramErrorResponse(unknownParameter(name).error, headers)
    }
    const match = matchEndpoint(API_ENDPOINTS, url.pathname, API_BASE_PATH)
    if (!match) return notFoundResponse(headers)
    const { endpoint } = match
    const parsed = parseParams(endpoint, url, match.pathParams)
    if (!parsed.ok) return paramErrorResponse(parsed.error, headers)
    const handler = (HANDLERS[endpoint.id as EndpointId] ?? SECTION_HANDLERS[endpoint.id]) as (ctx: HandlerContext<EndpointId>) => Promise<HandlerAnswer<EndpointId>>
    const answer = await handler({ values: parsed.values as never, url, origin: publicOrigin(), now })
    if (!answer) return notFoundResponse(headers)
    const { json, lastModified } = answer as { json: Record<string, unknown>; lastModified?: Date | null }
    const csv = endpoint.csv && {
      rows: json[endpoint.csv.rows ?? 'data'] as unknown[],
      columns: endpoint.csv.columns,
      filename: endpoint.csv.filename.replace(/\{(\w+)\}/g, (_, name: string) => match.pathParams[name]!),
    }
    return respond(request, url, { json, csv, lastModified, next: endpoint.list ? (json.next as string | null) : null, headers })
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
    return internalError(headers)
  }
}

/** The answer at /api/v1 itself: what the API offers (the operations of its description), with the links to follow (not a bare 404). */
function apiIndex(origin: string) {
  const base = `${origin}${API_BASE_PATH}`
  const resources = Object.entries(apiDescription(origin).paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ id: op.operationId, method: method.toUpperCase(), path, summary: op.summary, url: path.includes('{') ? null : `${base}${path}` })),
  )
  return { title: 'API dữ liệu mở', version: API_VERSION, openapi: `${base}/openapi.json`, docs: `${base}/docs`, resources }
}
