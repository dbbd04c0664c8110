/**
 * Signed links of the follow service: confirm one subscription (double opt-in) and manage every
 * subscription of its address. The link carries the subscription's number and an HMAC of it and
 * of the address with the server's secret: no address travels in it, a guessed number signs
 * nothing, and a link stays bound to the address it was sent to.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { publicUrl } from '../lib/public-url'

export const FOLLOW_PATH = '/theo-doi'
export const FOLLOW_SENT_PATH = '/theo-doi/da-gui'
export const FOLLOW_CONFIRM_PATH = '/theo-doi/xac-nhan'
export const FOLLOW_MANAGE_PATH = '/theo-doi/quan-ly'

type Purpose = 'confirm' | 'manage'
const ID = /^[A-Za-z0-9]{1,40}$/

const sign = (secret: string, purpose: Purpose, id: string, email: string) =>
  createHmac('sha256', secret).update(`follow-${purpose}\u0000${id}\u0000${email.toLowerCase()}`).digest('base64url').slice(0, 32)

/** Returns the signed token (`12.<signature>`) of a subscription for a purpose. */
export function followToken(secret: string, purpose: Purpose, id: string | number, email: string): string {
  return `${id}.${sign(secret, purpose, String(id), email)}`
}

/** Returns the subscription id a token names (its signature still to be checked against the stored address), or null. */
export function tokenId(token: string | null | undefined): string | null {
  const text = String(token ?? '')
  const dot = text.indexOf('.')
  if (dot < 1 || text.length > 120) return null
  const id = text.slice(0, dot)
  return ID.test(id) ? id : null
}

/** Returns whether a token is the one signed for this subscription and address. */
export function tokenMatches(secret: string, purpose: Purpose, token: string, id: string | number, email: string): boolean {
  const given = Buffer.from(token.slice(token.indexOf('.') + 1))
  const wanted = Buffer.from(sign(secret, purpose, String(id), email))
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

/** Absolute links (from PUBLIC_HOST) of the confirmation and manage pages. */
export const confirmUrl = (secret: string, id: string | number, email: string) => publicUrl(`${FOLLOW_CONFIRM_PATH}?t=${encodeURIComponent(followToken(secret, 'confirm', id, email))}`)
export const manageUrl = (secret: string, id: string | number, email: string) => publicUrl(`${FOLLOW_MANAGE_PATH}?t=${encodeURIComponent(followToken(secret, 'manage', id, email))}`)

/** The key of one (address, thing followed) pair: an HMAC, so the unique index holds no address. */
export function pairKey(secret: string, email: string, thing: string): string {
  return createHmac('sha256', secret).update(`follow-pair\u0000${email.toLowerCase()}\u0000${thing}`).digest('base64url').slice(0, 32)
}

/** A short HMAC naming an address in outbox keys (one message per address per event). */
export function addressKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`follow-address\u0000${email.toLowerCase()}`).digest('base64url').slice(0, 22)
}
