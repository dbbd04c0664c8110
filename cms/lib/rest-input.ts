/**
 * Bad input is a 4xx, never a 500. Payload passes query parameters and ids to the database as
 * they come (`limit=1.5`, a 24-digit page, `where[issuedAt][less_than]=abc`, `/legal-documents/abc`
 * on SQL), and the database's error becomes a 500. This checks what an operation is about to use
 * — from REST or the Local API — against the collection's fields, and refuses it with 400 (or
 * 404 for an id that cannot exist) naming the parameter, before anything is read or written.
 */
import { APIError, NotFound, type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest } from 'payload'

const OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
// Pattern operators work on text columns only (PostgreSQL has no ILIKE on enums, timestamps or numbers).
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
// Options are database enums on PostgreSQL: only comparisons for equality, with a value that exists.
const OPTION_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists'])
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_INT = 1_000_000

function bad(parameter: string, message: string): APIError {
  return new APIError(`Tham số không hợp lệ (${parameter}): ${message}`, 400, { errors: [{ path: parameter, message }] }, true)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkInteger(name: string, value: unknown, min: number): void {
  if (value === undefined || value === null || value === '') return
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isInteger(n) || n < min || n > MAX_INT) throw bad(name, `cần một số nguyên từ ${min} đến ${MAX_INT}.`)
}

/** Returns whether an id could exist in this database (numbers on SQL, ObjectIds on MongoDB). */
export function isPossibleId(req: PayloadRequest, id: unknown): boolean {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0
  const text = String(id ?? '')
  if (req.payload.db.defaultIDType === 'number') return /^[1-9]\d{0,14}$/.test(text)
  return /^[0-9a-f]{24}$/i.test(text) || /^[\w-]{1,64}$/.test(text)
}

const BUILTIN: Record<string, string> = { id: 'id', createdAt: 'date', updatedAt: 'date', _status: 'select', parent: 'id', latest: 'checkbox', autosave: 'checkbox', snapshot: 'checkbox', publishedLocale: 'text', deletedAt: 'date' }

/** Returns the type of the field a query path names, 'nested' for a path inside a relation, or null when there is none. */
function fieldType(fields: FlattenedField[], path: string[]): string | null {
  const [head, ...rest] = path
  if (!head || FORBIDDEN_KEYS.has(head)) return null
  const field = fields.find((f) => f.name === head)
  if (!field) return rest.length === 0 && BUILTIN[head] ? BUILTIN[head]! : head === 'version' && rest.length ? 'version' : null
  if (rest.length === 0) return field.type
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) return fieldType(field.flattenedFields as FlattenedField[], rest)
  if (field.type === 'relationship' || field.type === 'upload') return 'nested'
  if (field.type === 'json') return 'json'
  return null
}

