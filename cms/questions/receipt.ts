/**
 * The receipt an asker gets by e-mail: the tracking code, when the question was received, the
 * day the answer is due and where to follow it. Like the comment receipt it repeats nothing they
 * typed, so a mistyped address sends a stranger no personal content.
 */
import type { Payload } from 'payload'

import { escapeHtml } from '../lib/html'
import { formatDateTimeVN, formatDateVN } from '../lib/dates'
import { ANSWER_WORKING_DAYS } from './deadline'

/** What the receipt says. */
export interface QuestionReceiptDetails {
  code: string
  receivedAt: Date
  dueDate: Date | string | null
  /** Absolute URL of the status look-up page. */
  statusUrl: string
  portalName: string
}

/** Returns the subject, plain text and HTML of a question receipt. */
export function questionReceiptMessage(d: QuestionReceiptDetails): { subject: string; text: string; html: string } {
  const subject = `Xác nhận đã nhận câu hỏi ${d.code}`
  const lines = [
    'Cảm ơn ông/bà đã gửi câu hỏi tới cơ quan.',
    '',
    `Mã câu hỏi: ${d.code}`,
    `Thời điểm nhận: ${formatDateTimeVN(d.receivedAt)} (giờ Việt Nam)`,
    ...(d.dueDate ? [`Hạn trả lời: ${formatDateVN(d.dueDate)} (${ANSWER_WORKING_DAYS} ngày làm việc kể từ ngày nhận)`] : []),
    '',
    'Ông/bà có thể tra cứu tình trạng và nội dung trả lời bằng mã câu hỏi và địa chỉ thư điện tử này tại:',
    d.statusUrl,
    '',
    d.portalName,
    'Thư này được gửi tự động, vui lòng không trả lời.',
  ]
  const text = lines.join('\n')
  const html = `<!doctype html><html lang="vi"><body>${lines
    .map((l) => (/^https?:\/\//.test(l) ? `<p><a href="${escapeHtml(l)}">${escapeHtml(l)}</a></p>` : l ? `<p>${escapeHtml(l)}</p>` : ''))
    .join('')}</body></html>`
  return { subject, text, html }
}

/** Sends the receipt; a mail failure is logged, never thrown (the question is already safely stored). */
export async function sendQuestionReceipt(payload: Payload, to: string, details: QuestionReceiptDetails): Promise<void> {
  const message = questionReceiptMessage(details)
  try {
    await payload.sendEmail({ to, subject: message.subject, text: message.text, html: message.html })
  } catch (err) {
    payload.logger.error({ err, msg: `Không gửi được thư xác nhận câu hỏi ${details.code}` })
  }
}
