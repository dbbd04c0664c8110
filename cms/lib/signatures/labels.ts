/**
 * The words for a file's signature status, shared by the admin (select labels), the document
 * page and the check-a-copy page. Kept apart from verify.ts so that the admin's client bundle
 * does not pull in pkijs.
 */
import type { SignatureStatus } from './verify'

/** Short label of each status, as the admin list and the page badge show it. */
export const SIGNATURE_STATUS_LABELS: Record<SignatureStatus, string> = {
  valid: 'Chữ ký hợp lệ',
  untrusted: 'Không xác định được nguồn tin cậy',
  expired: 'Chứng thư số hết hiệu lực khi ký',
  appended: 'Có nội dung thêm sau khi ký',
  modified: 'Tệp bị thay đổi sau khi ký',
  error: 'Không đọc được chữ ký',
  none: 'Không có chữ ký số',
}
