/**
 * Parses and validates the parameters of a public API request against its endpoint
 * declaration. Every failure names the parameter, in English and Vietnamese, so a caller can
 * fix the request without reading the code. Unknown query parameters are rejected rather than
 * ignored: a misspelt filter (`isuer=`) would otherwise silently return everything.
 */
import { decodeCursor } from './cursor'
import type { Endpoint, ParamSchema, ParamSpec, ParamSpecs, ParamValues } from './define'

/** The 400 error body of a bad parameter. */
export interface ParamError {
  code: 'invalid_parameter' | 'unknown_parameter'
  message: string
  messageVi: string
  parameter: string
}

/** Result of parseParams: typed values, or a 400 error naming the parameter. */
export type ParseResult<V> = { ok: true; values: V } | ParamFailure

/** A parameter failure: always a 400. */
export type ParamFailure = { ok: false; status: 400; error: ParamError }

const INTEGER_RE = /^-?\d{1,15}$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
// RFC 3339 date-time: a time zone is required, otherwise the instant would depend on the server's.
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i

function invalid(parameter: string, message: string, messageVi: string): ParamFailure {
  return { ok: false, status: 400, error: { code: 'invalid_parameter', message, messageVi, parameter } }
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

/** Returns whether the text is an ISO 8601 calendar date `YYYY-MM-DD` that exists. */
export function isIsoDate(text: string): boolean {
  const m = DATE_RE.exec(text)
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** Returns whether the text is an RFC 3339 date-time with a time zone, on a day that exists. */
export function isIsoDateTime(text: string): boolean {
  const m = DATE_TIME_RE.exec(text)
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) && !Number.isNaN(Date.parse(text))
}

function rangeText(schema: ParamSchema): { en: string; vi: string } {
  const { minimum: min, maximum: max } = schema
  if (min !== undefined && max !== undefined) return { en: `between ${min} and ${max}`, vi: `từ ${min} đến ${max}` }
  if (min !== undefined) return { en: `at least ${min}`, vi: `tối thiểu là ${min}` }
  return { en: `at most ${max}`, vi: `tối đa là ${max}` }
}

type Parsed = { ok: true; value: unknown } | ParamFailure

/** Validates one raw value against its spec; values are trimmed and NFC-normalised (TCVN 6909). */
function parseValue(name: string, spec: ParamSpec, raw: string): Parsed {
  const schema = spec.schema
  const text = raw.trim().normalize('NFC')
  if (schema.type === 'integer') {
    if (!INTEGER_RE.test(text)) {
      return invalid(name, `Parameter "${name}" must be an integer.`, `Tham số "${name}" phải là số nguyên.`)
    }
    const n = Number(text)
    if ((schema.minimum !== undefined && n < schema.minimum) || (schema.maximum !== undefined && n > schema.maximum)) {
      const r = rangeText(schema)
      return invalid(name, `Parameter "${name}" must be ${r.en}.`, `Tham số "${name}" phải ${r.vi}.`)
    }
    return { ok: true, value: n }
  }
  if (schema.type === 'boolean') {
    if (text === 'true' || text === '1') return { ok: true, value: true }
    if (text === 'false' || text === '0') return { ok: true, value: false }
    return invalid(name, `Parameter "${name}" must be true or false.`, `Tham số "${name}" phải là true hoặc false.`)
  }
  if (schema.maxLength !== undefined && [...text].length > schema.maxLength) {
    return invalid(
      name,
      `Parameter "${name}" must be at most ${schema.maxLength} characters long.`,
      `Tham số "${name}" không được dài quá ${schema.maxLength} ký tự.`,
    )
  }
  if (schema.enum && !schema.enum.includes(text)) {
    const list = schema.enum.join(', ')
    return invalid(name, `Parameter "${name}" must be one of: ${list}.`, `Tham số "${name}" phải là một trong: ${list}.`)
  }
  if (schema.format === 'date' && !isIsoDate(text)) {
    return invalid(
      name,
      `Parameter "${name}" must be a date in the form YYYY-MM-DD.`,
      `Tham số "${name}" phải là ngày dạng YYYY-MM-DD.`,
    )
  }
  if (schema.format === 'date-time' && !isIsoDateTime(text)) {
    return invalid(
      name,
      `Parameter "${name}" must be an ISO 8601 date-time with a time zone, e.g. 2025-01-31T08:00:00+07:00.`,
      `Tham số "${name}" phải là thời điểm ISO 8601 có múi giờ, ví dụ 2025-01-31T08:00:00+07:00.`,
    )
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) {
    return invalid(name, `Parameter "${name}" is not in the expected format.`, `Tham số "${name}" không đúng định dạng.`)
  }
  return { ok: true, value: text }
}

/**
 * Returns the typed parameter values of a request, or a 400 error naming the first bad
 * parameter (unknown, repeated, missing, wrong type, out of range, bad date, bad cursor).
 * An empty query value (`?q=`, as HTML forms send) counts as absent; defaults are applied.
 * `pathParams` must already be percent-decoded (matchEndpoint does it).
 */
export function parseParams<P extends ParamSpecs>(
  def: Endpoint<P>,
  url: URL,
  pathParams: Record<string, string>,
): ParseResult<ParamValues<P>> {
  const specs = def.params as ParamSpecs
  const values: Record<string, unknown> = {}

  for (const name of new Set(url.searchParams.keys())) {
    const spec = specs[name]
    if (!spec || spec.in !== 'query') {
      return {
        ok: false,
        status: 400,
        error: {
          code: 'unknown_parameter',
          message: `Unknown query parameter "${name}".`,
          messageVi: `Tham số "${name}" không được hỗ trợ.`,
          parameter: name,
        },
      }
    }
    if (url.searchParams.getAll(name).length > 1) {
      return invalid(name, `Parameter "${name}" must be given at most once.`, `Tham số "${name}" chỉ được dùng một lần.`)
    }
  }

  for (const [name, spec] of Object.entries(specs)) {
    const raw = spec.in === 'path' ? pathParams[name] : url.searchParams.get(name)
    if (raw === undefined || raw === null || raw.trim() === '') {
      if (spec.required || spec.in === 'path') {
        return invalid(name, `Parameter "${name}" is required.`, `Thiếu tham số bắt buộc "${name}".`)
      }
      if (spec.schema.default !== undefined) values[name] = spec.schema.default
      continue
    }
    const parsed = parseValue(name, spec, raw)
    if (!parsed.ok) return parsed
    if (def.list && name === 'cursor') {
      const position = decodeCursor(parsed.value as string)
      if (!position) {
        return invalid(
          name,
          'Parameter "cursor" is not a valid cursor; use the "next" link of the previous page.',
          'Tham số "cursor" không hợp lệ; hãy dùng liên kết "next" của trang trước.',
        )
      }
      values[name] = position
      continue
    }
    values[name] = parsed.value
  }

  const typed = values as ParamValues<P>
  const problem = def.check?.(typed) ?? null
  if (problem) return invalid(problem.parameter, problem.message, problem.messageVi)
  return { ok: true, values: typed }
}

