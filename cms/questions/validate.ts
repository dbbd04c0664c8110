/**
 * Server-side validation of the public question form (/hoi-dap/gui-cau-hoi). As for comments,
 * every message names its field in Vietnamese and the typed values come back, so the form can
 * be shown again without the person losing their text.
 */
import { formatCountVN, isValidEmail, isValidPhone, normalisePhone, PHONE_PROBLEM, fillTimeProblem, type FieldError } from '../consultation/comments/validate'
import { sanitizeCommentText, sanitizeSingleLine } from '../consultation/comments/sanitize'

export type { FieldError }

/** Form field names (the `name` attributes) whose typed values are echoed back. */
export const QUESTION_FORM_FIELDS = ['title', 'body', 'field', 'fullName', 'email', 'phone', 'allowPublication', 'consent'] as const
/** One visible field of the question form. */
export type QuestionFormField = (typeof QUESTION_FORM_FIELDS)[number]

/** Field name used for errors about the whole submission (honeypot, too fast, limits). */
export const FORM_ERROR_FIELD = 'form'

/** Vietnamese label of each field, used in labels and in every error message. */
export const QUESTION_FIELD_LABELS: Readonly<Record<QuestionFormField | 'attachment', string>> = Object.freeze({
  title: 'Tiêu đề câu hỏi',
  body: 'Nội dung câu hỏi',
  field: 'Lĩnh vực',
  fullName: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  allowPublication: 'Đồng ý công khai câu hỏi và câu trả lời',
  attachment: 'Tệp đính kèm',
  consent: 'Đồng ý với thông báo về xử lý dữ liệu cá nhân',
})

/** Maximum lengths, in characters (Unicode code points). */
export const QUESTION_LIMITS = Object.freeze({ title: 200, body: 5000, fullName: 200, email: 254 })

// Deliberately vague: a bot that filled the honeypot must not learn which check caught it.
/** Neutral message for a submission rejected as automated. */
export const QUESTION_SPAM_MESSAGE = 'Không thể tiếp nhận câu hỏi này. Vui lòng tải lại trang và thử lại.'

/** A valid question, normalised: trimmed, NFC, email lower-cased, text sanitised; optional fields null when empty. */
export interface QuestionInput {
  title: string
  body: string
  /** Id of the chosen field of law (lĩnh vực), or null ("không rõ"). */
  field: string | null
  fullName: string
  email: string
  phone: string | null
  allowPublication: boolean
  consent: true
}

/** Result of validateQuestion. `spam` is set only when the honeypot was filled. */
export type QuestionValidation =
  | { ok: true; value: QuestionInput }
  | { ok: false; errors: FieldError[]; values: Record<string, string>; spam?: boolean }

/** What validateQuestion needs besides the form: the fields of law offered and the clock. */
export interface QuestionValidationContext {
  fieldIds: readonly string[]
  now: Date
  /** Minimum time between rendering and submitting the form; default 3000 ms. */
  minFillMs?: number
  /** Key that signed the form's start time (cms/lib/form-start.ts); default: the portal's. */
  formKey?: Buffer
}

const CHECKED = new Set(['on', 'true', '1', 'yes'])
const charCount = (s: string) => [...s].length

/** Returns the typed values of the form fields, NFC ('' for missing ones). */
export function typedQuestionValues(input: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(QUESTION_FORM_FIELDS.map((name) => [name, typeof input[name] === 'string' ? input[name]!.normalize('NFC') : '']))
}

/**
 * Validates a submitted question form. On failure returns every error (whole-form errors first,
 * then in form order) and the NFC values as typed; a filled honeypot (`website`) returns spam.
 * The signed start time (`startedAt`) is checked by `fillTimeProblem`: an error the person can fix
 * by sending again.
 */
export function validateQuestion(input: Record<string, string | undefined>, ctx: QuestionValidationContext): QuestionValidation {
  const values = typedQuestionValues(input)
  const raw = (name: string) => (typeof input[name] === 'string' ? input[name]!.normalize('NFC') : '')
  if (raw('website').trim() !== '') return { ok: false, errors: [{ field: FORM_ERROR_FIELD, message: QUESTION_SPAM_MESSAGE }], values, spam: true }

  const errors: FieldError[] = []
  const add = (field: QuestionFormField, problem: string) => errors.push({ field, message: `${QUESTION_FIELD_LABELS[field]}: ${problem}` })
  const tooLong = (field: QuestionFormField, max: number, actual: number) => add(field, `tối đa ${formatCountVN(max)} ký tự (hiện có ${formatCountVN(actual)})`)

  const timing = fillTimeProblem(raw('startedAt'), ctx)
  if (timing) errors.push({ field: FORM_ERROR_FIELD, message: timing })

  const title = sanitizeSingleLine(values.title!)
  if (!title) add('title', 'bắt buộc')
  else if (charCount(title) > QUESTION_LIMITS.title) tooLong('title', QUESTION_LIMITS.title, charCount(title))

  const body = sanitizeCommentText(values.body!)
  if (!body) add('body', 'bắt buộc')
  else if (charCount(body) > QUESTION_LIMITS.body) tooLong('body', QUESTION_LIMITS.body, charCount(body))

  const fieldTyped = values.field!.trim()
  const field = fieldTyped ? (ctx.fieldIds.find((id) => id === fieldTyped) ?? null) : null
  if (fieldTyped && !field) add('field', 'lựa chọn không hợp lệ')

  const fullName = sanitizeSingleLine(values.fullName!)
  if (!fullName) add('fullName', 'bắt buộc')
  else if (charCount(fullName) > QUESTION_LIMITS.fullName) tooLong('fullName', QUESTION_LIMITS.fullName, charCount(fullName))

  // Lower-cased: the per-email limit, the duplicate check and the status look-up see one address.
  const email = values.email!.trim().toLowerCase()
  if (!email) add('email', 'bắt buộc')
  else if (charCount(email) > QUESTION_LIMITS.email) tooLong('email', QUESTION_LIMITS.email, charCount(email))
  else if (!isValidEmail(email)) add('email', 'không đúng định dạng (ví dụ: ten@example.vn)')

  const phone = normalisePhone(values.phone!)
  if (phone && !isValidPhone(phone)) add('phone', PHONE_PROBLEM)

  if (!CHECKED.has(values.consent!.trim().toLowerCase())) add('consent', 'bắt buộc')

  if (errors.length > 0) return { ok: false, errors, values }
  return {
    ok: true,
    value: { title, body, field, fullName, email, phone: phone || null, allowPublication: CHECKED.has(values.allowPublication!.trim().toLowerCase()), consent: true },
  }
}
