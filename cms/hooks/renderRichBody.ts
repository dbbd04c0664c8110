import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToHtml } from '../lib/richtext/lexical'
import { sanitizeRichHtml } from '../lib/richtext/sanitize'

/**
 * Renders the body once at save time into sanitised HTML (`bodyHtml`), so public pages never
 * convert or sanitise per request. HTML pasted into `pastedHtml` (e.g. from Word) wins over the
 * editor's content, and is itself stored sanitised so a later edit starts from clean markup.
 */
export const renderRichBody: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!data) return data
  const pasted = 'pastedHtml' in data ? data.pastedHtml : originalDoc?.pastedHtml
  const body = 'body' in data ? data.body : originalDoc?.body
  const cleanPasted = sanitizeRichHtml(typeof pasted === 'string' ? pasted : '')
  const bodyHtml = cleanPasted || sanitizeRichHtml(lexicalToHtml(body))
  return { ...data, pastedHtml: cleanPasted || null, bodyHtml }
}
