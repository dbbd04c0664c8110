/**
 * Server-side validation of the public comment form. Every message names its field in
 * Vietnamese so the error summary reads on its own, and the typed values come back so the
 * form can be shown again without the person losing their text.
 */
import {
  STANCE_CODES,
  STANCE_LABELS,
  SUBMITTER_CATEGORY_CODES,
  SUBMITTER_CATEGORY_LABELS,
  isStanceCode,
  isSubmitterCategory,
  type StanceCode,
  type SubmitterCategory,
} from './codes'
import { FORM_START_MAX_AGE_MS, readFormStart } from '../../lib/form-start'
import { sanitizeCommentText, sanitizeSingleLine } from './sanitize'

export { STANCE_LABELS, SUBMITTER_CATEGORY_LABELS, type StanceCode, type SubmitterCategory }

/** Form field names (the `name` attributes) whose typed values are echoed back. */
export const COMMENT_FORM_FIELDS = [
  'fullName',
  'email',
  'phone',
  'organisation',
  'submitterCategory',
  'showName',
  'stance',
  'article',
  'body',
  'consent',
  'notify',
] as const
/** One visible field of the comment form. */
export type CommentFormField = (typeof COMMENT_FORM_FIELDS)[number]

/** Field name used for errors about the whole submission (honeypot, too fast) rather than one field. */
export const FORM_ERROR_FIELD = 'form'

/** Vietnamese label of each field, used in labels and in every error message. */
export const FIELD_LABELS: Readonly<Record<CommentFormField | 'attachment', string>> = Object.freeze({
  fullName: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  organisation: 'Tên cơ quan, tổ chức',
  submitterCategory: 'Đối tượng góp ý',
  showName: 'Công khai họ và tên',
  stance: 'Quan điểm',
  article: 'Điều được góp ý',
  body: 'Nội dung góp ý',
  attachment: 'Tệp đính kèm',
  consent: 'Đồng ý với thông báo về bảo vệ dữ liệu cá nhân',
  notify: 'Nhận thư thông báo về góp ý',
})

/** Stances in form order, each with its code and Vietnamese label. */
export const STANCES: readonly { code: StanceCode; label: string }[] = Object.freeze(
  STANCE_CODES.map((code) => Object.freeze({ code, label: STANCE_LABELS[code] })),
)

/** Submitter categories in form order, each with its code and Vietnamese label. */
export const SUBMITTER_CATEGORIES: readonly { code: SubmitterCategory; label: string }[] = Object.freeze(
  SUBMITTER_CATEGORY_CODES.map((code) => Object.freeze({ code, label: SUBMITTER_CATEGORY_LABELS[code] })),
)

/** Maximum lengths, in characters (Unicode code points). */
export const COMMENT_LIMITS = Object.freeze({ fullName: 200, organisation: 300, email: 254, body: 5000, phoneMin: 8, phoneMax: 20 })

/** A valid comment, normalised: trimmed, NFC, email lower-cased, text sanitised; optional fields null when empty. */
export interface CommentInput {
  fullName: string
  email: string
  phone: string | null
  organisation: string | null
  submitterCategory: SubmitterCategory
  showName: boolean
  stance: StanceCode
  /** Anchor of the article commented on (`dieu-5`), or null for the whole draft. */
  article: string | null
  body: string
  consent: true
  /** Mail me when the comment is published, hidden or answered, and when the report is out (off unless ticked). */
  notify: boolean
}

/** One validation error: the form field it belongs to (or FORM_ERROR_FIELD) and a Vietnamese message. */
export interface FieldError {
  field: string
  message: string
}

/** Result of validateComment. `spam` is set only when the honeypot was filled. */
export type ValidationResult =
  | { ok: true; value: CommentInput }
  | { ok: false; errors: FieldError[]; values: Record<string, string>; spam?: boolean }

