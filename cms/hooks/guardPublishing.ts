import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../access/roles'

/** Editors prepare content; only approvers and administrators publish it (collections without a workflow field). */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data?._status === 'published' && req.user && !hasRole(req.user, 'admin', 'approver')) {
    throw new APIError('Biên tập viên không có quyền xuất bản. Hãy lưu bản nháp và gửi người phê duyệt.', 403, undefined, true)
  }
  return data
}
