import type { AfterErrorHook } from 'payload'

/** Messages of errors that come from parsing what the client sent (JSON, multipart, URL encoding). */
const INPUT_ERRORS = /Unexpected end of form|Malformed part header|Unexpected end of multipart|Multipart: Boundary not found|Unexpected token|is not valid JSON|Unterminated string|URI malformed|Invalid (?:array|character)|Bad escaped character/i

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
  if (err instanceof SyntaxError || err instanceof URIError || INPUT_ERRORS.test(String(err.message))) {
    return { response: { errors: [{ message: 'Yêu cầu không hợp lệ: tham số hoặc dữ liệu gửi lên không đúng định dạng (JSON, biểu mẫu hoặc tệp bị cắt ngang).' }] }, status: 400 }
  }
  return undefined
}
