/** The ways information is disclosed (Law on Access to Information 2016, Art 18), shared by the collection and the public page. */
export const DISCLOSURE_METHODS = [
  { label: 'Đăng trên cổng thông tin điện tử', value: 'portal' },
  { label: 'Đăng Công báo', value: 'gazette' },
  { label: 'Phương tiện thông tin đại chúng', value: 'media' },
  { label: 'Niêm yết tại trụ sở, nơi tiếp công dân', value: 'noticeboard' },
  { label: 'Họp báo, thông cáo báo chí, người phát ngôn', value: 'press' },
  { label: 'Hình thức khác', value: 'other' },
] as const
