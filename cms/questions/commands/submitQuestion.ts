/**
 * submitQuestion: a citizen's question (hỏi – đáp), in the same layers as a comment: per-IP limit
 * → validate and sanitise → attachment from its content → per-email limit → store → receipt.
 * Every refusal returns the typed values so the page can show the form again with a Vietnamese
 * error summary; nothing here throws to a 500.
 *
 * The question is created through Payload (the collection's access rule admits only this
 * command; its hook numbers it and gives it its due day). An exact resubmission is refused by the
 * unique index on exactKey, not by a query first. The receipt e-mail follows once the row is
 * committed, without delaying the answer.
 */
import { unlink } from 'node:fs/promises'
import { join } from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { readBack } from '../../read-back'
import { commandContext } from '../../consultation/access'
import type { SubmittedForm } from '../../consultation/commands/submitComment'
import { checkAttachment } from '../../consultation/comments/file-check'
import { rateLimitHeaders, rateLimitMessage } from '../../consultation/comments/rate-limit'
import { receiptSignature } from '../../consultation/comments/receipt'
import { forgetTrackingSequence } from '../../consultation/comments/sequence'
import { SUBMITTED_AT, trackingYear } from '../../consultation/comments/stamp-submission'
import { questionStatusPath } from '../../lib/paths'
import { QUESTION_SEQUENCE, questionExactKey } from '../codes'
import { questionLimiters } from '../limits'
import { sendQuestionReceipt } from '../receipt'
import { FORM_ERROR_FIELD, QUESTION_SPAM_MESSAGE, type FieldError, type QuestionInput, typedQuestionValues, validateQuestion } from '../validate'

export type { SubmittedForm }

/** One submission of the question form. */
export interface SubmitQuestionInput {
  /** Reads the posted form. */
  readForm: () => Promise<SubmittedForm>
  /** The client's address, for the per-IP limit. */
  ip: string
  now?: Date
  /** Absolute origin of the site, for the link in the receipt. */
  origin: string
  /** Name signing the receipt e-mail; the portal's settings when omitted. */
  portalName?: string
}

/** What became of the submission. */
export type SubmitQuestionResult =
  | { kind: 'accepted'; code: string }
  | {
      kind: 'rejected'
      status: number
      errors: FieldError[]
      values: Record<string, string>
      headers: Record<string, string>
      /** A file was chosen but browsers cannot refill a file input: ask for it again. */
      fileDropped: boolean
    }

const minFillMs = () => {
  const n = Number.parseInt(process.env.COMMENT_MIN_FILL_MS ?? '', 10)
  return Number.isInteger(n) && n >= 0 ? n : 3000
}

/** Returns the ids of the fields of law a question may be filed under. */
export async function questionFieldIds(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'fields', depth: 0, pagination: false, select: { name: true }, overrideAccess: false })
  return docs.map((f) => String(f.id))
}

/** Submits one question; see the module comment for the layers. */
export async function submitQuestion(payload: Payload, input: SubmitQuestionInput): Promise<SubmitQuestionResult> {
  const { ip, now = new Date() } = input
  const form = await input.readForm()
  const fields = form.ok || form.reason === 'tooLarge' ? form.fields : {}
  const hadFile = (form.ok && form.file !== null) || (!form.ok && form.reason === 'tooLarge')
  const reject = (status: number, errors: FieldError[], headers: Record<string, string> = {}, values = typedQuestionValues(fields)): SubmitQuestionResult => ({
    kind: 'rejected',
    status,
    errors,
    values,
    headers,
    fileDropped: hadFile,
  })
  const formError = (message: string) => [{ field: FORM_ERROR_FIELD, message }]

  if (!form.ok) {
    return form.reason === 'tooLarge'
      ? reject(413, [{ field: 'attachment', message: 'Tệp đính kèm: tệp lớn hơn 10 MB nên chưa được nhận. Nội dung câu hỏi của bạn vẫn còn bên dưới; hãy chọn tệp nhỏ hơn (hoặc bỏ tệp) rồi gửi lại.' }])
      : reject(400, formError('Không đọc được nội dung gửi lên. Vui lòng tải lại trang và thử lại.'))
  }

  const limiters = questionLimiters(payload)
  const ipCheck = await limiters.ip.check(ip)
  if (!ipCheck.allowed) return reject(429, formError(rateLimitMessage(ipCheck.retryAfterSeconds)), rateLimitHeaders(ipCheck))

  const result = validateQuestion(fields, { fieldIds: await questionFieldIds(payload), now, minFillMs: minFillMs() })
  if (!result.ok && result.spam) return reject(400, formError(QUESTION_SPAM_MESSAGE), {}, result.values)
  const errors: FieldError[] = result.ok ? [] : [...result.errors]
  let file: Attachment | null = null
  if (form.file) {
    const check = await checkAttachment(form.file.bytes, form.file.name)
    if (check.ok) file = { name: check.fileName, mime: check.mime, bytes: form.file.bytes }
    else errors.push({ field: 'attachment', message: check.message })
  }
  if (!result.ok || errors.length > 0) return reject(422, errors, {}, result.ok ? typedQuestionValues(fields) : result.values)
  const question = result.value

  const emailCheck = await limiters.email.check(question.email)
  if (!emailCheck.allowed) return reject(429, formError(rateLimitMessage(emailCheck.retryAfterSeconds)), rateLimitHeaders(emailCheck))

  try {
    const stored = await store(payload, question, file, now)
    void sendQuestionReceipt(payload, question.email, {
      code: stored.code,
      receivedAt: now,
      dueDate: stored.dueDate,
      statusUrl: `${input.origin}${questionStatusPath(stored.code)}`,
      portalName: input.portalName ?? (await receiptSignature(payload)),
    })
    return { kind: 'accepted', code: stored.code }
  } catch (err) {
    if (err instanceof DuplicateQuestionError) {
      const code = await findDuplicate(payload, questionExactKey(question))
      return reject(409, formError(`Câu hỏi này đã được gửi trước đó${code ? ` (mã ${code})` : ''}; không cần gửi lại. Bạn có thể tra cứu câu hỏi bằng mã và thư điện tử.`))
    }
    if (err instanceof AttachmentRejectedError) {
      return reject(422, [{ field: 'attachment', message: 'Tệp đính kèm: tệp bị hỏng hoặc không đọc được; vui lòng lưu lại tệp rồi chọn lại.' }])
    }
    console.error('Không lưu được câu hỏi:', err)
    return reject(503, formError('Hệ thống tạm thời không lưu được câu hỏi. Nội dung bạn nhập vẫn còn bên dưới; vui lòng gửi lại sau ít phút.'), { 'Retry-After': '60' })
  }
}

