/**
 * The receipt a commenter gets by email: the tracking code, what they commented on, and where
 * to follow its status. It repeats nothing they typed except the article, so a mistyped
 * address sends a stranger no personal content.
 */
import type { Payload } from 'payload'

import { escapeHtml } from '../../lib/html'
import { contentVersion } from '../../hooks/contentEvents'
import { formatDateTimeVN } from '../../lib/dates'

/** What the receipt says. */
export interface ReceiptDetails {
  code: string
  draftTitle: string
  /** Absolute URL of the draft page. */
  draftUrl: string
  /** Absolute URL of the status lookup page. */
  statusUrl: string
  articleLabel: string | null
  submittedAt: Date
  portalName: string
}

/** Returns the subject, plain text and HTML of a receipt. */
export function receiptMessage(d: ReceiptDetails): { subject: string; text: string; html: string } {
  const subject = `Xác nhận đã nhận góp ý ${d.code}`
  const lines = [
    'Cảm ơn ông/bà đã góp ý dự thảo.',
    '',
    `Mã góp ý: ${d.code}`,
    `Dự thảo: ${d.draftTitle}`,
    `Góp ý về: ${d.articleLabel ?? 'Toàn bộ dự thảo'}`,
    `Thời điểm nhận: ${formatDateTimeVN(d.submittedAt)} (giờ Việt Nam)`,
    '',
    'Góp ý sẽ được kiểm duyệt trước khi công khai. Ông/bà có thể tra cứu trạng thái bằng mã góp ý và địa chỉ thư điện tử này tại:',
    d.statusUrl,
    '',
    `Trang dự thảo: ${d.draftUrl}`,
    '',
    `${d.portalName}`,
    'Thư này được gửi tự động, vui lòng không trả lời.',
  ]
  const text = lines.join('\n')
  const html = `<!doctype html><html lang="vi"><body>${lines
    .map((l) => (/^https?:\/\//.test(l) ? `<p><a href="${escapeHtml(l)}">${escapeHtml(l)}</a></p>` : l ? `<p>${escapeHtml(l)}</p>` : ''))
    .join('')}</body></html>`
  return { subject, text, html }
}

/** Sends the receipt; a mail failure is logged, never thrown (the comment is already safely stored). */
export async function sendReceipt(payload: Payload, to: string, details: ReceiptDetails): Promise<void> {
  const message = receiptMessage(details)
  try {
    await payload.sendEmail({ to, subject: message.subject, text: message.text, html: message.html })
  } catch (err) {
    payload.logger.error({ err, msg: `Không gửi được thư xác nhận góp ý ${details.code}` })
  }
}

let signature: { version: number; name: string } | null = null

/** Returns the name signing receipts: the portal's name from the settings (read again after a change), or a neutral one. */
export async function receiptSignature(payload: Payload): Promise<string> {
  if (signature && signature.version === contentVersion()) return signature.name
  const version = contentVersion()
  let name = 'Cổng thông tin điện tử'
  try {
    const s = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: false })
    if (s.portalName) name = s.portalName
  } catch {
    // The neutral name; the receipt still goes out.
  }
  signature = { version, name }
  return name
}
