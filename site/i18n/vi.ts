/** Vietnamese UI strings, in one place. */
export const vi = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  mainMenu: 'Trình đơn chính',
  openMenu: 'Trình đơn',
  home: 'Trang chủ',
  about: 'Giới thiệu',
  documents: 'Văn bản',
  drafts: 'Dự thảo – Lấy ý kiến',
  agencies: 'Cơ quan – Liên hệ',
  siteMap: 'Sơ đồ cổng',
  search: 'Tìm kiếm',
  searchPlaceholder: 'Số ký hiệu, từ khóa…',
  searchLabel: 'Tìm kiếm văn bản và thông tin',
  responsible: 'Chịu trách nhiệm chính',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Trang bạn tìm không tồn tại, đã được gỡ xuống hoặc chưa được công bố.',
  errorTitle: 'Đã xảy ra lỗi',
  errorBody: 'Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.',
  backHome: 'Về trang chủ',
  print: 'In trang này',
} as const

export type UiKey = keyof typeof vi

/** Returns the Vietnamese UI string for a key. */
export function t(key: UiKey): string {
  return vi[key]
}