interface Attachment {
  name: string
  mime: string
  bytes: Uint8Array
}

/** The upload store refused the attachment (e.g. a PDF without its cross-reference table). */
class AttachmentRejectedError extends Error {}

/** The database refused a second question with the same duplicate key (two identical posts at once). */
class DuplicateQuestionError extends Error {}

const errorPath = (err: unknown): string => String((err as { data?: { errors?: { path?: string }[] } })?.data?.errors?.[0]?.path ?? '')

/** Returns the tracking code of an earlier question with the same duplicate key, or null. */
async function findDuplicate(payload: Payload, key: string): Promise<string | null> {
  // Internal lookup by a hash the public can never read (overrideAccess, one field selected).
  const { docs } = await payload.find({ collection: 'questions', where: { exactKey: { equals: key } }, limit: 1, depth: 0, select: { trackingCode: true }, overrideAccess: true })
  return docs[0]?.trackingCode ?? null
}

// The fields the intake reads back: Payload's create would otherwise re-read the whole row.
const READ = { trackingCode: true, dueDate: true } as const

/**
 * Creates the question (and its attachment, in one transaction) and returns its tracking code
 * once committed: the receipt must never name a question a crash could lose.
 */
async function store(payload: Payload, q: QuestionInput, file: Attachment | null, now: Date): Promise<{ code: string; dueDate: string | null }> {
  const year = trackingYear(now)
  const context = commandContext('submitQuestion', { [SUBMITTED_AT]: now, ...readBack('questions', READ) })
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
        collection: 'questions',
        data: {
          title: q.title,
          body: q.body,
          // Ids come from the form as text; SQL adapters number them.
          field: q.field !== null && payload.db.defaultIDType === 'number' ? Number(q.field) : q.field,
          askerName: q.fullName,
          email: q.email,
          phone: q.phone,
          allowPublication: q.allowPublication,
          attachment,
        } as never,
        req,
        overrideAccess: false,
        depth: 0,
        select: READ,
        disableTransaction: !began,
      })
      if (began) await commitTransaction(req)
      return { code: doc.trackingCode, dueDate: doc.dueDate ?? null }
    } catch (err) {
      if (began) await killTransaction(req)
      // The file was written before the rows that were rolled back: it is personal data, remove it.
      if (storedFile) await unlink(join(String(payload.collections['question-files'].config.upload.staticDir), storedFile)).catch(() => undefined)
      const path = errorPath(err)
      if (/exact/i.test(path)) throw new DuplicateQuestionError(path)
      // Another process took this number: read the position again and retry a few times.
      if (/tracking/i.test(path) && attempt < 5) {
        forgetTrackingSequence(payload, year, QUESTION_SEQUENCE)
        continue
      }
      throw err
    }
  }
}

async function storeAttachment(payload: Payload, req: PayloadRequest, file: Attachment): Promise<{ id: number | string; filename: string | null }> {
  const stored = await payload
    .create({
      collection: 'question-files',
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
