/**
 * Official email addresses of agencies. Directive 15/CT-TTg item 3b: state agencies use
 * addresses on the `.gov.vn` domain; anything else must be explained to the public.
 */
import { nfc } from '../vietnamese'

// Deliberately plain (RFC 5321 dot-atom local part, LDH domain labels): a directory address
// must be one every mail client accepts, not every exotic form the RFC allows.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/

/** Returns the address trimmed, NFC and lower-case (mail domains and, in practice, mailboxes are case-insensitive). */
export function normaliseEmail(address: string): string {
  return nfc(address).trim().toLowerCase()
}

/** Returns true when the address is a plain `local@domain.tld` a mail client will accept. */
export function isEmailSyntax(address: string): boolean {
  const value = address.trim()
  if (value.length > 254) return false
  const at = value.lastIndexOf('@')
  if (at <= 0 || at !== value.indexOf('@')) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (local.length > 64 || !LOCAL.test(local)) return false
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false
  return /^[A-Za-z]{2,}$/.test(labels[labels.length - 1]!)
}

/** Returns true when the address's domain is `gov.vn` or a subdomain of it. */
export function isGovVnAddress(address: string): boolean {
  const domain = normaliseEmail(address).split('@')[1] ?? ''
  return domain === 'gov.vn' || domain.endsWith('.gov.vn')
}

/**
 * Returns true, or a Vietnamese message naming the field, for one email value.
 * Empty is fine unless `required`.
 */
export function checkEmail(value: unknown, label: string, required = false): true | string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return required ? `${label}: bắt buộc, chưa nhập.` : true
  if (!isEmailSyntax(text)) return `${label}: "${text}" không đúng định dạng địa chỉ thư điện tử (ví dụ: vanthu@tenmien.gov.vn).`
  return true
}

/** Returns true, or a Vietnamese message, for a web address that must be absolute http(s). */
export function checkWebAddress(value: unknown, label: string): true | string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return true
  try {
    const url = new URL(text)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through to the message
  }
  return `${label}: "${text}" không phải địa chỉ web hợp lệ (cần bắt đầu bằng https:// hoặc http://).`
}
