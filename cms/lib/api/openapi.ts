/**
 * The OpenAPI 3.1 description of the public API, generated from the endpoint declarations and
 * the shared schemas (the same objects the handlers and tests use, so they cannot drift), and
 * its human-readable HTML page for /api/v1/docs.
 */
import { type AnyEndpoint, type JSONSchema, LIST_PARAMS, type ParamSpec } from './define'
import { SCHEMAS } from './schemas'

/** The parts of an OpenAPI 3.1 document this module writes and reads. */
export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; description?: string; [key: string]: unknown }
  servers?: { url: string; description?: string }[]
  tags?: { name: string; description?: string }[]
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: {
    schemas?: Record<string, JSONSchema>
    parameters?: Record<string, OpenApiParameter>
    responses?: Record<string, unknown>
    headers?: Record<string, unknown>
    [key: string]: unknown
  }
  [key: string]: unknown
}

/** An OpenAPI Operation Object (the fields we use). */
export interface OpenApiOperation {
  operationId: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: (OpenApiParameter | { $ref: string })[]
  responses: Record<string, unknown>
  [key: string]: unknown
}

/** An OpenAPI Parameter Object (the fields we use). */
export interface OpenApiParameter {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  description?: string
  required?: boolean
  schema?: JSONSchema
  example?: unknown
  [key: string]: unknown
}

/** Options of buildOpenApi. */
export interface OpenApiOptions {
  title: string
  version: string
  /** Base URL of the API, e.g. `https://cong.example.gov.vn/api/v1`. */
  serverUrl: string
  description: string
  /** Optional description of each tag. */
  tagDescriptions?: Record<string, string>
}

const LIST_PARAM_COMPONENTS: Record<string, string> = { cursor: 'Cursor', limit: 'Limit', format: 'Format' }

const HEADERS: Record<string, { description: string; schema: JSONSchema }> = {
  ETag: { description: 'Thẻ phiên bản mạnh (SHA-1 của nội dung); gửi lại trong `If-None-Match`.', schema: { type: 'string' } },
  'Last-Modified': {
    description: 'Thời điểm nội dung thay đổi gần nhất (HTTP-date); gửi lại trong `If-Modified-Since`.',
    schema: { type: 'string' },
  },
  'Cache-Control': { description: 'Chính sách lưu đệm: `public, max-age=60`.', schema: { type: 'string' } },
  Link: { description: 'Trang tiếp theo: `<url>; rel="next"` (dùng để duyệt CSV).', schema: { type: 'string' } },
  'X-RateLimit-Limit': { description: 'Số yêu cầu được phép trong một cửa sổ thời gian.', schema: { type: 'integer' } },
  'X-RateLimit-Remaining': { description: 'Số yêu cầu còn lại trong cửa sổ hiện tại.', schema: { type: 'integer' } },
  'X-RateLimit-Reset': {
    description: 'Thời điểm cửa sổ được đặt lại, tính bằng giây kể từ 1970-01-01 UTC.',
    schema: { type: 'integer' },
  },
  'Retry-After': { description: 'Số giây cần chờ trước khi gửi lại.', schema: { type: 'integer', minimum: 1 } },
}

const RATE_LIMIT_HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']

/** Conventions shared by every endpoint, as (heading, paragraphs); rendered in the description and the HTML page. */
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
      `Danh sách trả về \`{ data, next, limit }\`. \`limit\` từ ${LIST_PARAMS.limit.schema.minimum} đến ${LIST_PARAMS.limit.schema.maximum}, mặc định ${LIST_PARAMS.limit.schema.default}. Theo liên kết \`next\` (giữ nguyên bộ lọc) cho đến khi nó bằng \`null\`; không giới hạn độ sâu.`,
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
    text: [
      'Mỗi trả lời có `ETag` và, khi biết, `Last-Modified`. Gửi lại trong `If-None-Match` hoặc `If-Modified-Since` để nhận 304 khi không có gì thay đổi.',
    ],
  },
  {
    heading: 'Giới hạn tần suất',
    text: [
      'Tiêu đề `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` cho biết hạn mức. Vượt hạn mức nhận 429 kèm `Retry-After` (giây).',
    ],
  },
  {
    heading: 'Lỗi',
    text: [
      'Lỗi trả về `{ "error": { "code", "message", "messageVi", "parameter" } }`. Tham số sai hoặc không được hỗ trợ nhận 400 và `parameter` nêu tên tham số. Giá trị rỗng (`q=`) được coi như không có.',
    ],
  },
]

