/** Column names of the API documentation's tables: the header row and, on phones, each card's labels. */
export const PARAM_COLUMNS = ['Tên', 'Vị trí', 'Kiểu', 'Bắt buộc', 'Mô tả'] as const
export const FIELD_COLUMNS = ['Trường', 'Kiểu', 'Luôn có', 'Mô tả'] as const
