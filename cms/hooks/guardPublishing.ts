import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isIn, publishers } from '../access/policy'

/** Editors prepare content; only approvers and administrators publish it (collections without a workflow field). */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, req }) => {
  // A restore's data is the old version as it was; guardPublication has already ruled on the restore.
  if (req.context?.isRestoringVersion) return data
  if (data?._status === 'published' && req.user && !isIn(req.user, publishers)) {
    throw new APIError('Biên tập viên không có quyền xuất bản. Hãy lưu bản nháp và gửi người phê duyệt.', 403, undefined, true)
  }
  return data
}
