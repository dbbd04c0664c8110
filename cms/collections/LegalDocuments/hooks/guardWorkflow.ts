import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isDraftSave } from '../../../audit/hooks'
import { canTransition, isPublicState, WORKFLOW_LABELS, type WorkflowState } from '../../../lib/workflow'

/**
 * Applies the workflow state machine (cms/lib/workflow.ts) to every save: who may move a
 * document where, a reason for withdrawal, Payload's published flag, and a log of who did what.
 */
export const guardWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, req, context, operation }) => {
  const from = (originalDoc?.workflowState ?? 'draft') as WorkflowState
  let to = (data.workflowState ?? from) as WorkflowState
  // Pressing "Publish" in the admin means publishing; scheduled publishing has no user.
  if (data._status === 'published' && (to === 'draft' || to === 'inReview')) to = 'published'
  const role = req.user ? String((req.user as { role?: string }).role ?? '') : null
  const system = role === null || context?.seed === true
  if (!system && !canTransition(from, to, role)) {
    const message =
      to === 'published' || from === 'published'
        ? 'Biên tập viên không có quyền xuất bản hoặc gỡ bỏ văn bản. Hãy chuyển sang «Chờ phê duyệt» và lưu bản nháp.'
        : `Không thể chuyển từ «${WORKFLOW_LABELS[from]}» sang «${WORKFLOW_LABELS[to]}».`
    throw new APIError(message, 403, undefined, true)
  }
  if (to === 'withdrawn' && !String(data.withdrawnReason ?? originalDoc?.withdrawnReason ?? '').trim()) {
    throw new APIError('Gỡ bỏ văn bản phải nêu lý do (ô «Lý do gỡ bỏ»).', 400, undefined, true)
  }
  // A draft save may edit a published document (the live version stays); it may not move it into view.
  if (from !== to && (to === 'published' || to === 'withdrawn') && data._status !== 'published' && !system) {
    throw new APIError('Để công bố hoặc gỡ bỏ, hãy bấm nút «Công bố» (không phải «Lưu bản nháp»).', 400, undefined, true)
  }
  // A published or withdrawn document stays public: it leaves the site only by withdrawal, with a reason.
  const writesLive = !isDraftSave(req, 'legal-documents', originalDoc?.id)
  if (!system && writesLive && operation === 'update' && isPublicState(to) && data._status !== 'published') {
    throw new APIError('Văn bản đã công bố chỉ được gỡ khỏi cổng bằng cách chọn «Đã gỡ bỏ» và nêu lý do.', 400, undefined, true)
  }
  const next: Record<string, unknown> = { ...data, workflowState: to }
  if (to === 'published' && !originalDoc?.publishedAt && data._status === 'published') next.publishedAt = new Date().toISOString()
  if (from !== to || operation === 'create') {
    const entry = { at: new Date().toISOString(), by: req.user?.id ?? null, from: operation === 'create' ? '—' : WORKFLOW_LABELS[from], to: WORKFLOW_LABELS[to], note: to === 'withdrawn' ? String(next.withdrawnReason ?? '') : '' }
    next.workflowLog = [...((originalDoc?.workflowLog as unknown[]) ?? []), entry]
  }
  return next
}
