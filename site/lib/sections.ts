import { SCHEDULE_PATH, SECTION_PATHS, sectionItemPath } from '../../cms/lib/paths'

/**
 * The Decree 43 sections with a list and item pages (Art 10(1); science programmes Art 11, sector
 * statistics Art 12), in menu order. Pages, the menu, the home page and the site map all read
 * this one list; a section is its collection (cms/collections, built with publishableCollection),
 * an entry here and two thin pages (site/pages/{path}/index.astro and [slug].astro).
 */
export const SECTIONS = {
  news: { collection: 'news', path: SECTION_PATHS['news'], title: 'Tin tức, sự kiện', menu: 'Tin tức – Sự kiện', empty: 'Chưa có tin nào được đăng.' },
  directions: { collection: 'directions', path: SECTION_PATHS['directions'], title: 'Chỉ đạo, điều hành', menu: 'Chỉ đạo – Điều hành', empty: 'Chưa có ý kiến chỉ đạo, điều hành nào được đăng.' },
  lawDissemination: { collection: 'law-dissemination', path: SECTION_PATHS['law-dissemination'], title: 'Phổ biến, giáo dục pháp luật', menu: 'Phổ biến pháp luật', empty: 'Chưa có bài phổ biến pháp luật nào.' },
  plans: { collection: 'plans', path: SECTION_PATHS['plans'], title: 'Chiến lược, quy hoạch, kế hoạch', menu: 'Chiến lược – Kế hoạch', empty: 'Chưa có chiến lược, kế hoạch nào được đăng.' },
  projects: { collection: 'projects', path: SECTION_PATHS['projects'], title: 'Dự án, đầu tư, đấu thầu, mua sắm công', menu: 'Dự án – Đầu tư – Đấu thầu', empty: 'Chưa có dự án, gói thầu nào được đăng.' },
  science: { collection: 'science-programmes', path: SECTION_PATHS['science-programmes'], title: 'Chương trình, đề tài khoa học', menu: 'Chương trình, đề tài khoa học', empty: 'Chưa có chương trình, đề tài khoa học nào được đăng.' },
  statistics: { collection: 'sector-statistics', path: SECTION_PATHS['sector-statistics'], title: 'Thông tin thống kê chuyên ngành', menu: 'Thống kê chuyên ngành', empty: 'Chưa có báo cáo, số liệu thống kê chuyên ngành nào được đăng.' },
} as const

export type SectionKey = keyof typeof SECTIONS
export type SectionCollection = (typeof SECTIONS)[SectionKey]['collection']

/** Path of the leaders' weekly work schedule, a sub-page of "Chỉ đạo, điều hành". */
export { SCHEDULE_PATH }

/** Returns the public URL of a section item. */
export function itemUrl(section: SectionKey, slug: string): string {
  return sectionItemPath(SECTIONS[section].collection, slug)
}
