import { APIError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { isIn, publishers } from '../access/policy'
import { markDraftSave } from '../hooks/validateDraftValues'
import { WORKFLOW_LABELS, type WorkflowState } from '../lib/workflow'
import { recordAudit } from './record'

const PUBLISH_REFUSED = 'Biên tập viên không có quyền xuất bản, gỡ bỏ hoặc hẹn giờ xuất bản. Hãy lưu bản nháp và gửi người phê duyệt.'
const RESTORE_REFUSED = 'Biên tập viên chỉ được khôi phục một phiên bản cũ thành bản nháp (chờ phê duyệt), không khôi phục trực tiếp lên cổng.'

/** The live status of each item (collection:id) before a save in this request. */
function liveBefore(req: PayloadRequest): Map<string, string> {
  const ctx = req.context as { liveBefore?: Map<string, string> }
  ctx.liveBefore ??= new Map()
  return ctx.liveBefore
}

/** Returns whether the save of this item in this request writes only a draft version (the live document stays). */
export function isDraftSave(req: PayloadRequest, collection: string, id: string | number | undefined): boolean {
  return id !== undefined && draftSaves(req).has(`${collection}:${id}`)
}

/** Keys (collection:id) of saves in this request that write only a draft version, not the live document. */
function draftSaves(req: PayloadRequest): Set<string> {
  const ctx = req.context as { draftSaves?: Set<string> }
  ctx.draftSaves ??= new Set()
  return ctx.draftSaves
}

/**
 * The publishing rule at every door (admin, REST, Local API with a user, version restore, bulk
 * update): someone who may not publish never writes the live document of published content.
 * Their save of a published item becomes a pending draft version (the live one stays until an
 * approver publishes); `_status: published` is refused; restoring a version is allowed only as a draft.
 * Runs before Payload reads its own arguments, so it decides what gets written.
 */
export const guardPublication: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const a = args as { id?: string | number; draft?: boolean; data?: unknown; where?: unknown }
  if ((operation === 'update' || operation === 'restoreVersion') && a.draft && a.id !== undefined) draftSaves(req).add(`${collection.slug}:${a.id}`)
  let liveStatus: string | undefined
  if (operation === 'update' && a.id !== undefined) {
    // The live document's status, not the latest draft's: what the public saw before this save.
    const current = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: a.id } }, req })
    liveStatus = (current as { _status?: string } | null)?._status ?? 'draft'
    liveBefore(req).set(`${collection.slug}:${a.id}`, liveStatus)
  }
  if (a.draft && (operation === 'create' || operation === 'update' || operation === 'restoreVersion')) markDraftSave(req, collection.slug)
  if (!req.user || isIn(req.user, publishers) || req.context?.seed === true) return args
  const data = a.data && typeof a.data === 'object' && !Array.isArray(a.data) ? (a.data as Record<string, unknown>) : undefined
  if ((operation === 'create' || operation === 'update') && data?._status === 'published') throw new APIError(PUBLISH_REFUSED, 403, undefined, true)
  if (operation === 'restoreVersion' && !a.draft) throw new APIError(RESTORE_REFUSED, 403, undefined, true)
  if (operation === 'update' && !a.draft) {
    // Bulk updates by editors are always drafts; a single save only when the item is live.
    if (a.id === undefined || liveStatus === 'published') {
      a.draft = true
      if (data) data._status = 'draft'
      if (a.id !== undefined) draftSaves(req).add(`${collection.slug}:${a.id}`)
    }
  }
  if (a.draft) markDraftSave(req, collection.slug)
  return args
}

function stateLabel(doc: Record<string, unknown> | undefined, status = doc?._status): string {
  if (!doc) return '—'
  const state = doc.workflowState as WorkflowState | undefined
  if (state && WORKFLOW_LABELS[state]) return WORKFLOW_LABELS[state]
  return status === 'published' ? 'Đã công bố' : 'Bản nháp'
}

/** Logs every publishing transition of public content (who, when, from, to, reason) in the change's transaction. */
export const auditPublication: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
  if (context?.seed === true) return doc
  const key = `${collection.slug}:${doc.id}`
  const reason = String(doc.withdrawnReason ?? '').trim() || undefined
  const wasLive = (liveBefore(req).get(key) ?? previousDoc?._status) === 'published'
  liveBefore(req).delete(key)
  if (draftSaves(req).has(key) && doc._status !== 'published') {
    draftSaves(req).delete(key)
    if (wasLive || req.context?.isRestoringVersion) {
      await recordAudit(req, { collection: collection.slug, id: doc.id, action: req.context?.isRestoringVersion ? 'Khôi phục phiên bản cũ thành bản nháp' : 'Lưu thay đổi chờ phê duyệt', from: stateLabel(previousDoc, wasLive ? 'published' : 'draft'), to: 'Bản nháp chờ phê duyệt' })
    }
    return doc
  }
  const from = operation === 'create' ? '—' : stateLabel(previousDoc, wasLive ? 'published' : 'draft')
  const to = stateLabel(doc)
  let action: string | null = null
  if (req.context?.isRestoringVersion) action = 'Khôi phục phiên bản'
  else if (from !== to) action = operation === 'create' ? 'Tạo mới' : doc._status === 'published' && !wasLive ? 'Công bố' : wasLive && doc._status !== 'published' ? 'Gỡ xuống' : 'Chuyển trạng thái'
  else if (doc._status === 'published') action = 'Công bố bản sửa đổi'
  if (action) await recordAudit(req, { collection: collection.slug, id: doc.id, action, from, to, reason })
  return doc
}

const NOT_COMPARED = new Set(['updatedAt', 'createdAt', 'id'])

/** Returns the top-level values that differ between two versions of a record. */
function changedValues(before: Record<string, unknown> | undefined, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    if (NOT_COMPARED.has(key)) continue
    const a = before?.[key] ?? null
    const b = after[key] ?? null
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { from: a, to: b }
  }
  return changes
}

/** Logs every change of reference data (document types, issuers, fields, holidays) with the values changed. */
export const auditReferenceChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
  if (context?.seed === true) return doc
  const changes = changedValues(operation === 'create' ? undefined : previousDoc, doc)
  if (operation === 'update' && Object.keys(changes).length === 0) return doc
  await recordAudit(req, { collection: collection.slug, id: doc.id, action: operation === 'create' ? 'Thêm mục danh mục' : 'Sửa mục danh mục', changes })
  return doc
}

/** Logs the deletion of a reference-data record, with what it held. */
export const auditReferenceDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  if (context?.seed === true) return doc
  await recordAudit(req, { collection: collection.slug, id: doc.id, action: 'Xóa mục danh mục', changes: changedValues(doc, {}) })
  return doc
}