/** What validateComment needs to know besides the form: the draft's articles and the clock. */
export interface ValidationContext {
  articles: { anchor: string; label: string }[]
  now: Date
  /** Minimum time between rendering and submitting the form; default 3000 ms. */
  minFillMs?: number
  /** Key that signed the form's start time (cms/lib/form-start.ts); default: the portal's. */
  formKey?: Buffer
}

/** Message shown when the form is submitted faster than a person can fill it. */
export const TOO_FAST_MESSAGE = 'Bạn gửi quá nhanh, vui lòng kiểm tra lại nội dung rồi gửi lại.'
/** Message shown when the form was opened too long ago (the text typed is kept). */
export const STALE_FORM_MESSAGE = 'Biểu mẫu đã mở quá 24 giờ, vui lòng kiểm tra lại nội dung rồi gửi lại.'

/**
 * The fill-time check of a public form: the signed start time (`startedAt`, cms/lib/form-start.ts)
 * missing, altered, in the future or younger than `minFillMs` is "too fast"; older than a day is
 * stale. Both are errors a person fixes by sending again; null when the timing is fine.
 */
export function fillTimeProblem(raw: string | undefined, ctx: { now: Date; minFillMs?: number; formKey?: Buffer }): string | null {
  const startedAt = readFormStart(raw, ctx.formKey)
  if (startedAt === null) return TOO_FAST_MESSAGE
  const elapsed = ctx.now.getTime() - startedAt
  if (elapsed < 0 || elapsed < (ctx.minFillMs ?? 3000)) return TOO_FAST_MESSAGE
  return elapsed > FORM_START_MAX_AGE_MS ? STALE_FORM_MESSAGE : null
}
// Deliberately vague: a bot that filled the honeypot must not learn which check caught it.
/** Neutral message for a submission rejected as automated. */
export const SPAM_MESSAGE = 'Không thể tiếp nhận góp ý này. Vui lòng tải lại trang và thử lại.'

const CHECKED_VALUES = new Set(['on', 'true', '1', 'yes'])
// Practical address syntax (not full RFC 5322): what mail servers and people actually use.
// Domains are ASCII (IDN domains must be typed in punycode, xn--).
const EMAIL_LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i
const EMAIL_DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i
const PHONE = /^[0-9 +\-.()]+$/

/** Returns a count with Vietnamese thousands separators: 5123 → "5.123". */
export function formatCountVN(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

const charCount = (s: string) => [...s].length

/** Returns true when `email` (already trimmed) has a sensible address syntax and length. */
export function isValidEmail(email: string): boolean {
  if (email.length > COMMENT_LIMITS.email) return false
  const at = email.lastIndexOf('@')
  if (at < 1) return false
  const local = email.slice(0, at)
  const domain = email.slice(at + 1)
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) return false
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((l) => EMAIL_DOMAIN_LABEL.test(l))) return false
  const tld = labels[labels.length - 1]!
  return /^[a-z]{2,}$/i.test(tld) || /^xn--[a-z0-9-]+$/i.test(tld)
}

/** What is wrong with a phone number that isValidPhone refuses (after the field's name). */
export const PHONE_PROBLEM = 'không đúng định dạng (8–20 ký tự gồm chữ số, dấu cách và + - . ( ), ví dụ: 024 3825 1234)'

/** Returns the phone number as stored: trimmed, whitespace runs as one space ('' when empty). */
export function normalisePhone(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ')
}

/** Returns true when a normalised phone number has 8–20 characters of digits, spaces and + - . ( ), with at least 8 digits. */
export function isValidPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').length
  return PHONE.test(phone) && phone.length >= COMMENT_LIMITS.phoneMin && phone.length <= COMMENT_LIMITS.phoneMax && digits >= 8
}

/**
 * Validates a submitted comment form. On failure returns every error (in form order, whole-form
 * errors first) and the NFC values as typed; a filled honeypot (`website`) returns spam: true.
 * The signed start time (`startedAt`) is checked by `fillTimeProblem`: an error the person can fix
 * by resubmitting.
 */
