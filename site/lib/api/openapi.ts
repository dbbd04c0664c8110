/**
 * The OpenAPI 3.1 description of the public API, generated from the zod declarations
 * (endpoints.ts, schemas.ts) with zod's own JSON Schema output: the parameters the dispatcher
 * parses and the bodies the handlers are typed by are the ones documented, at /api/v1/openapi.json
 * and on the page /api/v1/docs.
 */
import { z } from 'zod'

import { type AnyEndpoint, LIST_PARAMS, paramSchemas } from './define'
import { API_ENDPOINTS, API_TAGS } from './endpoints'
import { SCHEMAS as BASE_SCHEMAS } from './schemas'
import { SECTION_SCHEMAS } from './sections'

const SCHEMAS = { ...BASE_SCHEMAS, ...SECTION_SCHEMAS }

/** A JSON Schema or OpenAPI object, as written out. */
export type Json = Record<string, any>

/** The OpenAPI document: what this module writes and the docs page reads. */
export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; description?: string }
  servers?: { url: string }[]
  tags?: { name: string; description?: string }[]
  paths: Record<string, Record<string, Json>>
  components?: { schemas?: Record<string, Json>; parameters?: Record<string, Json>; responses?: Record<string, Json>; [key: string]: unknown }
  [key: string]: unknown
}

/** Version of the API description; the path carries the major version (`/api/v1`). */
export const API_VERSION = '1.0.0'

/** Conventions shared by every endpoint, as (heading, paragraphs): in the description and on the page. */
export const API_CONVENTIONS: readonly { heading: string; text: string[] }[] = [
  {
    heading: 'Truy cập',
    text: [
      'Chỉ đọc, không cần khóa. Mọi điểm cuối nhận GET và HEAD; CORS mở cho mọi nguồn (`Access-Control-Allow-Origin: *`).',
      'Tên trường bằng tiếng Anh và ổn định; ngày theo ISO 8601: ngày pháp lý (`issuedAt`, `effectiveAt`, `expiresAt`) dạng `YYYY-MM-DD`, thời điểm dạng `2025-01-31T08:00:00+07:00`.',
    ],
  },
  {
    heading: 'Phân trang',
    text: [
      `Danh sách trả về \`{ data, next, limit }\`. \`limit\` từ ${LIST_PARAMS.limit.unwrap().minValue} đến ${LIST_PARAMS.limit.unwrap().maxValue}, mặc định ${LIST_PARAMS.limit.parse(undefined)}. Theo liên kết \`next\` (giữ nguyên bộ lọc) cho đến khi nó bằng \`null\`; không giới hạn độ sâu.`,
      'Con trỏ `cursor` là chuỗi kín: không tự tạo hay sửa.',
    ],
  },
  {
    heading: 'CSV',
    text: [
      'Mọi danh sách cũng có dạng CSV (UTF-8 có BOM, dòng tiêu đề): thêm hậu tố `.csv` vào đường dẫn (ví dụ `/documents.csv`), hoặc `format=csv`, hoặc tiêu đề `Accept: text/csv`. Trang tiếp theo nằm trong tiêu đề `Link`.',
    ],
  },
  {
    heading: 'Lưu đệm',
    text: ['Mỗi trả lời có `ETag` và, khi biết, `Last-Modified`. Gửi lại trong `If-None-Match` hoặc `If-Modified-Since` để nhận 304 khi không có gì thay đổi.'],
  },
  {
    heading: 'Giới hạn tần suất',
    text: ['Tiêu đề `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` cho biết hạn mức. Vượt hạn mức nhận 429 kèm `Retry-After` (giây).'],
  },
  {
    heading: 'Lỗi',
    text: [
      'Lỗi trả về `{ "error": { "code", "message", "messageVi", "parameter" } }`. Tham số sai hoặc không được hỗ trợ nhận 400 và `parameter` nêu tên tham số. Giá trị rỗng (`q=`) được coi như không có.',
    ],
  },
]

const DESCRIPTION =
  'Dữ liệu mở của cổng thông tin: văn bản pháp luật, dự thảo lấy ý kiến và góp ý đã công khai, danh bạ cơ quan, các chuyên mục (tin tức, giới thiệu, chỉ đạo điều hành, phổ biến pháp luật, kế hoạch, dự án, khoa học công nghệ, thống kê chuyên ngành, hỏi – đáp), tìm kiếm. Chỉ nội dung đã công bố; không có thư điện tử hay số điện thoại của người góp ý.'

