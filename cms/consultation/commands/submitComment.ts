/**
 * submitComment: a public comment on an open draft, in layers (Decidim/CONSUL order): is the
 * draft open → per-IP limit → validate and sanitise → attachment from its content → per-email
 * limit → store → receipt. Every refusal returns the typed values so the page can show the
 * form again with a Vietnamese error summary; nothing here throws to a 500.
 *
 * The comment is created through Payload (the collection's access rule admits only this
 * command; its fields validate; its hook numbers it and derives its keys). An exact
 * resubmission is refused by the unique index on exactKey, not by a query first. Grouping and
 * the receipt follow once the row is committed, without delaying the answer.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { unlink } from 'node:fs/promises'
import { join } from 'node:path'

import { readBack } from '../../read-back'
import { commandContext } from '../access'
import { checkAttachment } from '../comments/file-check'
import { scheduleGrouping } from '../comments/grouping'
import { commentLimiters } from '../comments/limits'
import { rateLimitHeaders, rateLimitMessage } from '../comments/rate-limit'
import { receiptSignature, sendReceipt } from '../comments/receipt'
import { forgetTrackingSequence } from '../comments/sequence'
import { commentExactKey, SUBMITTED_AT, trackingYear } from '../comments/stamp-submission'
import { COMMENT_FORM_FIELDS, FORM_ERROR_FIELD, SPAM_MESSAGE, validateComment, type CommentInput, type FieldError } from '../comments/validate'
import { draftForComment, type DraftForComment } from '../drafts/open-draft'
import { deadlineText, windowText } from '../labels'
import { consultationState } from '../state'
import { commentStatusPath, draftPath } from '../../lib/paths'

/** The comment form as the site read it: its text fields and file, or why it could not be read. */
export type SubmittedForm =
  | { ok: true; fields: Record<string, string>; file: { name: string; type: string; bytes: Uint8Array } | null }
  | { ok: false; reason: 'unreadable' }
  /** The file was over the limit; the text fields were still read (they are given back to the person). */
  | { ok: false; reason: 'tooLarge'; fields: Record<string, string> }

/** One submission of the comment form for the draft at /du-thao/{slug}. */
export interface SubmitCommentInput {
  slug: string
  /** Reads the posted form (called once the draft is known: an unknown draft's body is never read). */
  readForm: () => Promise<SubmittedForm>
  /** The client's address, for the per-IP limit. */
  ip: string
  now?: Date
  /** Absolute origin of the site, for links in the receipt. */
  origin: string
  /** Name signing the receipt email; the portal's settings when omitted. */
  portalName?: string
}

/** What became of the submission. */
export type SubmitCommentResult =
  | { kind: 'accepted'; code: string; draftSlug: string }
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

/** Submits one comment; see the module comment for the layers. */
export async function submitComment(payload: Payload, input: SubmitCommentInput): Promise<SubmitCommentResult> {
  const { ip, now = new Date() } = input
  const draft = await draftForComment(payload, input.slug)
  if (!draft) return { kind: 'notFound' }
  const form = await input.readForm()
  const fields = form.ok || form.reason === 'tooLarge' ? form.fields : {}
  const hadFile = (form.ok && form.file !== null) || (!form.ok && form.reason === 'tooLarge')
  const reject = (status: number, errors: FieldError[], headers: Record<string, string> = {}, values = typedValues(fields)): SubmitCommentResult => ({
    kind: 'rejected',
    status,
    errors,
    values,
    headers,
    fileDropped: hadFile,
  })
  const formError = (message: string) => [{ field: FORM_ERROR_FIELD, message }]

  if (consultationState(draft, now) !== 'open') return reject(403, formError(notOpenMessage(draft, now)))
  if (!form.ok) {
    return form.reason === 'tooLarge'
      ? reject(413, [{ field: 'attachment', message: 'Tệp đính kèm: tệp lớn hơn 10 MB nên chưa được nhận. Nội dung góp ý của bạn vẫn còn bên dưới; hãy chọn tệp nhỏ hơn (hoặc bỏ tệp) rồi gửi lại.' }])
      : reject(400, formError('Không đọc được nội dung gửi lên. Vui lòng tải lại trang và thử lại.'))
  }

  const { ip: ipLimiter, email: emailLimiter } = commentLimiters(payload)
  const ipCheck = await ipLimiter.check(ip)
  if (!ipCheck.allowed) return reject(429, formError(rateLimitMessage(ipCheck.retryAfterSeconds)), rateLimitHeaders(ipCheck))

  const result = validateComment(fields, { articles: draft.articles, now, minFillMs: minFillMs() })
  if (!result.ok && result.spam) return reject(400, formError(SPAM_MESSAGE), {}, result.values)
  const errors: FieldError[] = result.ok ? [] : [...result.errors]
  let file: Attachment | null = null
  if (form.file) {
    const check = await checkAttachment(form.file.bytes, form.file.name)
    if (check.ok) file = { name: check.fileName, mime: check.mime, bytes: form.file.bytes }
    else errors.push({ field: 'attachment', message: check.message })
  }
  if (!result.ok || errors.length > 0) return reject(422, errors, {}, result.ok ? typedValues(fields) : result.values)
  const comment = result.value

  const emailCheck = await emailLimiter.check(comment.email)
  if (!emailCheck.allowed) return reject(429, formError(rateLimitMessage(emailCheck.retryAfterSeconds)), rateLimitHeaders(emailCheck))

  try {
    const stored = await store(payload, draft, comment, file, now)
    scheduleGrouping(payload, { draftId: draft.id, code: stored.code, body: comment.body, simhash: stored.simhash, email: comment.email })
    void sendCommentReceipt(payload, comment.email, stored.code, draft, stored.articleLabel, now, input.origin, input.portalName)
    return { kind: 'accepted', code: stored.code, draftSlug: draft.slug }
  } catch (err) {
    if (err instanceof DuplicateCommentError) {
      // Same person, same draft, same article, same words (ignoring case, accents and spacing).
      const code = await findDuplicate(payload, commentExactKey({ body: comment.body, draft: draft.id, email: comment.email, article: comment.article }))
      return reject(409, formError(`Góp ý này đã được gửi trước đó${code ? ` (mã ${code})` : ''}; không cần gửi lại. Nếu muốn bổ sung, hãy sửa nội dung rồi gửi.`))
    }
    if (err instanceof AttachmentRejectedError) {
      return reject(422, [{ field: 'attachment', message: 'Tệp đính kèm: tệp bị hỏng hoặc không đọc được; vui lòng lưu lại tệp rồi chọn lại.' }])
    }
    console.error('Không lưu được góp ý:', err)
    return reject(503, formError('Hệ thống tạm thời không lưu được góp ý. Nội dung bạn nhập vẫn còn bên dưới; vui lòng gửi lại sau ít phút.'), { 'Retry-After': '60' })
  }
}