export function validateComment(input: Record<string, string | undefined>, ctx: ValidationContext): ValidationResult {
  const typed = (name: string) => (typeof input[name] === 'string' ? input[name]!.normalize('NFC') : '')
  const values: Record<string, string> = {}
  for (const name of COMMENT_FORM_FIELDS) values[name] = typed(name)

  if (typed('website').trim() !== '') {
    return { ok: false, errors: [{ field: FORM_ERROR_FIELD, message: SPAM_MESSAGE }], values, spam: true }
  }

  const errors: FieldError[] = []
  const add = (field: CommentFormField, problem: string) => errors.push({ field, message: `${FIELD_LABELS[field]}: ${problem}` })
  const tooLong = (field: CommentFormField, max: number, actual: number) =>
    add(field, `tối đa ${formatCountVN(max)} ký tự (hiện có ${formatCountVN(actual)})`)

  const timing = fillTimeProblem(typed('startedAt'), ctx)
  if (timing) errors.push({ field: FORM_ERROR_FIELD, message: timing })

  const fullName = sanitizeSingleLine(values.fullName!)
  if (!fullName) add('fullName', 'bắt buộc')
  else if (charCount(fullName) > COMMENT_LIMITS.fullName) tooLong('fullName', COMMENT_LIMITS.fullName, charCount(fullName))

  // Lower-cased because people type the same address with different capitals, and the
  // per-email rate limit and duplicate checks must see one address.
  const email = values.email!.trim().toLowerCase()
  if (!email) add('email', 'bắt buộc')
  else if (charCount(email) > COMMENT_LIMITS.email) tooLong('email', COMMENT_LIMITS.email, charCount(email))
  else if (!isValidEmail(email)) add('email', 'không đúng định dạng (ví dụ: ten@example.vn)')

  const phone = normalisePhone(values.phone!)
  if (phone && !isValidPhone(phone)) add('phone', PHONE_PROBLEM)

  const organisation = sanitizeSingleLine(values.organisation!)
  if (charCount(organisation) > COMMENT_LIMITS.organisation) {
    tooLong('organisation', COMMENT_LIMITS.organisation, charCount(organisation))
  }

  const submitterCategory = values.submitterCategory!.trim()
  if (!submitterCategory) add('submitterCategory', 'bắt buộc')
  else if (!isSubmitterCategory(submitterCategory)) add('submitterCategory', 'lựa chọn không hợp lệ')

  const stance = values.stance!.trim()
  if (!stance) add('stance', 'bắt buộc')
  else if (!isStanceCode(stance)) add('stance', 'lựa chọn không hợp lệ')

  const articleTyped = values.article!.trim()
  let article: string | null = null
  if (articleTyped) {
    const found =
      ctx.articles.find((a) => a.anchor === articleTyped) ??
      ctx.articles.find((a) => a.anchor.toLowerCase() === articleTyped.toLowerCase())
    if (found) article = found.anchor
    else add('article', 'không có trong dự thảo')
  }

  const body = sanitizeCommentText(values.body!)
  if (!body) add('body', 'bắt buộc')
  else if (charCount(body) > COMMENT_LIMITS.body) tooLong('body', COMMENT_LIMITS.body, charCount(body))

  const consent = CHECKED_VALUES.has(values.consent!.trim().toLowerCase())
  if (!consent) add('consent', 'bắt buộc')

  if (errors.length > 0) return { ok: false, errors, values }
  return {
    ok: true,
    value: {
      fullName,
      email,
      phone: phone || null,
      organisation: organisation || null,
      submitterCategory: submitterCategory as SubmitterCategory,
      showName: CHECKED_VALUES.has(values.showName!.trim().toLowerCase()),
      stance: stance as StanceCode,
      article,
      body,
      consent: true,
      notify: CHECKED_VALUES.has(values.notify!.trim().toLowerCase()),
    },
  }
}
