import { publishers, writers, type RoleGroup } from '../access/policy'

/**
 * The publishing workflow of a legal document, declared in one place (drawn in docs/workflow.md):
 * draft → in review → published → withdrawn. Editors prepare and submit; approvers publish,
 * return, withdraw (with a reason) and restore.
 */
export const WORKFLOW_STATES = ['draft', 'inReview', 'published', 'withdrawn'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** Vietnamese labels for the admin and public pages. */
export const WORKFLOW_LABELS: Record<WorkflowState, string> = {
  draft: 'Bản nháp',
  inReview: 'Chờ phê duyệt',
  published: 'Đã công bố',
  withdrawn: 'Đã gỡ bỏ',
}

interface Transition {
  from: WorkflowState
  to: WorkflowState
  roles: RoleGroup
  label: string
}

/** Every allowed transition, with who may make it. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'inReview', roles: writers, label: 'Gửi phê duyệt' },
  { from: 'inReview', to: 'draft', roles: writers, label: 'Trả lại / rút về nháp' },
  { from: 'inReview', to: 'published', roles: publishers, label: 'Phê duyệt và công bố' },
  { from: 'draft', to: 'published', roles: publishers, label: 'Công bố' },
  { from: 'published', to: 'withdrawn', roles: publishers, label: 'Gỡ bỏ (nêu lý do)' },
  { from: 'withdrawn', to: 'published', roles: publishers, label: 'Khôi phục' },
]

/**
 * Returns whether `role` may move a document from `from` to `to`. Staying in the same state is
 * always allowed; `role` null means the system itself (scheduled publishing, seeding, import).
 */
export function canTransition(from: WorkflowState, to: WorkflowState, role: string | null): boolean {
  if (from === to) return true
  const t = TRANSITIONS.find((x) => x.from === from && x.to === to)
  if (!t) return false
  return role === null || (t.roles as readonly string[]).includes(role)
}

/** Returns whether the state is visible to the public (withdrawn documents show a notice, not their text). */
export function isPublicState(state: WorkflowState): boolean {
  return state === 'published' || state === 'withdrawn'
}
