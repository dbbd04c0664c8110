/**
 * Accent-insensitive search over the directory. People type `bo noi vu`, `UBND Cao Bang` or an
 * address; a few thousand agencies at most, so scanning folded strings is fast and exact.
 */
import { foldAccents, nfc } from '../vietnamese'

/** The agency fields the search reads. */
export interface SearchableAgency {
  name: string
  nameEn?: string | null
  abbreviation?: string | null
  emails?: { address?: string | null }[] | null
  address?: string | null
}

/** Returns the folded words of a text (lower-case, no diacritics, letters and digits only). */
export function foldedWords(text: string): string[] {
  return foldAccents(nfc(text))
    .split(/[^\p{L}\p{N}@.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean)
}

function haystack(a: SearchableAgency): string {
  const parts = [a.name, a.nameEn, a.abbreviation, a.address, ...(a.emails ?? []).map((e) => e.address)]
  return ` ${foldedWords(parts.filter(Boolean).join(' ')).join(' ')} `
}

/**
 * Returns the agencies matching every word of the query, best first: abbreviation equal to the
 * query, then name starting with it, then name containing it, then other fields; ties keep the
 * given order. An empty query returns every agency.
 */
export function matchAgencies<T extends SearchableAgency>(agencies: T[], query: string): T[] {
  const words = foldedWords(query)
  if (words.length === 0) return agencies
  const phrase = words.join(' ')
  const scored: { agency: T; score: number; order: number }[] = []
  agencies.forEach((agency, order) => {
    const hay = haystack(agency)
    // Words match at a word start, so "noi" finds "Nội vụ" but "oi" does not.
    if (!words.every((w) => hay.includes(` ${w}`))) return
    const name = foldedWords(agency.name).join(' ')
    const abbreviation = foldedWords(agency.abbreviation ?? '').join(' ')
    let score = 1
    if (abbreviation && abbreviation === phrase) score = 4
    else if (name.startsWith(phrase)) score = 3
    else if (` ${name}`.includes(` ${phrase}`)) score = 2
    scored.push({ agency, score, order })
  })
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.agency)
}