/** Returns the allowed values of a select or radio field a path names (`_status`: draft, published). */
function optionsOf(fields: FlattenedField[], path: string[]): Set<string> {
  if (path.length === 1 && path[0] === '_status' && !fields.some((f) => f.name === '_status')) return new Set(['draft', 'published'])
  let list: FlattenedField[] = fields
  let field: FlattenedField | undefined
  for (const name of path) {
    field = list.find((f) => f.name === name)
    if (!field) break
    list = ('flattenedFields' in field && Array.isArray(field.flattenedFields) ? field.flattenedFields : []) as FlattenedField[]
  }
  const options = ((field as { options?: ({ value: string } | string)[] } | undefined)?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
  return new Set(path.join('.') === '_status' ? ['draft', 'published', ...options] : options)
}

function checkValue(req: PayloadRequest, parameter: string, type: string, operator: string, value: unknown, options?: Set<string>): void {
  if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(value as never)) throw bad(parameter, 'cần true hoặc false.')
    return
  }
  if (['near', 'within', 'intersects'].includes(operator) && type !== 'point') throw bad(parameter, `toán tử ${operator} chỉ dùng cho tọa độ.`)
  if (['like', 'not_like', 'contains'].includes(operator) && !TEXT_TYPES.has(type)) throw bad(parameter, `toán tử ${operator} không dùng được với trường này.`)
  if (options && !OPTION_OPERATORS.has(operator)) throw bad(parameter, `toán tử ${operator} không dùng được với trường có danh sách giá trị.`)
  const values = Array.isArray(value) ? value : LIST_OPERATORS.has(operator) && typeof value === 'string' ? value.split(',') : [value]
  if (Array.isArray(value) && !LIST_OPERATORS.has(operator)) throw bad(parameter, 'cần một giá trị, không phải danh sách.')
  if (values.length > 1000) throw bad(parameter, 'danh sách quá dài.')
  for (const v of values) {
    if (isPlainObject(v) || Array.isArray(v)) throw bad(parameter, 'giá trị lồng nhau không được hỗ trợ.')
    if (v === null || v === undefined) continue
    if (v === 'null') {
      // Payload reads "null" as null; only a comparison can take it.
      if (operator !== 'equals' && operator !== 'not_equals') throw bad(parameter, 'null chỉ dùng với equals hoặc not_equals.')
      continue
    }
    const text = String(v)
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) throw bad(parameter, 'có ký tự điều khiển.')
    if (options) {
      if (!options.has(text)) throw bad(parameter, `“${text.slice(0, 40)}” không có trong danh sách giá trị.`)
    } else if (type === 'date') {
      const time = Date.parse(text)
      const year = new Date(time).getUTCFullYear()
      if (!Number.isFinite(time) || year < 1 || year > 9999) throw bad(parameter, `“${text.slice(0, 40)}” không phải ngày hợp lệ (ví dụ 2026-12-02).`)
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
      if (m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDate() !== +m[3]!) throw bad(parameter, `ngày ${m[0]} không tồn tại.`)
    } else if (type === 'number') {
      if (!Number.isFinite(Number(text)) || text.trim() === '') throw bad(parameter, 'cần một số.')
    } else if (type === 'id' || type === 'relationship' || type === 'upload') {
      if (!isPossibleId(req, v)) throw bad(parameter, 'mã bản ghi không hợp lệ.')
    } else if (type === 'checkbox') {
      if (!['true', 'false', true, false, '1', '0', 1, 0].includes(v as never)) throw bad(parameter, 'cần true hoặc false.')
    }
  }
}

function checkWhere(req: PayloadRequest, fields: FlattenedField[], where: unknown, parameter = 'where', depth = 0): void {
  if (where === undefined || where === null) return
  if (depth > 8) throw bad(parameter, 'điều kiện lồng quá sâu.')
  if (!isPlainObject(where)) throw bad(parameter, 'cần dạng where[trường][toán tử]=giá trị.')
  for (const [key, condition] of Object.entries(where)) {
    if (FORBIDDEN_KEYS.has(key)) throw bad(`${parameter}[${key}]`, 'tên trường không hợp lệ.')
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : isPlainObject(condition) ? Object.values(condition) : null
      if (!list) throw bad(`${parameter}[${key}]`, 'cần một danh sách điều kiện.')
      list.forEach((c, i) => checkWhere(req, fields, c, `${parameter}[${key}][${i}]`, depth + 1))
      continue
    }
    const path = key.split('.')
    let type = fieldType(fields, path)
    if (type === 'version') type = fieldType(fields, path.slice(1))
    const options = type === 'select' || type === 'radio' ? optionsOf(fields, path[0] === 'version' ? path.slice(1) : path) : undefined
    if (!type) throw bad(`${parameter}[${key}]`, 'không có trường này.')
    if (!isPlainObject(condition)) throw bad(`${parameter}[${key}]`, 'cần một toán tử, ví dụ [equals].')
    for (const [operator, value] of Object.entries(condition)) {
      if (!OPERATORS.has(operator)) throw bad(`${parameter}[${key}][${operator}]`, 'toán tử không được hỗ trợ.')
      // The SQL adapters have no `all` (MongoDB's array operator).
      if (operator === 'all' && req.payload.db.name !== 'mongoose') throw bad(`${parameter}[${key}][all]`, 'toán tử không được hỗ trợ; dùng [in].')
      if (['near', 'within', 'intersects'].includes(operator) && type !== 'point') throw bad(`${parameter}[${key}][${operator}]`, `toán tử ${operator} chỉ dùng cho tọa độ.`)
      if (type === 'nested' || type === 'json' || type === 'array' || type === 'group' || type === 'blocks' || type === 'tabs') {
        if (isPlainObject(value) || (Array.isArray(value) && !LIST_OPERATORS.has(operator))) throw bad(`${parameter}[${key}][${operator}]`, 'giá trị không hợp lệ.')
        continue
      }
      checkValue(req, `${parameter}[${key}][${operator}]`, type, operator, value, options)
    }
  }
}

