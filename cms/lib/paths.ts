/**
 * The public address of each kind of content — one builder per kind, used by pages, the API,
 * feeds, the sitemap, the search index, stored pages and e-mails alike, so a link written in one
 * place cannot drift from the route that answers it. Paths are relative; an absolute URL is
 * `publicUrl(path)` (from configuration, never from a request's Host header).
 *
 * The section lists (news, directions, plans…) are named here; their titles and menu labels are in
 * `site/lib/sections.ts`, which takes its paths from `SECTION_PATHS`.
 */
export type Lang = 'vi' | 'en'

const prefix = (lang: Lang): string => (lang === 'en' ? '/en' : '')

/** `/van-ban/{year}/{slug}`: a legal document. */
export function documentPath(doc: { year?: number | string | null; slug?: string | null }): string {
  return `/van-ban/${doc.year}/${doc.slug}`
}

/** `/van-ban/{year}/{slug}/hop-nhat`: the consolidated text generated from confirmed effects (issue 14); `.docx` for Word. */
export function consolidatedPath(doc: { year?: number | string | null; slug?: string | null }, format: '' | '.docx' = ''): string {
  return `${documentPath(doc)}/hop-nhat${format}`
}

/** `/du-thao/{slug}`: a draft open (or once open) for comment; `/du-thao` without a slug. */
export function draftPath(slug: string | number | null | undefined): string {
  return slug == null || slug === '' ? '/du-thao' : `/du-thao/${slug}`
}

/** The page a commenter lands on after sending a comment, at the receipt. */
export function commentReceiptPath(draftSlug: string, code: string, key?: string): string {
  return `${draftPath(draftSlug)}/da-gui?ma=${encodeURIComponent(code)}${key ? `&k=${encodeURIComponent(key)}` : ''}#bien-nhan`
}

/** Where anyone looks up a comment's status by its tracking code (without a code: the form). */
export function commentStatusPath(code?: string): string {
  return code ? `/du-thao/tra-cuu?ma=${encodeURIComponent(code)}` : '/du-thao/tra-cuu'
}

/** `/co-quan/{slug}` (or `/en/co-quan/{slug}`): an agency in the directory; the directory without a slug. */
export function agencyPath(slug: string | null | undefined, lang: Lang = 'vi'): string {
  return slug ? `${prefix(lang)}/co-quan/${slug}` : `${prefix(lang)}/co-quan`
}

/** An agency's contact card (vCard). */
export function agencyVcardPath(slug: string): string {
  return `${agencyPath(slug)}/vcard`
}

/** `/hoi-dap`: the published questions and answers (hỏi – đáp), with the links to ask and to look up. */
export const QUESTIONS_PATH = '/hoi-dap'

/** `/hoi-dap/{code}`: one published question with its answer; the list without a code. */
export function questionPath(code?: string | null): string {
  return code ? `${QUESTIONS_PATH}/${encodeURIComponent(code)}` : QUESTIONS_PATH
}

/** Where a person asks a question (the form works without JavaScript). */
export function askQuestionPath(): string {
  return `${QUESTIONS_PATH}/gui-cau-hoi`
}

/** The page an asker lands on after sending a question, at the receipt (the key opens what was sent). */
export function questionReceiptPath(code: string, key?: string): string {
  return `${QUESTIONS_PATH}/da-gui?ma=${encodeURIComponent(code)}${key ? `&k=${encodeURIComponent(key)}` : ''}#bien-nhan`
}

/** Where an asker looks up their question by its code (and e-mail); without a code: the form. */
export function questionStatusPath(code?: string): string {
  return code ? `${QUESTIONS_PATH}/tra-cuu?ma=${encodeURIComponent(code)}` : `${QUESTIONS_PATH}/tra-cuu`
}

/** The list path of each Decree 43 section with item pages, by collection slug. */
export const SECTION_PATHS = {
  news: '/tin-tuc',
  directions: '/chi-dao-dieu-hanh',
  'law-dissemination': '/pho-bien-phap-luat',
  plans: '/chien-luoc-ke-hoach',
  projects: '/du-an-dau-tu',
  'science-programmes': '/khoa-hoc-cong-nghe',
  'sector-statistics': '/thong-ke-chuyen-nganh',
} as const

/** A collection whose items have a page under their section's path. */
export type SectionCollectionSlug = keyof typeof SECTION_PATHS

/** `/tin-tuc/{slug}`, `/chi-dao-dieu-hanh/{slug}`…: an item of a section (the section's list without a slug). */
export function sectionItemPath(collection: SectionCollectionSlug, slug: string | null | undefined): string {
  return slug ? `${SECTION_PATHS[collection]}/${slug}` : SECTION_PATHS[collection]
}

/** `/chi-dao-dieu-hanh/lich-cong-tac`: the leaders' weekly work schedules, a sub-page of "Chỉ đạo, điều hành". */
export const SCHEDULE_PATH = `${SECTION_PATHS.directions}/lich-cong-tac`

/** `/chi-dao-dieu-hanh/lich-cong-tac/{yyyy-mm-dd}`: the schedule of the week starting that Monday; the list without a week. */
export function schedulePath(week: string | null | undefined): string {
  return week ? `${SCHEDULE_PATH}/${week}` : SCHEDULE_PATH
}

const PAGE_SECTIONS = { introduction: '/gioi-thieu', contact: '/lien-he' } as const

/** `/gioi-thieu/{slug}`, `/lien-he/{slug}` (or under `/en`): a standing page; the section without a slug. */
export function pagePath(section: keyof typeof PAGE_SECTIONS, slug: string | null | undefined, lang: Lang = 'vi'): string {
  const base = `${prefix(lang)}${PAGE_SECTIONS[section]}`
  return slug ? `${base}/${slug}` : base
}
