/** Where a legal document's full text came from, as the admin and the public page word it. */
export const TEXT_ORIGIN_LABELS = {
  typed: 'Người biên tập nhập',
  docx: 'Lấy tự động từ tệp Word',
  pdf: 'Lấy tự động từ lớp chữ của tệp PDF',
  ocr: 'Nhận dạng chữ (OCR) từ tệp quét',
  ocrPending: 'Đang nhận dạng chữ (OCR) từ tệp quét',
  noText: 'Tệp không có lớp chữ và máy chủ chưa cài OCR: cần nhập toàn văn',
} as const

/** A value of the `textOrigin` field. */
export type TextOriginValue = keyof typeof TEXT_ORIGIN_LABELS