const TAG_DESCRIPTIONS: Record<string, string> = {
  [API_TAGS.documents]: 'Văn bản đã công bố, lọc như trang Văn bản.',
  [API_TAGS.drafts]: 'Dự thảo lấy ý kiến, phiên bản và góp ý đã công khai.',
  [API_TAGS.agencies]: 'Danh bạ cơ quan và thư điện tử chính thức.',
  [API_TAGS.search]: 'Tìm kiếm toàn cổng, không phân biệt dấu.',
}

const header = (description: string, schema: Json = { type: 'string' }) => ({ description, schema })
const HEADERS = {
  ETag: header('Thẻ phiên bản mạnh (SHA-1 của nội dung); gửi lại trong `If-None-Match`.'),
  'Last-Modified': header('Thời điểm nội dung thay đổi gần nhất (HTTP-date); gửi lại trong `If-Modified-Since`.'),
  'Cache-Control': header('Chính sách lưu đệm: `public, max-age=60`.'),
  Link: header('Trang tiếp theo: `<url>; rel="next"` (dùng để duyệt CSV).'),
  'X-RateLimit-Limit': header('Số yêu cầu được phép trong một cửa sổ thời gian.', { type: 'integer' }),
  'X-RateLimit-Remaining': header('Số yêu cầu còn lại trong cửa sổ hiện tại.', { type: 'integer' }),
  'X-RateLimit-Reset': header('Thời điểm cửa sổ được đặt lại, tính bằng giây kể từ 1970-01-01 UTC.', { type: 'integer' }),
  'Retry-After': header('Số giây cần chờ trước khi gửi lại.', { type: 'integer', minimum: 1 }),
}
const RATE_LIMIT = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']
const headerRefs = (names: string[]) => Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]))
/** An error answer: its meaning, its headers and the Error body. */
const problem = (description: string, headers = RATE_LIMIT) => ({
  description,
  headers: headerRefs(headers),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})
const LIST_PARAM_COMPONENTS: Record<string, string> = { cursor: 'Cursor', limit: 'Limit', format: 'Format' }

/** Tidies zod's JSON Schema for readers: no regex beside a format that says it, no ±2^53 bound on every integer, a nullable's description once. */
function tidy(node: unknown): any {
  if (Array.isArray(node)) return node.map(tidy)
  if (!node || typeof node !== 'object') return node
  const out: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, tidy(v)]))
  if (typeof out.$ref === 'string') out.$ref = out.$ref.replace('#/$defs/', '#/components/schemas/')
  if (out.format && out.pattern) delete out.pattern
  if (Math.abs(out.maximum) === Number.MAX_SAFE_INTEGER) delete out.maximum
  if (Math.abs(out.minimum) === Number.MAX_SAFE_INTEGER) delete out.minimum
  if (out.description && Array.isArray(out.anyOf)) for (const branch of out.anyOf) if (branch.description === out.description) delete branch.description
  return out
}

/** Returns the JSON Schema of a response; named schemas become `$ref`s, their definitions go to `defs`. */
function jsonSchema(schema: z.ZodType, defs: Record<string, Json>): Json {
  const { $defs, $schema: _, ...root } = z.toJSONSchema(schema) as Json
  for (const [name, def] of Object.entries(($defs ?? {}) as Json)) defs[name] = tidy(def)
  return tidy(root)
}

/** Returns the OpenAPI parameter objects of a parameter shape; list parameters as `$ref`s on lists. */
function parameters(params: z.ZodRawShape, pathParams: string[], refs: boolean): Json[] {
  return paramSchemas(params, pathParams).map(({ name, required, schema }) => {
    if (refs && LIST_PARAM_COMPONENTS[name]) return { $ref: `#/components/parameters/${LIST_PARAM_COMPONENTS[name]}` }
    const { description, example, ...rest } = tidy(schema)
    return { name, in: pathParams.includes(name) ? 'path' : 'query', description, required, schema: rest, ...(example === undefined ? {} : { example }) }
  })
}

