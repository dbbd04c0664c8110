/**
 * Reads a public form post (comment, lookup, check a copy) as it streams, with busboy (the
 * multipart parser Express's multer and Fastify use): text fields are kept, one file is kept up to
 * its limit. A file over the limit is read to its end without being kept, and the text fields
 * still come back, so a person who chose an 11 MB attachment gets the form again with what they
 * typed, and an error on the file alone. Nothing bigger than the limits ever sits in memory.
 */
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import busboy from 'busboy'

import { MAX_ATTACHMENT_BYTES } from '../../../cms/consultation/comments/file-check'
import type { SubmittedForm } from '../../../cms/consultation/commands/submitComment'

/** A read form: its text fields (first value of each name) and the uploaded file, if any. */
export type FormRead = SubmittedForm

/** Limits of the text part of a form: more fields, or a longer one, is not a person's form. */
const FIELD_LIMITS = { fields: 40, fieldSize: 256 * 1024, parts: 42 }

/**
 * Returns the body, or null when it is larger than `maxBytes` (declared or counted while it
 * streams). With `drain`, an over-size body is read to its end without being kept, so the client
 * gets an answer that explains the error instead of a cut connection.
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

/**
 * Returns the form's fields and its file (the field `attachment`, or the first file when
 * `fileField` says so), or why it could not be read. A file over `maxFileBytes` gives
 * `{ ok: false, reason: 'tooLarge', fields }`: the fields are kept.
 */
export async function readForm(request: Request, maxFileBytes = MAX_ATTACHMENT_BYTES, options: { fileField?: string } = {}): Promise<FormRead> {
  const fileField = options.fileField ?? 'attachment'
  const fields: Record<string, string> = {}
  let file: { name: string; type: string; bytes: Uint8Array } | null = null
  let tooLarge = false
  let parser: busboy.Busboy
  try {
    parser = busboy({ headers: { 'content-type': request.headers.get('content-type') ?? '' }, defParamCharset: 'utf8', limits: { ...FIELD_LIMITS, files: 1, fileSize: maxFileBytes } })
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
  const done = new Promise<boolean>((resolve) => {
    let limited = false
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) limited = true
      else if (!(name in fields)) fields[name] = value
    })
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (name === fileField && !file) chunks.push(chunk)
      })
      // Over the limit busboy truncates the file and goes on reading (and dropping) the rest.
      stream.on('limit', () => {
        tooLarge = true
        chunks.length = 0
      })
      stream.on('end', () => {
        if (name === fileField && !file && !tooLarge && size > 0) file = { name: info.filename ?? '', type: info.mimeType, bytes: new Uint8Array(Buffer.concat(chunks)) }
      })
    })
    parser.on('fieldsLimit', () => (limited = true))
    parser.on('partsLimit', () => (limited = true))
    parser.on('close', () => resolve(!limited))
    parser.on('error', () => resolve(false))
  })
  if (request.body) {
    const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>)
    body.on('error', () => parser.destroy(new Error('body')))
    body.pipe(parser)
  } else parser.end()
  const ok = await done
  if (tooLarge) return { ok: false, reason: 'tooLarge', fields }
  if (!ok) return { ok: false, reason: 'unreadable' }
  return { ok: true, fields, file }
}
