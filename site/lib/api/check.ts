/**
 * POST /api/v1/check: the check-a-copy page as an API. The body is the PDF itself
 * (`Content-Type: application/pdf`) or a form with the file in `file`; the answer says which
 * published documents hold a byte-identical file and what the file's signatures say. The file
 * is never stored. The one endpoint that is not a GET: it reads, but its input is a file.
 */
import { checkCopy, checkCopyLimit, MAX_CHECK_BYTES } from '../cms/check-copy'
import { readLimitedBody } from '../drafts/form-body'
import { errorResponse, jsonResponse, rateLimitHeaders, tooManyRequests } from './http'
import { CheckResult, read } from './schemas'

/** Returns the answer to a check, never throwing on bad input (4xx naming `file`). */
export async function handleCheck(request: Request, clientKey: string, origin: string): Promise<Response> {
  const limit = await checkCopyLimit(clientKey)
  if (!limit.allowed) return tooManyRequests(limit)
  const headers = { ...rateLimitHeaders(limit), 'Cache-Control': 'no-store' }
  const bad = (status: number, code: string, message: string, messageVi: string) => errorResponse(status, code, message, 'file', { messageVi, headers })
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const body = await readLimitedBody(request, MAX_CHECK_BYTES + 64 * 1024, { drain: true }).catch(() => null)
  if (!body) return bad(413, 'too_large', `The file is larger than ${MAX_CHECK_BYTES / 1024 / 1024} MB.`, `Tệp lớn hơn ${MAX_CHECK_BYTES / 1024 / 1024} MB.`)
  let bytes: Uint8Array | null = body
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData().catch(() => null)
    const file = form?.get('file')
    bytes = file && typeof file !== 'string' ? new Uint8Array(await file.arrayBuffer()) : null
  }
  const checked = await checkCopy(bytes)
  if ('code' in checked) {
    if (checked.code === 'missing') return bad(400, 'invalid_parameter', 'Send the PDF as the body (Content-Type: application/pdf) or as the form field "file".', checked.message)
    if (checked.code === 'tooLarge') return bad(413, 'too_large', 'The file is too large.', checked.message)
    return bad(415, 'not_pdf', 'The file is not a PDF (checked from its content).', checked.message)
  }
  return jsonResponse(read(CheckResult, checked, origin), { headers })
}
