/**
 * One declaration per public API endpoint, its parameters a zod shape: the same object parses
 * requests (parseParams), routes them (matchEndpoint) and is written out as the OpenAPI
 * description (openapi.ts), so the documentation cannot drift from what the handlers accept.
 * Every bad parameter is a 400 naming it, in English and Vietnamese; unknown query parameters
 * are refused rather than ignored, since a misspelt filter (`isuer=`) would return everything.
 */
import { z } from 'zod'

import type { CsvColumn } from '../../../cms/lib/csv'
import { decodeCursor, MAX_CURSOR_LENGTH } from './cursor'

/** A parameter problem found by a check across parameters, with its wording in both languages. */
export const problem = (ctx: z.RefinementCtx, parameter: string, message: string, vi: string) =>
  ctx.addIssue({ code: 'custom', path: [parameter], message, params: { vi } })

/** Refuses a cursor that is not one of this list's: one made by another list, or by hand. */
export const badCursor = (ctx: z.RefinementCtx) =>
  problem(ctx, 'cursor', 'Parameter "cursor" is not a valid cursor; use the "next" link of the previous page.', 'Tham số "cursor" không hợp lệ; hãy dùng liên kết "next" của trang trước.')

/** Parameters every list endpoint takes, after its own. */
export const LIST_PARAMS = {
  cursor: z
    .string()
    .max(MAX_CURSOR_LENGTH)
    .regex(/^[A-Za-z0-9_-]+$/)
    .transform((text, ctx) => {
      const position = decodeCursor(text)
      if (!position) badCursor(ctx)
      return position ?? z.NEVER
    })
    .optional()
    .describe('Con trỏ trang tiếp theo. Không tự tạo: dùng nguyên liên kết `next` của trang trước (hoặc tiêu đề `Link: rel="next"` với CSV).'),
  limit: z.int().min(1).max(100).default(20).describe('Số mục mỗi trang, từ 1 đến 100.'),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('Định dạng trả về: `json` (mặc định) hoặc `csv`. Tương đương hậu tố `.csv` của đường dẫn hoặc tiêu đề `Accept: text/csv`.'),
}

type ListParams = typeof LIST_PARAMS

/** What an endpoint declaration contains. Parameters named in the path (`{id}`) are path parameters. */
export interface EndpointInput<P extends z.ZodRawShape, L extends boolean, R extends z.ZodType> {
  /** Stable operation id, e.g. `listDocuments`. */
  id: string
  /** Path under the API base, e.g. `/documents/{id}`. */
  path: string
  summary: string
  description: string
  tags: readonly string[]
  params: P
  /** Schema of the 200 body: the handler's answer is typed by it. */
  response: R
  /** A list: gets cursor, limit and format, and is also served as CSV with these columns. */
  list?: L
  /** The CSV rendering: the file name (`{name}` is a path parameter), the columns, the rows (`data` unless said). */
  csv?: { filename: string; columns: CsvColumn[]; rows?: 'data' | 'results' }
  /** The last path parameter may arrive with unencoded `/` (a number-symbol). */
  greedy?: boolean
  /** Rule across parameters, run once each is valid (e.g. `issuedFrom` ≤ `issuedTo`). */
  check?: (values: z.output<z.ZodObject<P & (L extends true ? ListParams : {})>>, ctx: z.RefinementCtx) => void
}

/** A declared endpoint; `query` parses the parameters (path ones included). */
export interface Endpoint<P extends z.ZodRawShape = z.ZodRawShape, R extends z.ZodType = z.ZodType> extends Omit<EndpointInput<P, boolean, R>, 'list' | 'check'> {
  list: boolean
  query: z.ZodType<z.output<z.ZodObject<P>>>
  /** Names of the path parameters, in path order. */
  pathParams: string[]
  /** The JSON Schema (input side) of each parameter, by name. */
  schemas: Map<string, Record<string, any>>
}

/** Any endpoint, whatever its parameters. */
export type AnyEndpoint = Endpoint<z.ZodRawShape>

/** Parsed parameters: typed from the declaration (`cursor` arrives decoded; defaults applied). */
export type ParamValues<E extends AnyEndpoint> = z.output<E['query']>

