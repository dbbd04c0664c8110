/**
 * One declaration per public API endpoint. The same object drives parameter parsing
 * (params.ts), the OpenAPI description (openapi.ts), its HTML page and response validation
 * (validate.ts), so the documentation cannot drift from what the handlers accept.
 */
import type { CursorPosition } from './cursor'
import { MAX_CURSOR_LENGTH } from './cursor'

/** A JSON Schema (2020-12 dialect, as used by OpenAPI 3.1). */
export type JSONSchema = { [key: string]: unknown }

/** Schema of one query or path parameter: the subset of JSON Schema the parser enforces. */
export interface ParamSchema {
  type: 'string' | 'integer' | 'boolean'
  enum?: readonly string[]
  minimum?: number
  maximum?: number
  default?: string | number | boolean
  format?: 'date' | 'date-time'
  pattern?: string
  maxLength?: number
}

/** One parameter: where it comes from, what it means, what values it takes. */
export interface ParamSpec {
  in: 'query' | 'path'
  description: string
  schema: ParamSchema
  required?: boolean
  /** Example value, used for the example URL of the HTML documentation. */
  example?: string
  /** Path parameter only, last segment only: may also arrive with unencoded `/` (a number-symbol). */
  greedy?: boolean
}

/** Parameters of an endpoint, by name. */
export type ParamSpecs = { readonly [name: string]: ParamSpec }

/** One CSV column: a dot path into the item (arrays are joined with "; ") and its header. */
export interface CsvColumn {
  key: string
  header: string
}

/** How an endpoint's list is also served as CSV. */
export interface CsvSpec {
  columns: readonly CsvColumn[]
  /** Property of the JSON body holding the rows; `data` by default. */
  rows?: 'data' | 'results'
}

/** A cross-parameter problem found by an endpoint's `check`, naming the parameter to blame. */
export interface ParamProblem {
  parameter: string
  message: string
  messageVi: string
}

