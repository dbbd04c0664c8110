/**
 * The public address of each kind of content — one builder per kind, used by pages, the API,
 * feeds, the sitemap, the search index, stored pages and e-mails alike, so a link written in one
 * place cannot drift from the route that answers it. Paths are relative; an absolute URL is
 * `publicUrl(path)` (from configuration, never from a request's Host header).
 *
 * Section items (news, directions, plans…) have their own table in `site/lib/sections.ts`.
 */
export type Lang = 'vi' | 'en'

const prefix = (lang: Lang): string => (lang === 'en' ? '/en' : '')

/** `/van-ban/{year}/{slug}`: a legal document. */
export function documentPath(doc: { year?: number | string | null; slug?: string | null }): string {
  return `/van-ban/${doc.year}/${doc.slug}`
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