interface Attachment {
  name: string
  mime: string
  bytes: Uint8Array
}

/** The upload store refused the attachment (e.g. a PDF without its cross-reference table). */
class AttachmentRejectedError extends Error {}

/** The database refused a second comment with the same duplicate key (two identical posts at once). */
class DuplicateCommentError extends Error {}

const errorPath = (err: unknown): string =>
  String((err as { data?: { errors?: { path?: string }[] } })?.data?.errors?.[0]?.path ?? '')

/** Returns the tracking code of an earlier comment with the same duplicate key, or null. */
async function findDuplicate(payload: Payload, key: string): Promise<string | null> {
  // Internal lookup by a hash the public can never read (overrideAccess, one field selected).
  const { docs } = await payload.find({ collection: 'comments', where: { exactKey: { equals: key } }, limit: 1, depth: 0, select: { trackingCode: true }, overrideAccess: true })
  return docs[0]?.trackingCode ?? null
}

// The fields the intake reads back: Payload's create would otherwise re-read the whole row.
const READ = { trackingCode: true, status: true, simhash: true } as const

/**
 * Creates the comment (and its attachment) and returns its tracking code once committed: the
 * receipt must never name a comment a crash could lose. With an attachment both rows are one
 * transaction. Without one the comment is a single row: Payload's pipeline then runs outside
 * the write lock and the row gets a transaction of its own (a pending comment's hooks write
 * nothing else), so a campaign's submissions do not queue behind each other's validation.
 */
async function store(payload: Payload, draft: DraftForComment, comment: CommentInput, file: Attachment | null, now: Date) {
  const year = trackingYear(now)
  const articleLabel = comment.article ? (draft.articles.find((a) => a.anchor === comment.article)?.label ?? comment.article) : null
  const context = commandContext('submitComment', { [SUBMITTED_AT]: now, ...readBack('comments', READ) })
  for (let attempt = 0; ; attempt++) {
    const req = await createLocalReq({ context }, payload)
    const began = file ? await initTransaction(req) : false
    let storedFile: string | null = null
    try {
      let attachment: number | string | null = null
      if (file) {
        const saved = await storeAttachment(payload, req, file)
        attachment = saved.id
        storedFile = saved.filename
      }
      const doc = await payload.create({
        collection: 'comments',
        data: {
          draft: draft.id as number,
          draftVersion: draft.version,
          article: comment.article,
          articleLabel,
          fullName: comment.fullName,
          email: comment.email,
          phone: comment.phone,
          organisation: comment.organisation,
          submitterCategory: comment.submitterCategory,
          showName: comment.showName,
          notify: comment.notify,
          stance: comment.stance,
          body: comment.body,
          attachment: attachment as number | null,
        } as never,
        req,
        overrideAccess: false,
        depth: 0,
        select: READ,
        disableTransaction: !began,
      })
      if (began) await commitTransaction(req)
      return { code: doc.trackingCode, simhash: doc.simhash ?? '', articleLabel }
    } catch (err) {
      if (began) await killTransaction(req)
      // The file was written before the rows that were rolled back: it is personal data, remove it.
      if (storedFile) await unlink(join(String(payload.collections['comment-files'].config.upload.staticDir), storedFile)).catch(() => undefined)
      const path = errorPath(err)
      if (/exact/i.test(path)) throw new DuplicateCommentError(path)
      // Another process took this number: read the position again and retry a few times.
      if (/tracking/i.test(path) && attempt < 5) {
        forgetTrackingSequence(payload, year)
        continue
      }
      throw err
    }
  }
}

async function storeAttachment(payload: Payload, req: PayloadRequest, file: Attachment): Promise<{ id: number | string; filename: string | null }> {
  const stored = await payload
    .create({
      collection: 'comment-files',
      data: {},
      file: { data: Buffer.from(file.bytes), mimetype: file.mime, name: file.name, size: file.bytes.length },
      req,
      overrideAccess: false,
      depth: 0,
    })
    .catch((err: unknown) => {
      if (errorPath(err) === 'file') throw new AttachmentRejectedError(String((err as Error).message))
      throw err
    })
  return { id: stored.id, filename: stored.filename ?? null }
}

async function sendCommentReceipt(payload: Payload, to: string, code: string, draft: DraftForComment, articleLabel: string | null, submittedAt: Date, origin: string, portalName?: string) {
  await sendReceipt(payload, to, {
    code,
    draftTitle: draft.title,
    draftUrl: `${origin}${draftPath(draft.slug)}`,
    statusUrl: `${origin}${commentStatusPath(code)}`,
    articleLabel,
    submittedAt,
    portalName: portalName ?? (await receiptSignature(payload)),
  })
}