function conventionsMarkdown(): string {
  return API_CONVENTIONS.map((c) => `## ${c.heading}\n\n${c.text.join('\n\n')}`).join('\n\n')
}

/** Returns a deep copy of a schema where every named shared schema (by identity) becomes a `$ref`. */
function withRefs(schema: unknown, self?: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => withRefs(s))
  if (schema === null || typeof schema !== 'object') return schema
  for (const [name, named] of Object.entries(SCHEMAS)) {
    if (named === schema && name !== self) return { $ref: `#/components/schemas/${name}` }
  }
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) out[key] = withRefs(value)
  return out
}

function parameterObject(name: string, spec: ParamSpec): OpenApiParameter {
  const schema: JSONSchema = { ...spec.schema }
  if (schema.enum) schema.enum = [...(schema.enum as string[])]
  const param: OpenApiParameter = {
    name,
    in: spec.in,
    description: spec.description,
    required: spec.in === 'path' ? true : spec.required === true,
    schema,
  }
  if (spec.example !== undefined) param.example = spec.example
  return param
}

const headerRefs = (names: string[]): Record<string, { $ref: string }> =>
  Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]))

function operationFor(def: AnyEndpoint): OpenApiOperation {
  const parameters = Object.entries(def.params).map(([name, spec]) =>
    def.list && LIST_PARAM_COMPONENTS[name] && spec === LIST_PARAMS[name as keyof typeof LIST_PARAMS]
      ? { $ref: `#/components/parameters/${LIST_PARAM_COMPONENTS[name]}` }
      : parameterObject(name, spec),
  )
  const content: Record<string, unknown> = { 'application/json': { schema: withRefs(def.response) } }
  if (def.csv) {
    content['text/csv'] = {
      schema: {
        type: 'string',
        description: `CSV UTF-8 có BOM; cột: ${def.csv.columns.map((c) => c.header).join(', ')}.`,
      },
    }
  }
  const okHeaders = ['ETag', 'Last-Modified', 'Cache-Control', ...RATE_LIMIT_HEADERS, ...(def.list ? ['Link'] : [])]
  const responses: Record<string, unknown> = {
    '200': { description: 'Thành công.', headers: headerRefs(okHeaders), content },
    '304': { $ref: '#/components/responses/NotModified' },
    '400': { $ref: '#/components/responses/BadRequest' },
  }
  if (Object.values(def.params).some((p) => p.in === 'path')) responses['404'] = { $ref: '#/components/responses/NotFound' }
  responses['429'] = { $ref: '#/components/responses/TooManyRequests' }
  return {
    operationId: def.id,
    summary: def.summary,
    description: def.description,
    tags: [...def.tags],
    parameters,
    responses,
  }
}

/** Returns the OpenAPI 3.1.0 document of the given endpoints (throws on a duplicate path or id). */
export function buildOpenApi(defs: readonly AnyEndpoint[], options: OpenApiOptions): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {}
  const ids = new Set<string>()
  const tags: string[] = []
  for (const def of defs) {
    if (ids.has(def.id)) throw new Error(`buildOpenApi: duplicate endpoint id ${def.id}`)
    ids.add(def.id)
    if (paths[def.path]?.get) throw new Error(`buildOpenApi: duplicate path ${def.path}`)
    paths[def.path] = { ...paths[def.path], get: operationFor(def) }
    for (const tag of def.tags) if (!tags.includes(tag)) tags.push(tag)
  }
  const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
  return {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      description: `${options.description}\n\n${conventionsMarkdown()}`,
    },
    servers: [{ url: options.serverUrl }],
    tags: tags.map((name) =>
      options.tagDescriptions?.[name] ? { name, description: options.tagDescriptions[name] } : { name },
    ),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, s]) => [name, withRefs(s, name) as JSONSchema])),
      parameters: Object.fromEntries(
        Object.entries(LIST_PARAM_COMPONENTS).map(([name, component]) => [
          component,
          parameterObject(name, LIST_PARAMS[name as keyof typeof LIST_PARAMS]),
        ]),
      ),
      headers: HEADERS,
      responses: {
        NotModified: {
          description: 'Không thay đổi kể từ bản client đang giữ (`If-None-Match` / `If-Modified-Since`).',
          headers: headerRefs(['ETag', 'Last-Modified', 'Cache-Control', ...RATE_LIMIT_HEADERS]),
        },
        BadRequest: {
          description: 'Tham số sai hoặc không được hỗ trợ; `error.parameter` nêu tên tham số.',
          headers: headerRefs(RATE_LIMIT_HEADERS),
          content: errorContent,
        },
        NotFound: { description: 'Không tìm thấy.', headers: headerRefs(RATE_LIMIT_HEADERS), content: errorContent },
        TooManyRequests: {
          description: 'Vượt giới hạn tần suất; thử lại sau số giây trong `Retry-After`.',
          headers: headerRefs(['Retry-After', ...RATE_LIMIT_HEADERS]),
          content: errorContent,
        },
      },
    },
  }
}