/** Returns the endpoint declaration; throws at load time when it is inconsistent, so every test fails. */
export function defineEndpoint<const P extends z.ZodRawShape, R extends z.ZodType, const L extends boolean = false>(
  input: EndpointInput<P, L, R>,
): Endpoint<P & (L extends true ? ListParams : {}), R> {
  const where = `defineEndpoint(${input.id})`
  const list = input.list === true
  const pathParams = [...input.path.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]!)
  for (const name of pathParams) if (!(name in input.params)) throw new Error(`${where}: path parameter {${name}} is not declared`)
  if (list && Object.keys(input.params).some((name) => name in LIST_PARAMS)) throw new Error(`${where}: redeclares a list parameter`)
  if (list !== Boolean(input.csv)) throw new Error(`${where}: every list, and only a list, is also served as CSV (declare csv.columns)`)
  if (input.greedy && !input.path.endsWith('}')) throw new Error(`${where}: a greedy parameter must end the path`)
  const params = { ...input.params, ...(list ? LIST_PARAMS : {}) } as P & (L extends true ? ListParams : {})
  const object = z.object(params)
  const query = input.check ? object.superRefine((v, ctx) => input.check!(v as never, ctx)) : object
  const { check: _check, ...rest } = input
  const schemas = new Map(paramSchemas(params, pathParams).map((p) => [p.name, p.schema]))
  return Object.freeze({ ...rest, list, params, query, pathParams, schemas }) as never
}

/** Returns the JSON Schema (input side) of each parameter, with its description and `required`. */
export function paramSchemas(params: z.ZodRawShape, pathParams: string[]): { name: string; required: boolean; schema: Record<string, any> }[] {
  const { properties, required = [] } = z.toJSONSchema(z.object(params), { io: 'input' }) as { properties: Record<string, object>; required?: string[] }
  return Object.entries(properties).map(([name, schema]) => ({ name, required: pathParams.includes(name) || required.includes(name), schema }))
}

/** A request path matched to an endpoint: decoded path params and whether CSV was asked by suffix. */
export interface EndpointMatch<E extends AnyEndpoint = AnyEndpoint> {
  endpoint: E
  pathParams: Record<string, string>
  csvSuffix: boolean
}

/**
 * Returns the endpoint a path (`/api/v1/documents/12`) is for, or null. Path segments are
 * percent-decoded; a trailing `.csv` selects CSV (lists only); a greedy last parameter also
 * takes unencoded slashes, tried only after every exact match.
 */
export function matchEndpoint<E extends AnyEndpoint>(endpoints: readonly E[], pathname: string, base = '/api/v1'): EndpointMatch<E> | null {
  if (!pathname.startsWith(base)) return null
  let rest = pathname.slice(base.length).replace(/\/+$/, '')
  const csvSuffix = rest.endsWith('.csv')
  if (csvSuffix) rest = rest.slice(0, -'.csv'.length)
  if (!rest.startsWith('/')) return null
  let segments: string[]
  try {
    segments = rest.slice(1).split('/').map((s) => decodeURIComponent(s))
  } catch {
    return null
  }
  for (const greedyPass of [false, true]) {
    for (const endpoint of endpoints) {
      if (csvSuffix && !endpoint.list) continue
      const template = endpoint.path.slice(1).split('/')
      const greedy = greedyPass && endpoint.greedy === true
      if (greedy ? segments.length <= template.length : segments.length !== template.length) continue
      const pathParams: Record<string, string> = {}
      const fits = template.every((t, i) => {
        const name = /^\{(.+)\}$/.exec(t)?.[1]
        const value = greedy && i === template.length - 1 ? segments.slice(i).join('/') : segments[i]!
        if (!name) return t === value
        pathParams[name] = value
        return value !== ''
      })
      if (fits) return { endpoint, pathParams, csvSuffix }
    }
  }
  return null
}

/** The 400 error body of a bad parameter. */
export interface ParamError {
  code: 'invalid_parameter' | 'unknown_parameter'
  message: string
  messageVi: string
  parameter: string
}

/** Result of parseParams: typed values, or a 400 error naming the parameter. */
export type ParseResult<V> = { ok: true; values: V } | { ok: false; status: 400; error: ParamError }

const invalid = (parameter: string, message: string, messageVi: string) =>
  ({ ok: false, status: 400, error: { code: 'invalid_parameter', message, messageVi, parameter } }) as const

