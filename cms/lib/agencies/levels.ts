/** Levels of the state apparatus an agency sits at, with Vietnamese and English labels. */
export const AGENCY_LEVELS = [
  { value: 'ministry', vi: 'Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', en: 'Ministry or ministerial-level agency' },
  { value: 'province', vi: 'Tỉnh, thành phố trực thuộc trung ương', en: 'Province or centrally run city' },
  { value: 'department', vi: 'Sở, ban, ngành', en: 'Provincial department' },
  { value: 'district', vi: 'Huyện, quận, thị xã, thành phố thuộc tỉnh', en: 'District' },
  { value: 'commune', vi: 'Xã, phường, thị trấn', en: 'Commune, ward or town' },
] as const

export type AgencyLevel = (typeof AGENCY_LEVELS)[number]['value']

/** What an official address is used for (Directive 15; Access to Information Law Art 17-19). */
export const EMAIL_PURPOSES = [
  { value: 'edocs', vi: 'Gửi, nhận văn bản điện tử', en: 'Sending and receiving electronic documents' },
  { value: 'general', vi: 'Liên hệ chung', en: 'General enquiries' },
  { value: 'feedback', vi: 'Tiếp nhận góp ý', en: 'Comments and feedback' },
  { value: 'information-request', vi: 'Yêu cầu cung cấp thông tin', en: 'Requests for information' },
] as const

export type EmailPurpose = (typeof EMAIL_PURPOSES)[number]['value']

/** Returns the label of a level in the language asked for, or '' for an unknown value. */
export function levelLabel(value: string | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  return AGENCY_LEVELS.find((l) => l.value === value)?.[lang] ?? ''
}

/** Returns the label of an email purpose in the language asked for, or '' for an unknown value. */
export function purposeLabel(value: string | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  return EMAIL_PURPOSES.find((p) => p.value === value)?.[lang] ?? ''
}
