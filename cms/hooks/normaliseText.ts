import type { CollectionBeforeValidateHook } from 'payload'

import { nfc } from '../lib/vietnamese'

function deepNfc(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value)
  if (Array.isArray(value)) return value.map(deepNfc)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepNfc(v)]))
  }
  return value
}

/** Stores every string in NFC (TCVN 6909): text pasted from Word or macOS often arrives as NFD. */
export const normaliseText: CollectionBeforeValidateHook = ({ data }) => (data ? (deepNfc(data) as typeof data) : data)
