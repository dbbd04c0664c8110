/**
 * The life of a citizen's question (hỏi – đáp, Decree 43/2011 Art 15.2), declared in one place:
 * received → assigned → answered → published, or declined with a reason told to the asker. The
 * collection's hook (cms/collections/Questions/hooks/applyTransition.ts) enforces this table at
 * every door; the pure functions here say what is wrong, in Vietnamese, naming the field.
 */

/** Question states, in workflow order. */
export const QUESTION_STATUSES = ['received', 'assigned', 'answered', 'published', 'declined'] as const
/** A question's state. */
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

/** Vietnamese label of each state (admin, status look-up, statistics). */
export const QUESTION_STATUS_LABELS: Readonly<Record<QuestionStatus, string>> = Object.freeze({
  received: 'Đã tiếp nhận',
  assigned: 'Đã giao xử lý',
  answered: 'Đã trả lời',
  published: 'Đã trả lời và công khai',
  declined: 'Từ chối trả lời',
})

/** States in which the question still waits for its answer (the deadline runs). */
export const OPEN_STATUSES: readonly QuestionStatus[] = ['received', 'assigned']

/**
 * Where each state may go. Publishing straight from received/assigned is allowed when the save
 * carries the answer (it is then answered and published at once); a published question goes
 * back to answered when taken down; a declined one may be reopened.
 */
export const QUESTION_TRANSITIONS: Readonly<Record<QuestionStatus, readonly QuestionStatus[]>> = Object.freeze({
  received: ['assigned', 'answered', 'published', 'declined'],
  assigned: ['received', 'answered', 'published', 'declined'],
  answered: ['assigned', 'published'],
  published: ['answered'],
  declined: ['received', 'assigned'],
})

/** Returns true when `value` is a known state. */
export function isQuestionStatus(value: unknown): value is QuestionStatus {
  return typeof value === 'string' && (QUESTION_STATUSES as readonly string[]).includes(value)
}

/** A question as the rules see it (the stored document merged with the change being saved). */
export interface QuestionState {
  status: QuestionStatus
  answer?: string | null
  allowPublication?: boolean | null
  declineReason?: string | null
  assignedTo?: unknown
  assignedUnit?: unknown
}

/** One problem with a change: the field it concerns and the Vietnamese message shown beside it. */
export interface TransitionProblem {
  path: string
  message: string
}

const filled = (v: unknown) => typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined && v !== ''

/**
 * Returns why the question cannot go from `from` to `next.status` with these values ([] when it
 * can). Who may make the change is checked apart (`needsModerator`).
 */
export function transitionProblems(from: QuestionStatus, next: QuestionState): TransitionProblem[] {
  const to = next.status
  const problems: TransitionProblem[] = []
  if (from !== to && !QUESTION_TRANSITIONS[from].includes(to)) {
    problems.push({ path: 'status', message: `Trạng thái: không thể chuyển từ «${QUESTION_STATUS_LABELS[from]}» sang «${QUESTION_STATUS_LABELS[to]}».` })
    return problems
  }
  if (to === 'assigned' && !filled(next.assignedTo) && !filled(next.assignedUnit)) {
    problems.push({ path: 'assignedTo', message: 'Người được giao: cần chọn người hoặc đơn vị được giao trả lời câu hỏi.' })
  }
  if ((to === 'answered' || to === 'published') && !filled(next.answer)) {
    problems.push({ path: 'answer', message: `Nội dung trả lời: bắt buộc trước khi chuyển sang «${QUESTION_STATUS_LABELS[to]}».` })
  }
  if (to === 'published' && from !== 'published' && next.allowPublication !== true) {
    problems.push({ path: 'status', message: 'Trạng thái: người hỏi không đồng ý công khai câu hỏi này; chỉ trả lời riêng cho người hỏi (trạng thái «Đã trả lời»).' })
  }
  if (to === 'declined' && !filled(next.declineReason)) {
    problems.push({ path: 'declineReason', message: 'Lý do từ chối: bắt buộc; lý do được báo cho người hỏi khi tra cứu câu hỏi.' })
  }
  return problems
}

/**
 * Returns true when the change needs someone of the publishing group (moderators): putting an
 * answer in front of the public, taking it down, changing a published answer, declining a
 * question or reopening a declined one.
 */
export function needsModerator(from: QuestionStatus, to: QuestionStatus, answerChanged: boolean): boolean {
  if (to === 'published' || from === 'published') return from !== to || answerChanged
  return to === 'declined' ? from !== 'declined' : from === 'declined'
}

/** The message for a change only the publishing group may make. */
export const MODERATOR_ONLY_MESSAGE =
  'Trạng thái: chỉ người kiểm duyệt, người phê duyệt hoặc quản trị viên được công khai, gỡ công khai, sửa câu trả lời đã công khai, từ chối hoặc mở lại câu hỏi.'