function operation(endpoint: AnyEndpoint, defs: Record<string, Json>): Json {
  const content: Json = { 'application/json': { schema: jsonSchema(endpoint.response, defs) } }
  if (endpoint.csv) {
    content['text/csv'] = {
      schema: { type: 'string', description: `CSV UTF-8 có BOM; cột: ${endpoint.csv.columns.map((c) => c.header).join(', ')}.` },
    }
  }
  const ok = ['ETag', 'Last-Modified', 'Cache-Control', ...RATE_LIMIT, ...(endpoint.list ? ['Link'] : [])]
  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    description: endpoint.description,
    tags: [...endpoint.tags],
    parameters: parameters(endpoint.params, endpoint.pathParams, endpoint.list),
    responses: {
      '200': { description: 'Thành công.', headers: headerRefs(ok), content },
      '304': { $ref: '#/components/responses/NotModified' },
      '400': { $ref: '#/components/responses/BadRequest' },
      ...(endpoint.pathParams.length > 0 ? { '404': { $ref: '#/components/responses/NotFound' } } : {}),
      '429': { $ref: '#/components/responses/TooManyRequests' },
    },
  }
}

/** POST /check: the one operation that takes a body (a file in, a verdict out; nothing is stored). */
function checkOperation(): Json {
  return {
    operationId: 'checkCopy',
    summary: 'Kiểm tra bản sao',
    description:
      'Gửi một tệp PDF (tối đa 20 MB; không được lưu lại): cho biết văn bản đang đăng nào có tệp trùng khớp từng byte (SHA-256) và chữ ký số trong tệp còn hợp lệ không. Như trang `/kiem-tra-van-ban`.',
    tags: [API_TAGS.documents],
    requestBody: {
      required: true,
      content: {
        'application/pdf': { schema: { type: 'string', format: 'binary' } },
        'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'Tệp PDF.' } } } },
      },
    },
    responses: {
      '200': { description: 'Kết quả kiểm tra.', headers: headerRefs(RATE_LIMIT), content: { 'application/json': { schema: { $ref: '#/components/schemas/CheckResult' } } } },
      '400': problem('Không có tệp; `error.parameter` là `file`.'),
      '413': problem('Tệp lớn hơn 20 MB.'),
      '415': problem('Tệp không phải PDF (xét theo nội dung).'),
      '429': { $ref: '#/components/responses/TooManyRequests' },
    },
  }
}

// Writing the schemas out takes ~20 ms; the description only changes with the build.
const described = new Map<string, OpenApiDocument>()

/** Returns the OpenAPI 3.1.0 document of the API, with the server URL of this origin (shared: do not mutate). */
export function apiDescription(origin: string): OpenApiDocument {
  if (!described.has(origin)) described.set(origin, describe(origin, API_ENDPOINTS))
  return described.get(origin)!
}

function describe(origin: string, endpoints: readonly AnyEndpoint[]): OpenApiDocument {
  const defs: Record<string, Json> = {}
  for (const schema of Object.values(SCHEMAS)) jsonSchema(schema, defs)
  const paths: OpenApiDocument['paths'] = {}
  for (const endpoint of endpoints) paths[endpoint.path] = { get: operation(endpoint, defs) }
  paths['/check'] = { post: checkOperation() }
  return {
    openapi: '3.1.0',
    info: {
      title: 'API dữ liệu mở',
      version: API_VERSION,
      description: [DESCRIPTION, ...API_CONVENTIONS.map((c) => `## ${c.heading}\n\n${c.text.join('\n\n')}`)].join('\n\n'),
    },
    servers: [{ url: `${origin}/api/v1` }],
    tags: [...new Set(endpoints.flatMap((e) => e.tags))].map((name) => (TAG_DESCRIPTIONS[name] ? { name, description: TAG_DESCRIPTIONS[name] } : { name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.keys(SCHEMAS).map((name) => [name, defs[name]!])),
      parameters: Object.fromEntries(parameters(LIST_PARAMS, [], false).map((p) => [LIST_PARAM_COMPONENTS[p.name], p])),
      headers: HEADERS,
      responses: {
        NotModified: {
          description: 'Không thay đổi kể từ bản client đang giữ (`If-None-Match` / `If-Modified-Since`).',
          headers: headerRefs(['ETag', 'Last-Modified', 'Cache-Control', ...RATE_LIMIT]),
        },
        BadRequest: problem('Tham số sai hoặc không được hỗ trợ; `error.parameter` nêu tên tham số.'),
        NotFound: problem('Không tìm thấy.'),
        TooManyRequests: problem('Vượt giới hạn tần suất; thử lại sau số giây trong `Retry-After`.', ['Retry-After', ...RATE_LIMIT]),
      },
    },
  }
}