function checkSort(fields: FlattenedField[], sort: unknown): void {
  if (sort === undefined || sort === null || sort === '') return
  const list = Array.isArray(sort) ? sort : String(sort).split(',')
  for (const item of list) {
    if (typeof item !== 'string') throw bad('sort', 'cần tên trường.')
    const name = item.trim().replace(/^-/, '')
    if (!name) continue
    const path = name.split('.')
    const type = path[0] === 'version' ? fieldType(fields, path.slice(1)) : fieldType(fields, path)
    if (!type || type === 'nested' || type === 'array' || type === 'json') throw bad('sort', `không sắp xếp được theo “${name.slice(0, 40)}”.`)
  }
}

function checkFlags(name: string, value: unknown): void {
  if (value === undefined || value === null) return
  if (!['true', 'false', true, false, '1', '0', ''].includes(value as never)) throw bad(name, 'cần true hoặc false.')
}

function checkSelection(name: string, value: unknown, depth = 0): void {
  if (value === undefined || value === null) return
  if (depth > 6) throw bad(name, 'lồng quá sâu.')
  if (!isPlainObject(value)) throw bad(name, `cần dạng ${name}[trường]=true.`)
  for (const [key, v] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) throw bad(`${name}[${key}]`, 'tên trường không hợp lệ.')
    if (isPlainObject(v)) checkSelection(`${name}[${key}]`, v, depth + 1)
    else if (![true, false, 'true', 'false'].includes(v as never)) throw bad(`${name}[${key}]`, 'cần true hoặc false.')
  }
}

/** The most records one anonymous Payload REST read returns (the public API /api/v1 caps at the same). */
export const PUBLIC_READ_LIMIT = 100

/**
 * beforeOperation hook for every collection: checks ids, query parameters and that the data
 * is an object, so bad input is answered 400/404 naming the parameter.
 */
export const validateOperationInput: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  const a = args as Record<string, unknown>
  const fields = collection.flattenedFields
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const flag of ['draft', 'trash', 'pagination', 'autosave']) checkFlags(flag, query[flag])
  if ('id' in a && a.id !== undefined && operation !== 'create' && !isPossibleId(req, a.id)) throw new NotFound(req.t)
  if (operation === 'create' || operation === 'update') {
    if (a.data !== undefined && !isPlainObject(a.data)) throw bad('body', 'dữ liệu gửi lên phải là một đối tượng JSON.')
    const data = (a.data ?? {}) as Record<string, unknown>
    if (data._status !== undefined && data._status !== null && data._status !== 'draft' && data._status !== 'published') throw bad('_status', 'chỉ nhận draft hoặc published.')
    // Dates as sent, before any hook turns 30/02 into 02/03.
    for (const field of fields) {
      const value = field.type === 'date' ? data[field.name] : undefined
      if (typeof value !== 'string' || value === '') continue
      try {
        checkValue(req, field.name, 'date', 'equals', value)
      } catch {
        throw bad(field.name, `“${value.slice(0, 40)}” không phải ngày có thật.`)
      }
    }
  }
  checkInteger('depth', a.depth, 0)
  checkInteger('limit', a.limit, 0)
  checkInteger('page', a.page, 1)
  const routed = (req.routeParams as { collection?: string } | undefined)?.collection === collection.slug
  if (operation === 'read' && !req.user && req.payloadAPI === 'REST' && routed) {
    // An anonymous caller reads a page at a time. A whole collection in one answer (limit=0, or
    // pagination=false without a limit) held the server for seconds: at 10,000 documents, 700 MB
    // of JSON, and each legal document's HTML is rendered when read. Judged on the request's own
    // parameters, for the collection it names (signing in and populating related documents are
    // reads of their own, with pagination off).
    const asked = query.limit
    const unpaged = query.pagination === 'false' || query.pagination === '0' || query.pagination === false
    const limit = asked === undefined || asked === null || asked === '' ? (unpaged ? 0 : 10) : Number(asked)
    if (limit === 0 || limit > PUBLIC_READ_LIMIT) throw bad('limit', `khi không đăng nhập, mỗi lần đọc từ 1 đến ${PUBLIC_READ_LIMIT} bản ghi.`)
  }
  checkSort(fields, a.sort)
  checkWhere(req, fields, a.where)
  checkSelection('select', a.select)
  if (a.populate !== undefined && a.populate !== null) {
    if (!isPlainObject(a.populate)) throw bad('populate', 'cần dạng populate[bộ sưu tập][trường]=true.')
    for (const [k, v] of Object.entries(a.populate)) checkSelection(`populate[${k}]`, v)
  }
  return args
}
