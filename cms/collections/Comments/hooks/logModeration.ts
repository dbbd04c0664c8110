import type { CollectionAfterChangeHook } from 'payload'

import type { ModerationLog } from '../../../payload-types'
import { RESPONSE_LABELS, type ResponseKind } from '../../../consultation/comments/codes'
import { COMMENT_STATUS_LABELS, type CommentStatus } from '../../../consultation/comments/public'

type Ref = string | number | { id: string | number } | null | undefined
const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref ?? null)
const statusLabel = (s: unknown) => COMMENT_STATUS_LABELS[s as CommentStatus] ?? String(s ?? '')

/** Writes one moderation-log entry per action taken in this save (status, response, purge), in the same transaction. */
export const logModeration: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context.skipModerationLog) return doc
  const entries: { action: ModerationLog['action']; reason?: string | null; detail?: string }[] = []
  if (previousDoc.status !== doc.status) {
    const action = doc.status === 'published' ? 'publish' : doc.status === 'hidden' ? 'hide' : 'unpublish'
    entries.push({ action, reason: doc.status === 'hidden' ? doc.hiddenReason : null, detail: `${statusLabel(previousDoc.status)} → ${statusLabel(doc.status)}` })
  }
  const before = previousDoc.response ?? {}
  const after = doc.response ?? {}
  if ((before.kind ?? null) !== (after.kind ?? null) || (before.text ?? null) !== (after.text ?? null)) {
    const label = after.kind ? RESPONSE_LABELS[after.kind as ResponseKind] : 'Xóa trả lời'
    const fromGroup = context[`groupResponseFrom:${doc.id}`]
    entries.push({ action: fromGroup ? 'respondGroup' : 'respond', reason: after.text ?? null, detail: fromGroup ? `${label} (theo ý kiến ${fromGroup})` : label })
  }
  if (!previousDoc.purgedAt && doc.purgedAt) entries.push({ action: 'purge', reason: doc.purgeReason ?? null })
  for (const entry of entries) {
    await req.payload.create({
      collection: 'moderation-log',
      data: { ...entry, comment: doc.id, trackingCode: doc.trackingCode, draft: idOf(doc.draft) as number | null, user: req.user?.id ?? null },
      req,
      overrideAccess: true,
    })
  }
  return doc
}
