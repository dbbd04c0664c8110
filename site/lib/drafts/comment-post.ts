/**
 * The comment form's POST, in layers (Decidim/CONSUL order): read with a size limit → is the
 * draft open → per-IP limit → validate and sanitise → attachment from its content → per-email
 * limit → exact resubmission → store → receipt. Every refusal returns the typed values so the
 * page can show the form again with a Vietnamese error summary; nothing here throws to a 500.
 */
import {
  COMMENT_FORM_FIELDS,
  FORM_ERROR_FIELD,
  SPAM_MESSAGE,
  checkAttachment,
  exactKey,
  rateLimitHeaders,
  rateLimitMessage,
  validateComment,
  type FieldError,
} from '../../../cms/lib/comments'
import { consultationState } from '../../../cms/lib/consultation'
import { AttachmentRejectedError, DuplicateCommentError, draftForComment, type DraftForComment, findDuplicate, storeComment } from '../cms/comment-intake'
import { readForm } from './form-body'
import { deadlineText, windowText } from './labels'
import { commentLimiters } from './limits'
import { publicOrigin } from '../../../cms/lib/public-url'

/** The outcome the page renders. */
export type CommentPostResult =
  | { kind: 'accepted'; code: string; location: string }
  | { kind: 'notFound' }
  | {
      kind: 'rejected'
      status: number
      errors: FieldError[]
      values: Record<string, string>
      headers: Record<string, string>
      /** A file was chosen but browsers cannot refill a file input: ask for it again. */
      fileDropped: boolean
    }

/** What the handler needs from the request. */
export interface CommentPost {
  request: Request
  slug: string
  ip: string
  now?: Date
  /** Name signing the receipt email; the portal's settings when omitted. */
  portalName?: string
}

/** Returns the Vietnamese message for a post to a draft that is not open. */
export function notOpenMessage(draft: Pick<DraftForComment, 'opensAt' | 'closesAt' | 'reportPublishedAt'>, now: Date): string {
  const state = consultationState(draft, now)
  if (state === 'upcoming') return `Dự thảo chưa mở lấy ý kiến (nhận góp ý ${windowText(draft.opensAt, draft.closesAt)}). Góp ý của bạn chưa được tiếp nhận.`
  return `Dự thảo đã hết thời hạn lấy ý kiến (${deadlineText(draft.closesAt)}). Góp ý của bạn không được tiếp nhận; nội dung bạn đã nhập được giữ lại bên dưới.`
}

const typedValues = (fields: Record<string, string>) =>
  Object.fromEntries(COMMENT_FORM_FIELDS.map((name) => [name, String(fields[name] ?? '').normalize('NFC')]))

const minFillMs = () => {
  const n = Number.parseInt(process.env.COMMENT_MIN_FILL_MS ?? '', 10)
  return Number.isInteger(n) && n >= 0 ? n : 3000
}

/** Handles one POST of the comment form for the draft at /du-thao/{slug}. */
export async function handleCommentPost({ request, slug, ip, now = new Date(), portalName }: CommentPost): Promise<CommentPostResult> {
  const draft = await draftForComment(slug)
  if (!draft) return { kind: 'notFound' }
  const read = await readForm(request)
  const fields = read.ok ? read.fields : {}
  const hadFile = read.ok && read.file !== null
  const reject = (status: number, errors: FieldError[], headers: Record<string, string> = {}, values = typedValues(fields)): CommentPostResult => ({
    kind: 'rejected',
    status,
    errors,
    values,
    headers,
    fileDropped: hadFile,
  })
  const formError = (message: string) => [{ field: FORM_ERROR_FIELD, message }]

  if (consultationState(draft, now) !== 'open') return reject(403, formError(notOpenMessage(draft, now)))
  if (!read.ok) {
    return read.reason === 'tooLarge'
      ? reject(413, formError('Nội dung gửi quá lớn: tệp đính kèm tối đa 10 MB. Vui lòng chọn tệp nhỏ hơn rồi gửi lại.'))
      : reject(400, formError('Không đọc được nội dung gửi lên. Vui lòng tải lại trang và thử lại.'))
  }

  const { ip: ipLimiter, email: emailLimiter } = await commentLimiters()
  const ipCheck = await ipLimiter.check(ip)
  if (!ipCheck.allowed) return reject(429, formError(rateLimitMessage(ipCheck.retryAfterSeconds)), rateLimitHeaders(ipCheck))

  const result = validateComment(fields, { articles: draft.articles, now, minFillMs: minFillMs() })
  if (!result.ok && result.spam) return reject(400, formError(SPAM_MESSAGE), {}, result.values)
  const errors: FieldError[] = result.ok ? [] : [...result.errors]
  let file: { name: string; mime: string; bytes: Uint8Array } | null = null
  if (read.file) {
    const check = await checkAttachment(read.file.bytes, read.file.name)
    if (check.ok) file = { name: check.fileName, mime: check.mime, bytes: read.file.bytes }
    else errors.push({ field: 'attachment', message: check.message })
  }
  if (!result.ok || errors.length > 0) return reject(422, errors, {}, result.ok ? typedValues(fields) : result.values)
  const comment = result.value

  const emailCheck = await emailLimiter.check(comment.email)
  if (!emailCheck.allowed) return reject(429, formError(rateLimitMessage(emailCheck.retryAfterSeconds)), rateLimitHeaders(emailCheck))

  // Same person, same draft, same article, same words (ignoring case, accents and spacing);
  // the database's unique index refuses it, so two identical posts at once cannot both pass.
  const key = exactKey(comment.body, `${draft.id}|${comment.email}|${comment.article ?? ''}`)
  const duplicate = (code: string | null) =>
    reject(409, formError(`Góp ý này đã được gửi trước đó${code ? ` (mã ${code})` : ''}; không cần gửi lại. Nếu muốn bổ sung, hãy sửa nội dung rồi gửi.`))

  try {
    // The fragment replaces the form's #gop-y, which browsers would otherwise carry over the redirect.
    const origin = publicOrigin()
    const { code } = await storeComment({ draft, comment, exactKey: key, file, now, origin, portalName })
    return { kind: 'accepted', code, location: `/du-thao/${draft.slug}/da-gui?ma=${encodeURIComponent(code)}#bien-nhan` }
  } catch (err) {
    if (err instanceof DuplicateCommentError) return duplicate(await findDuplicate(key))
    if (err instanceof AttachmentRejectedError) {
      return reject(422, [{ field: 'attachment', message: 'Tệp đính kèm: tệp bị hỏng hoặc không đọc được; vui lòng lưu lại tệp rồi chọn lại.' }])
    }
    console.error('Không lưu được góp ý:', err)
    return reject(503, formError('Hệ thống tạm thời không lưu được góp ý. Nội dung bạn nhập vẫn còn bên dưới; vui lòng gửi lại sau ít phút.'), { 'Retry-After': '60' })
  }
}
