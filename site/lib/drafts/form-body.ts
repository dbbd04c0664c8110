/**
 * Reads a comment form post with a hard size limit, before anything parses it: one attachment
 * of 10 MB plus the text fields. The declared length is checked first; a body sent without one
 * is counted while it streams, so a huge post never sits in memory.
 */
import type { SubmittedForm } from '../../../cms/consultation/commands/submitComment'

/** Largest accepted form post: a 10 MB attachment plus fields and multipart framing. */
export const MAX_FORM_BYTES = 10 * 1024 * 1024 + 256 * 1024

/** A read form: its text fields (first value of each name) and the uploaded file, if any. */
export type FormRead = SubmittedForm

/**
 * Returns the request body, or null when it is larger than `maxBytes` (declared or counted while
 * it streams). With `drain`, an over-size body is read to its end without being kept, so the
 * browser receives the page that explains the error instead of a cut connection.
 */
export async function readLimitedBody(request: Request, maxBytes: number, options: { drain?: boolean } = {}): Promise<Buffer | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes && !options.drain) return null
  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        chunks.length = 0
        if (!options.drain) {
          await reader.cancel().catch(() => undefined)
          return null
        }
        continue
      }
      chunks.push(value)
    }
  }
  return size > maxBytes ? null : Buffer.concat(chunks)
}

/** Returns the form's fields and file, or why it could not be read. */
export async function readForm(request: Request, maxBytes = MAX_FORM_BYTES, options: { drain?: boolean } = {}): Promise<FormRead> {
  try {
    const body = await readLimitedBody(request, maxBytes, options)
    if (!body) return { ok: false, reason: 'tooLarge' }
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData()
    const fields: Record<string, string> = {}
    let file: { name: string; type: string; bytes: Uint8Array } | null = null
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') {
        if (!(name in fields)) fields[name] = value
      } else if (name === 'attachment' && !file && value.size > 0) {
        file = { name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) }
      }
    }
    return { ok: true, fields, file }
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
}
