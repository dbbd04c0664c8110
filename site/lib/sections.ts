/**
 * The Decree 43 sections with a list and item pages (Art 10(1); science programmes Art 11, sector
 * statistics Art 12), in menu order. Pages, the menu, the home page and the site map all read
 * this one list; a section is its collection (cms/collections, built with publishableCollection),
 * an entry here and two thin pages (site/pages/{path}/index.astro and [slug].astro).
 */
export const SECTIONS = {
  news: { collection: 'news', path: '/tin-tuc', title: 'Tin tức, sự kiện', menu: 'Tin tức – Sự kiện', empty: 'Chưa có tin nào được đăng.' },
  directions: { collection: 'directions', path: '/chi-dao-dieu-hanh', title: 'Chỉ đạo, điều hành', menu: 'Chỉ đạo – Điều hành', empty: 'Chưa có ý kiến chỉ đạo, điều hành nào được đăng.' },
  lawDissemination: { collection: 'law-dissemination', path: '/pho-bien-phap-luat', title: 'Phổ biến, giáo dục pháp luật', menu: 'Phổ biến pháp luật', empty: 'Chưa có bài phổ biến pháp luật nào.' },
  plans: { collection: 'plans', path: '/chien-luoc-ke-hoach', title: 'Chiến lược, quy hoạch, kế hoạch', menu: 'Chiến lược – Kế hoạch', empty: 'Chưa có chiến lược, kế hoạch nào được đăng.' },
  projects: { collection: 'projects', path: '/du-an-dau-tu', title: 'Dự án, đầu tư, đấu thầu, mua sắm công', menu: 'Dự án – Đầu tư – Đấu thầu', empty: 'Chưa có dự án, gói thầu nào được đăng.' },
  science: { collection: 'science-programmes', path: '/khoa-hoc-cong-nghe', title: 'Chương trình, đề tài khoa học', menu: 'Chương trình, đề tài khoa học', empty: 'Chưa có chương trình, đề tài khoa học nào được đăng.' },
  statistics: { collection: 'sector-statistics', path: '/thong-ke-chuyen-nganh', title: 'Thông tin thống kê chuyên ngành', menu: 'Thống kê chuyên ngành', empty: 'Chưa có báo cáo, số liệu thống kê chuyên ngành nào được đăng.' },
} as const

export type SectionKey = keyof typeof SECTIONS
export type SectionCollection = (typeof SECTIONS)[SectionKey]['collection']

/** Path of the leaders' weekly work schedule, a sub-page of "Chỉ đạo, điều hành". */
export const SCHEDULE_PATH = '/chi-dao-dieu-hanh/lich-cong-tac'

/** Returns the public URL of a section item. */
export function itemUrl(section: SectionKey, slug: string): string {
  return `${SECTIONS[section].path}/${slug}`
}