/* ---------------------------------------------------------------- HTML page */

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** Escapes text and turns `code` spans into <code>: the only markup our descriptions use. */
const inline = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>')

const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1)

const IN_LABELS: Record<string, string> = { query: 'truy vấn', path: 'đường dẫn', header: 'tiêu đề', cookie: 'cookie' }

function resolveParam(doc: OpenApiDocument, p: OpenApiParameter | { $ref: string }): OpenApiParameter | undefined {
  if ('$ref' in p && typeof p.$ref === 'string') return doc.components?.parameters?.[refName(p.$ref)]
  return p as OpenApiParameter
}

function typeLabel(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return ''
  const s = schema as JSONSchema
  if (typeof s.$ref === 'string') {
    const name = refName(s.$ref)
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`
  }
  if (Array.isArray(s.anyOf)) return s.anyOf.map(typeLabel).join(' hoặc ')
  const types = (Array.isArray(s.type) ? s.type : [s.type]).filter((t): t is string => typeof t === 'string')
  const parts = types.map((t) => {
    if (t === 'array') return `mảng ${typeLabel(s.items)}`
    if (t === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') {
      return `đối tượng (khóa → ${typeLabel(s.additionalProperties)})`
    }
    if (t === 'object') return 'đối tượng'
    const format = typeof s.format === 'string' && t !== 'null' ? ` (${escapeHtml(s.format)})` : ''
    return `<code>${escapeHtml(t)}</code>${format}`
  })
  let label = parts.join(' hoặc ')
  if (Array.isArray(s.enum)) {
    const values = s.enum.filter((v) => v !== null).map((v) => `<code>${escapeHtml(String(v))}</code>`)
    label += `; một trong: ${values.join(', ')}`
  }
  const min = s.minimum
  const max = s.maximum
  if (min !== undefined && max !== undefined) label += `; từ ${min} đến ${max}`
  else if (min !== undefined) label += `; tối thiểu ${min}`
  else if (max !== undefined) label += `; tối đa ${max}`
  if (s.maxLength !== undefined) label += `; tối đa ${s.maxLength} ký tự`
  if (s.default !== undefined) label += `; mặc định <code>${escapeHtml(String(s.default))}</code>`
  return label
}

function exampleUrl(doc: OpenApiDocument, path: string, op: OpenApiOperation): string {
  const base = (doc.servers?.[0]?.url ?? '').replace(/\/$/, '')
  const params = (op.parameters ?? []).map((p) => resolveParam(doc, p)).filter((p): p is OpenApiParameter => !!p)
  let filled = path
  const query = new URLSearchParams()
  for (const p of params) {
    if (p.example === undefined) continue
    if (p.in === 'path') filled = filled.replace(`{${p.name}}`, encodeURIComponent(String(p.example)))
    else if (p.in === 'query') query.set(p.name, String(p.example))
  }
  const qs = query.toString()
  return `${base}${filled}${qs ? `?${qs}` : ''}`
}

function paramTable(doc: OpenApiDocument, op: OpenApiOperation): string {
  const params = (op.parameters ?? []).map((p) => resolveParam(doc, p)).filter((p): p is OpenApiParameter => !!p)
  if (params.length === 0) return '<p>Không có tham số.</p>'
  const rows = params
    .map(
      (p) =>
        `<tr><th scope="row"><code>${escapeHtml(p.name)}</code></th><td>${IN_LABELS[p.in] ?? escapeHtml(p.in)}</td>` +
        `<td>${typeLabel(p.schema)}</td><td>${p.required ? 'Có' : 'Không'}</td><td>${inline(p.description ?? '')}</td></tr>`,
    )
    .join('\n')
  return (
    `<table>\n<caption>Tham số của “${escapeHtml(op.summary ?? op.operationId)}”</caption>\n` +
    '<thead><tr><th scope="col">Tên</th><th scope="col">Vị trí</th><th scope="col">Kiểu</th>' +
    '<th scope="col">Bắt buộc</th><th scope="col">Mô tả</th></tr></thead>\n' +
    `<tbody>\n${rows}\n</tbody>\n</table>`
  )
}

/** Lists the fields of an object schema, descending into inline objects and arrays of them with dot paths. */
function fieldRows(schema: JSONSchema, prefix = ''): string[] {
  const props = (schema.properties ?? {}) as Record<string, JSONSchema>
  const required = new Set((schema.required as string[] | undefined) ?? [])
  const rows: string[] = []
  for (const [name, prop] of Object.entries(props)) {
    const path = `${prefix}${name}`
    rows.push(
      `<tr><th scope="row"><code>${escapeHtml(path)}</code></th><td>${typeLabel(prop)}</td>` +
        `<td>${required.has(name) ? 'Có' : 'Không'}</td><td>${inline(String(prop.description ?? ''))}</td></tr>`,
    )
    const inner = innerObject(prop)
    if (inner) rows.push(...fieldRows(inner.schema, `${path}${inner.array ? '[]' : ''}.`))
  }
  return rows
}

function innerObject(prop: JSONSchema): { schema: JSONSchema; array: boolean } | null {
  const candidates = Array.isArray(prop.anyOf) ? (prop.anyOf as JSONSchema[]) : [prop]
  for (const c of candidates) {
    if (c.properties) return { schema: c, array: false }
    const items = c.items as JSONSchema | undefined
    if (c.type === 'array' && items?.properties) return { schema: items, array: true }
  }
  return null
}

function markdownBlocks(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (block.startsWith('## ') ? `<h3>${inline(block.slice(3))}</h3>` : `<p>${inline(block)}</p>`))
    .join('\n')
}

/**
 * Returns the HTML body of the API documentation page: Vietnamese headings, a contents list,
 * one section per endpoint with its parameter table and an example URL, the data schemas and
 * the status codes. Semantic tables (`<caption>`, `<th scope>`); no script or inline style.
 */
export function openApiHtml(doc: OpenApiDocument): string {
  const server = (doc.servers?.[0]?.url ?? '').replace(/\/$/, '')
  const description = doc.info.description ?? ''
  const [intro, ...rest] = description.split(/\n\n(?=## )/)
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  )
  const tags = doc.tags?.map((t) => t.name) ?? []
  const groups = [
    ...tags.map((tag) => ({ tag, ops: operations.filter((o) => o.op.tags?.[0] === tag) })),
    { tag: 'Khác', ops: operations.filter((o) => !o.op.tags?.length || !tags.includes(o.op.tags[0])) },
  ].filter((g) => g.ops.length > 0)

  const toc = groups
    .map(
      (g) =>
        `<li>${escapeHtml(g.tag)}<ul>${g.ops
          .map((o) => `<li><a href="#op-${escapeHtml(o.op.operationId)}">${escapeHtml(o.op.summary ?? o.op.operationId)}</a></li>`)
          .join('')}</ul></li>`,
    )
    .join('\n')

  const sections = groups
    .map((g) => {
      const ops = g.ops
        .map(({ path, method, op }) => {
          const example = exampleUrl(doc, path, op)
          const ok = op.responses['200'] as { content?: Record<string, { schema?: unknown }> } | undefined
          const formats = Object.keys(ok?.content ?? {})
          const jsonSchema = ok?.content?.['application/json']?.schema
          const statuses = Object.keys(op.responses).join(', ')
          return (
            `<section aria-labelledby="op-${escapeHtml(op.operationId)}">\n` +
            `<h3 id="op-${escapeHtml(op.operationId)}">${escapeHtml(op.summary ?? op.operationId)}</h3>\n` +
            `<p><code>${escapeHtml(method)} ${escapeHtml(server + path)}</code></p>\n` +
            (op.description ? `${markdownBlocks(op.description)}\n` : '') +
            `<h4>Tham số</h4>\n${paramTable(doc, op)}\n` +
            `<h4>Kết quả</h4>\n<p>JSON: ${typeLabel(jsonSchema)}${fieldSummary(jsonSchema)}.` +
            `${formats.includes('text/csv') ? ' Có dạng CSV.' : ''} Mã trả lời: ${escapeHtml(statuses)}.</p>\n` +
            `<p>Ví dụ: <a href="${escapeHtml(example)}"><code>${escapeHtml(example)}</code></a></p>\n` +
            '</section>'
          )
        })
        .join('\n')
      return `<section aria-labelledby="tag-${slug(g.tag)}">\n<h2 id="tag-${slug(g.tag)}">${escapeHtml(g.tag)}</h2>\n${ops}\n</section>`
    })
    .join('\n')

  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<section aria-labelledby="schema-${escapeHtml(name)}">\n<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>\n` +
        (schema.description ? `<p>${inline(String(schema.description))}</p>\n` : '') +
        `<table>\n<caption>Các trường của ${escapeHtml(name)}</caption>\n` +
        '<thead><tr><th scope="col">Trường</th><th scope="col">Kiểu</th><th scope="col">Luôn có</th>' +
        '<th scope="col">Mô tả</th></tr></thead>\n' +
        `<tbody>\n${fieldRows(schema).join('\n')}\n</tbody>\n</table>\n</section>`,
    )
    .join('\n')

  const statusRows: [string, string][] = [
    ['200', 'Thành công.'],
    ['304', 'Không thay đổi kể từ bản bạn đang giữ.'],
    ['400', 'Tham số sai hoặc không được hỗ trợ; trường `parameter` nêu tên tham số.'],
    ['404', 'Không tìm thấy.'],
    ['429', 'Vượt giới hạn tần suất; chờ số giây trong `Retry-After`.'],
  ]

  return [
    `<h1>${escapeHtml(doc.info.title)}</h1>`,
    `<p>Phiên bản ${escapeHtml(doc.info.version)}. Địa chỉ gốc: <code>${escapeHtml(server || '/')}</code>. ` +
      `Mô tả máy đọc được: <a href="${escapeHtml(`${server}/openapi.json`)}">OpenAPI 3.1 (JSON)</a>.</p>`,
    markdownBlocks(intro ?? ''),
    `<nav aria-labelledby="api-toc">\n<h2 id="api-toc">Mục lục</h2>\n<ul>\n<li><a href="#quy-uoc">Quy ước chung</a></li>\n${toc}\n` +
      '<li><a href="#luoc-do">Lược đồ dữ liệu</a></li>\n<li><a href="#ma-tra-loi">Mã trả lời</a></li>\n</ul>\n</nav>',
    `<section aria-labelledby="quy-uoc">\n<h2 id="quy-uoc">Quy ước chung</h2>\n${markdownBlocks(rest.join('\n\n'))}\n</section>`,
    sections,
    `<section aria-labelledby="luoc-do">\n<h2 id="luoc-do">Lược đồ dữ liệu</h2>\n${schemas}\n</section>`,
    `<section aria-labelledby="ma-tra-loi">\n<h2 id="ma-tra-loi">Mã trả lời</h2>\n<table>\n<caption>Mã trạng thái HTTP</caption>\n` +
      '<thead><tr><th scope="col">Mã</th><th scope="col">Ý nghĩa</th></tr></thead>\n<tbody>\n' +
      statusRows.map(([code, text]) => `<tr><th scope="row">${code}</th><td>${inline(text)}</td></tr>`).join('\n') +
      '\n</tbody>\n</table>\n</section>',
  ].join('\n')
}

/** For an inline list envelope, names the item schema: "Một trang của danh sách (mảng Document)". */
function fieldSummary(schema: unknown): string {
  if (!schema || typeof schema !== 'object' || '$ref' in schema) return ''
  const s = schema as JSONSchema
  const props = (s.properties ?? {}) as Record<string, JSONSchema>
  const fields = Object.keys(props)
    .map((name) => `<code>${escapeHtml(name)}</code>: ${typeLabel(props[name])}`)
    .join(', ')
  return fields ? ` { ${fields} }` : ''
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'nhom'
  )
}
