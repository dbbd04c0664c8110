import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../../../audit/record'
import { isQuestionStatus, QUESTION_STATUS_LABELS } from '../../../questions/states'

const label = (s: unknown) => (isQuestionStatus(s) ? QUESTION_STATUS_LABELS[s] : String(s ?? ''))

/** Writes each change of a question's state, and each change of a published answer, to the audit log in the same transaction. */
export const auditTransition: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  if (previousDoc.status !== doc.status) {
    await recordAudit(req, {
      collection: 'questions',
      id: doc.id,
      action: `Câu hỏi ${doc.trackingCode}`,
      from: label(previousDoc.status),
      to: label(doc.status),
      reason: doc.status === 'declined' ? (doc.declineReason ?? '') : undefined,
    })
  } else if (doc.status === 'published' && (previousDoc.answer ?? '') !== (doc.answer ?? '')) {
    await recordAudit(req, { collection: 'questions', id: doc.id, action: `Sửa câu trả lời đã công khai ${doc.trackingCode}`, changes: { answer: { from: previousDoc.answer ?? null, to: doc.answer ?? null } } })
  }
  return doc
}
