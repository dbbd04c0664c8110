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

/** Returns the form's fields and file, or why it could not be read. */
export async function readForm(request: Request, maxBytes = MAX_FORM_BYTES): Promise<FormRead> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'tooLarge' }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    if (request.body) {
      const reader = request.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        size += value.byteLength
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined)
          return { ok: false, reason: 'tooLarge' }
        }
        chunks.push(value)
      }
    }
    const body = Buffer.concat(chunks)
    const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData()
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