type ValueOf<S extends ParamSchema> = S extends { type: 'integer' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { enum: readonly (infer E extends string)[] }
      ? E
      : string

type AlwaysPresent<S extends ParamSpec> = S extends { required: true }
  ? true
  : S extends { in: 'path' }
    ? true
    : S['schema'] extends { default: string | number | boolean }
      ? true
      : false

type Value<K, S extends ParamSpec> = K extends 'cursor' ? CursorPosition : ValueOf<S['schema']>

/** Parsed parameter values: typed from the specs; `cursor` arrives decoded; path, required and defaulted ones are always set. */
export type ParamValues<P extends ParamSpecs> = {
  -readonly [K in keyof P as AlwaysPresent<P[K]> extends true ? K : never]: Value<K, P[K]>
} & {
  -readonly [K in keyof P as AlwaysPresent<P[K]> extends true ? never : K]?: Value<K, P[K]>
}

/** Parameters every list endpoint takes: `cursor`, `limit` (1–100, default 20) and `format`. */
export const LIST_PARAMS = {
  cursor: {
    in: 'query',
    description:
      'Con trỏ trang tiếp theo. Không tự tạo: dùng nguyên liên kết `next` của trang trước (hoặc tiêu đề `Link: rel="next"` với CSV).',
    schema: { type: 'string', maxLength: MAX_CURSOR_LENGTH, pattern: '^[A-Za-z0-9_-]+$' },
  },
  limit: {
    in: 'query',
    description: 'Số mục mỗi trang, từ 1 đến 100.',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  format: {
    in: 'query',
    description:
      'Định dạng trả về: `json` (mặc định) hoặc `csv`. Tương đương hậu tố `.csv` của đường dẫn hoặc tiêu đề `Accept: text/csv`.',
    schema: { type: 'string', enum: ['json', 'csv'] },
  },
} as const satisfies ParamSpecs

/** The parameter specs list endpoints get on top of their own. */
export type ListParams = typeof LIST_PARAMS

/** What an endpoint declaration contains. */
export interface EndpointInput<P extends ParamSpecs, L extends boolean> {
  /** Stable operation id, e.g. `listDocuments`. */
  id: string
  /** Path under the API base, with `{name}` path parameters, e.g. `/documents/{id}`. */
  path: string
  summary: string
  description: string
  tags: readonly string[]
  params: P
  /** Schema of the 200 body: one item or the list envelope. */
  response: JSONSchema
  /** A list endpoint: gets `cursor`, `limit` and `format`, and must declare `csv`. */
  list?: L
  csv?: CsvSpec
  /** Cross-parameter rule run after each parameter is valid (e.g. `issuedFrom` ≤ `issuedTo`). */
  check?(values: ParamValues<P & (L extends true ? ListParams : {})>): ParamProblem | null
}

/** A declared endpoint, with the list parameters merged in. */
export interface Endpoint<P extends ParamSpecs = ParamSpecs> {
  readonly id: string
  readonly path: string
  readonly summary: string
  readonly description: string
  readonly tags: readonly string[]
  readonly params: P
  readonly response: JSONSchema
  readonly list: boolean
  readonly csv?: CsvSpec
  check?(values: ParamValues<P>): ParamProblem | null
}

/** Any endpoint, whatever its parameters. */
export type AnyEndpoint = Endpoint<ParamSpecs>

const PATH_PARAM_RE = /\{([A-Za-z][A-Za-z0-9_]*)\}/g

/** Returns the `{name}` parameters of a path template, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(PATH_PARAM_RE)].map((m) => m[1])
}

/**
 * Returns the endpoint declaration, with `cursor`/`limit`/`format` added to list endpoints.
 * Throws at load time when the declaration is inconsistent (path and path params disagree,
 * a list without CSV columns, a greedy param that is not last), so a mistake fails every test.
 */
export function defineEndpoint<const P extends ParamSpecs, const L extends boolean = false>(
  input: EndpointInput<P, L>,
): Endpoint<P & (L extends true ? ListParams : {})> {
  const list = input.list === true
  const where = `defineEndpoint(${input.id})`
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(input.id)) throw new Error(`${where}: id must be alphanumeric`)
  if (!input.path.startsWith('/')) throw new Error(`${where}: path must start with /`)
  const inPath = pathParamNames(input.path)
  const declaredPath = Object.entries(input.params)
    .filter(([, spec]) => spec.in === 'path')
    .map(([name]) => name)
  for (const name of inPath) {
    if (!declaredPath.includes(name)) throw new Error(`${where}: path parameter {${name}} is not declared`)
  }
  for (const name of declaredPath) {
    if (!inPath.includes(name)) throw new Error(`${where}: parameter ${name} is not in the path`)
  }
  for (const [name, spec] of Object.entries(input.params)) {
    if (spec.greedy && !(spec.in === 'path' && input.path.endsWith(`{${name}}`))) {
      throw new Error(`${where}: greedy parameter ${name} must be the last path segment`)
    }
    if (list && name in LIST_PARAMS) throw new Error(`${where}: ${name} is a standard list parameter`)
    if (spec.schema.enum && spec.schema.type !== 'string') throw new Error(`${where}: enum only on strings (${name})`)
  }
  if (list && !input.csv) throw new Error(`${where}: every list must also be served as CSV (declare csv.columns)`)
  if (!list && input.csv) throw new Error(`${where}: CSV is only for lists`)
  type Merged = P & (L extends true ? ListParams : {})
  const params = (list ? { ...input.params, ...LIST_PARAMS } : { ...input.params }) as Merged
  const endpoint = {
    id: input.id,
    path: input.path,
    summary: input.summary,
    description: input.description,
    tags: input.tags,
    params,
    response: input.response,
    list,
    csv: input.csv,
    check: input.check,
  }
  return Object.freeze(endpoint) as unknown as Endpoint<Merged>
}

/** A request path matched to an endpoint: raw-decoded path params and whether CSV was asked by suffix. */
export interface EndpointMatch<E extends AnyEndpoint = AnyEndpoint> {
  endpoint: E
  pathParams: Record<string, string>
  csvSuffix: boolean
}

/**
 * Returns the endpoint a pathname addresses (under `base`, e.g. `/api/v1`), or null (404).
 * Each segment is percent-decoded on its own, so `43%2F2011%2FN%C4%90-CP` is one id; a
 * trailing `.csv` selects CSV (lists only); a greedy last parameter also takes unencoded slashes.
 */
export function matchEndpoint<E extends AnyEndpoint>(
  endpoints: readonly E[],
  pathname: string,
  base = '/api/v1',
): EndpointMatch<E> | null {
  if (!pathname.startsWith(base)) return null
  let rest = pathname.slice(base.length).replace(/\/+$/, '')
  const csvSuffix = rest.endsWith('.csv')
  if (csvSuffix) rest = rest.slice(0, -'.csv'.length)
  if (!rest.startsWith('/')) return null
  const segments = rest.slice(1).split('/')
  let decoded: string[]
  try {
    decoded = segments.map((s) => decodeURIComponent(s))
  } catch {
    return null
  }
  // Exact segment counts first, so `/drafts/x/comments` never falls into a greedy `/drafts/{slug}`.
  for (const greedyPass of [false, true]) {
    for (const endpoint of endpoints) {
      if (csvSuffix && !endpoint.list) continue
      const template = endpoint.path.slice(1).split('/')
      const pathParams = matchSegments(template, decoded, endpoint, greedyPass)
      if (pathParams) return { endpoint, pathParams, csvSuffix }
    }
  }
  return null
}

function matchSegments(
  template: string[],
  segments: string[],
  endpoint: AnyEndpoint,
  greedyPass: boolean,
): Record<string, string> | null {
  const last = template[template.length - 1]
  const lastName = /^\{(.+)\}$/.exec(last)?.[1]
  const greedy = greedyPass && lastName !== undefined && endpoint.params[lastName]?.greedy === true
  if (greedy ? segments.length <= template.length : segments.length !== template.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < template.length; i++) {
    const t = template[i]
    const name = /^\{(.+)\}$/.exec(t)?.[1]
    const isLast = i === template.length - 1
    const value = greedy && isLast ? segments.slice(i).join('/') : segments[i]
    if (name) {
      if (value === '') return null
      params[name] = value
    } else if (t !== value) {
      return null
    }
  }
  return params
}
