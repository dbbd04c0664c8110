/** The two languages of the portal's pages: Vietnamese everywhere, English for the Decree 43 Art 13 pages. */
export type PageLang = 'vi' | 'en'

// Pages that exist in both languages under the same path (agency slugs are shared); an English
// introduction or contact item has its own slug, so those go to the section's index.
const PAIRED = [/^\/co-quan(\/[^/]+)?$/, /^\/gioi-thieu$/, /^\/lien-he$/, /^\/tuyen-bo-tiep-can$/]

/** Returns the language of a path: English under /en, Vietnamese elsewhere. */
export function pathLang(path: string): PageLang {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'vi'
}

// The search page has its own English address, and keeps the search (the query string) across.
const SEARCH = { vi: '/tim-kiem', en: '/en/search' }

/**
 * Returns the same page in the other language when there is one, else the other language's home
 * page; `search` (the query string, "?q=…") is kept for the search page only.
 */
export function otherLanguagePath(path: string, search = ''): string {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path
  if (clean === SEARCH.vi) return SEARCH.en + search
  if (clean === SEARCH.en) return SEARCH.vi + search
  if (pathLang(clean) === 'en') {
    const vi = clean.slice(3) || '/'
    if (vi === '/') return '/'
    if (PAIRED.some((re) => re.test(vi))) return vi
    const section = vi.match(/^\/(gioi-thieu|lien-he)\//)
    return section ? `/${section[1]}` : '/'
  }
  if (PAIRED.some((re) => re.test(clean))) return `/en${clean}`
  const section = clean.match(/^\/(gioi-thieu|lien-he)\//)
  return section ? `/en/${section[1]}` : '/en'
}