/** Returns the wording of a zod issue about one parameter, from the issue and the parameter's JSON Schema. */
function wording(name: string, issue: z.core.$ZodIssue, schema: Record<string, unknown>, absent: boolean): [string, string] {
  const p = `Parameter "${name}"`
  const t = `Tham số "${name}"`
  const { minimum: min, maximum: max } = schema
  if (absent) return [`${p} is required.`, `Thiếu tham số bắt buộc "${name}".`]
  if (issue.code === 'custom') return [issue.message, String((issue.params as { vi?: string } | undefined)?.vi)]
  if (schema.type === 'integer' && (issue.code === 'too_small' || issue.code === 'too_big')) {
    if (min !== undefined && max !== undefined) return [`${p} must be between ${min} and ${max}.`, `${t} phải từ ${min} đến ${max}.`]
    return min !== undefined ? [`${p} must be at least ${min}.`, `${t} phải tối thiểu là ${min}.`] : [`${p} must be at most ${max}.`, `${t} phải tối đa là ${max}.`]
  }
  if (issue.code === 'invalid_type') return [`${p} must be an integer.`, `${t} phải là số nguyên.`]
  if (issue.code === 'too_big') {
    return [`${p} must be at most ${schema.maxLength} characters long.`, `${t} không được dài quá ${schema.maxLength} ký tự.`]
  }
  if (issue.code === 'invalid_value') {
    const list = (schema.enum as string[]).join(', ')
    return [`${p} must be one of: ${list}.`, `${t} phải là một trong: ${list}.`]
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    return [`${p} must be a date in the form YYYY-MM-DD.`, `${t} phải là ngày dạng YYYY-MM-DD.`]
  }
  if (issue.code === 'invalid_format' && issue.format === 'datetime') {
    return [
      `${p} must be an ISO 8601 date-time with a time zone, e.g. 2025-01-31T08:00:00+07:00.`,
      `${t} phải là thời điểm ISO 8601 có múi giờ, ví dụ 2025-01-31T08:00:00+07:00.`,
    ]
  }
  return [`${p} is not in the expected format.`, `${t} không đúng định dạng.`]
}

/** Returns the 400 of a query parameter the endpoint does not take. */
export const unknownParameter = (name: string) =>
  ({ ok: false, status: 400, error: { code: 'unknown_parameter', message: `Unknown query parameter "${name}".`, messageVi: `Tham số "${name}" không được hỗ trợ.`, parameter: name } }) as const

/**
 * Returns the typed parameter values of a request, or a 400 error naming the first bad
 * parameter (unknown, repeated, missing, wrong type, out of range, bad date, bad cursor).
 * Values are trimmed and NFC-normalised (TCVN 6909); an empty one (`?q=`, as HTML forms send)
 * counts as absent. `pathParams` must already be percent-decoded (matchEndpoint does it).
 */
export function parseParams<E extends AnyEndpoint>(endpoint: E, url: URL, pathParams: Record<string, string>): ParseResult<ParamValues<E>> {
  const { schemas } = endpoint
  for (const name of new Set(url.searchParams.keys())) {
    if (!schemas.has(name) || endpoint.pathParams.includes(name)) return unknownParameter(name)
    if (url.searchParams.getAll(name).length > 1) {
      return invalid(name, `Parameter "${name}" must be given at most once.`, `Tham số "${name}" chỉ được dùng một lần.`)
    }
  }
  const input: Record<string, unknown> = {}
  for (const [name, schema] of schemas) {
    const raw = endpoint.pathParams.includes(name) ? pathParams[name] : url.searchParams.get(name)
    const text = raw?.trim().normalize('NFC')
    if (!text) continue
    // Integers arrive as text; anything but plain digits stays text and fails as "not an integer".
    if (schema.type === 'integer') input[name] = /^-?\d{1,15}$/.test(text) ? Number(text) : text
    // RFC 3339 allows a lower-case `t` and `z`.
    else input[name] = schema.format === 'date-time' ? text.toUpperCase() : text
  }
  const parsed = endpoint.query.safeParse(input)
  if (parsed.success) return { ok: true, values: parsed.data as ParamValues<E> }
  const issue = parsed.error.issues[0]!
  const name = String(issue.path[0])
  return invalid(name, ...wording(name, issue, schemas.get(name) ?? {}, input[name] === undefined && issue.code !== 'custom'))
}
