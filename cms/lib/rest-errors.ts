import type { AfterErrorHook } from 'payload'

/** Messages of errors that come from parsing what the client sent (JSON, multipart, URL encoding). */
const INPUT_ERRORS = /Unexpected end of form|Malformed part header|Unexpected end of multipart|Multipart: Boundary not found|Unexpected token|is not valid JSON|Unterminated string|URI malformed|Invalid (?:array|character)|Bad escaped character/i

/** Text of an error and its causes (drizzle wraps the driver's error). */
function chain(err: unknown): { text: string; detail?: string; params?: unknown[] } {
  let text = ''
  let detail: string | undefined
  let params: unknown[] | undefined
  for (let e = err as { message?: string; cause?: unknown; detail?: string; params?: unknown[] } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    text += `${e.message ?? ''}\n`
    detail ??= e.detail
    if (Array.isArray(e.params)) params ??= e.params
  }
  return { text, detail, params }
}

/**
 * The field a foreign-key failure is about: PostgreSQL names the column (`Key (fields_id)=(9)`);
 * for SQLite the failed insert into a relationship table carries the field's path as a parameter.
 */
export function foreignKeyField(err: unknown): string | null | undefined {
  const { text, detail, params } = chain(err)
  if (!/FOREIGN KEY constraint failed|violates foreign key constraint|SQLITE_CONSTRAINT_FOREIGNKEY/i.test(text)) return undefined
  const column = /Key \("?([a-z0-9_]+?)(?:_id)?"?\)=/i.exec(detail ?? text)?.[1]
  if (column) return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  const insert = /insert into "\w+_rels" \(([^)]*)\) values \(([^)]*)\)/i.exec(text)
  if (insert && params) {
    // Parameters fill the placeholders in order; the path is the field's name.
    const columns = insert[1]!.split(',').map((c) => c.trim().replace(/"/g, ''))
    const values = insert[2]!.split(',').map((v) => v.trim())
    const at = columns.indexOf('path')
    const index = values.slice(0, at).filter((v) => v === '?' || v.startsWith('$')).length
    const value = at >= 0 && (values[at] === '?' || values[at]?.startsWith('$')) ? params[index] : undefined
    if (typeof value === 'string' && value) return value
  }
  return null
}

/**
 * Payload's REST error hook: an error caused by what the client sent (a `where` that is not JSON,
 * a truncated multipart body, a malformed upload) is a 400 naming the problem, not a 500; a
 * throttled sign-in carries Retry-After.
 */
export const mapInputErrors: AfterErrorHook = ({ error, req, result }) => {
  const err = error as Error & { status?: number; data?: { retryAfterSeconds?: number } }
  if (err.status === 429 && err.data?.retryAfterSeconds) {
    const headers = (req as { responseHeaders?: Headers }).responseHeaders ?? new Headers()
    headers.set('Retry-After', String(err.data.retryAfterSeconds))
    ;(req as { responseHeaders?: Headers }).responseHeaders = headers
    return { response: result, status: 429 }
  }
  if ((err.status ?? 500) < 500) return undefined
  const field = foreignKeyField(err)
  if (field !== undefined) {
    const message = field ? `Giá trị của trường "${field}" trỏ tới một bản ghi không tồn tại.` : 'Một giá trị liên kết trỏ tới bản ghi không tồn tại.'
    return { response: { errors: [{ message, ...(field ? { data: { errors: [{ path: field, message }] } } : {}) }] }, status: 400 }
  }
  if (err instanceof SyntaxError || err instanceof URIError || INPUT_ERRORS.test(String(err.message))) {
    return { response: { errors: [{ message: 'Yêu cầu không hợp lệ: tham số hoặc dữ liệu gửi lên không đúng định dạng (JSON, biểu mẫu hoặc tệp bị cắt ngang).' }] }, status: 400 }
  }
  return undefined
}
