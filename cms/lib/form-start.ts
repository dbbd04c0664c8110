import crypto from 'node:crypto'

import { payloadSecret } from '../secret'

/**
 * The start time of a public form (comment, question), signed by the server.
 *
 * The fill-time check ("gửi quá nhanh") compares the moment the form was served with the moment
 * it comes back. A plain number in a hidden field is the client's word: a script could send any
 * past time. The field carries `<ms>.<mac>`, an HMAC of the time under a key derived from the
 * portal's secret, so only times this portal gave out are accepted; every instance on one
 * database shares the secret (PAYLOAD_SECRET) and accepts the others' forms.
 */

/** A form left open longer than this is sent back to be checked and sent again (the text is kept). */
export const FORM_START_MAX_AGE_MS = 24 * 60 * 60 * 1000

const keys = new Map<string, Buffer>()
let fileSecret: string | undefined

/** The signing key for form start times, derived from a portal secret (never the secret itself). */
export function formStartKey(secret: string): Buffer {
  let key = keys.get(secret)
  if (!key) {
    key = crypto.createHmac('sha256', secret).update('form-start/v1').digest()
    keys.set(secret, key)
  }
  return key
}

function defaultKey(): Buffer {
  const secret = process.env.PAYLOAD_SECRET?.trim() || (fileSecret ??= payloadSecret())
  return formStartKey(secret)
}

const mac = (time: string, key: Buffer) => crypto.createHmac('sha256', key).update(time).digest('base64url').slice(0, 22)

/** The hidden field's value for a form served at `ms`. */
export function signFormStart(ms: number, key: Buffer = defaultKey()): string {
  const time = String(Math.floor(ms))
  return `${time}.${mac(time, key)}`
}

/** The time a form was served, or null when the value is missing, altered or was not signed by this portal. */
export function readFormStart(raw: string | undefined, key: Buffer = defaultKey()): number | null {
  const m = /^(\d{1,16})\.([A-Za-z0-9_-]{22})$/.exec((raw ?? '').trim())
  if (!m) return null
  const given = Buffer.from(m[2]!)
  const expected = Buffer.from(mac(m[1]!, key))
  return crypto.timingSafeEqual(given, expected) ? Number(m[1]) : null
}
