/**
 * What every API handler receives: the request, its parameters parsed and typed by the
 * endpoint's zod declaration (endpoints.ts) and the headers every answer carries (rate limit).
 * Handlers answer through respond() so caching, CORS and CSV are uniform.
 */
import type { ParamValues } from './define'
import type { API_ENDPOINT_BY_ID } from './endpoints'

/** Operation ids of the public API. */
export type EndpointId = keyof typeof API_ENDPOINT_BY_ID

/** The input of a handler. */
export interface HandlerContext<K extends EndpointId> {
  request: Request
  url: URL
  /** `https://host` of the configured public address, for absolute links. */
  origin: string
  values: ParamValues<(typeof API_ENDPOINT_BY_ID)[K]>
  /** Headers to add to the answer (X-RateLimit-*). */
  headers: Record<string, string>
  now: Date
}

/** A handler: one per endpoint, keyed by operation id. */
export type Handler<K extends EndpointId> = (ctx: HandlerContext<K>) => Promise<Response>

/** Every handler, by operation id: the dispatcher's table. */
export type HandlerTable = { [K in EndpointId]: Handler<K> }
