import type { CollectionBeforeChangeHook } from 'payload'

import { nfc } from '../../../lib/vietnamese'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** Renders the full text to HTML once, at save time, so no page request pays for it. */
export const renderFullText: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.fullText !== 'string') return data
  const fullText = nfc(data.fullText)
  const html = fullText
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')
  return { ...data, fullText, bodyHtml: html }
}
