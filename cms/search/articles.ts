/**
 * A query that names an article ("điều 2 chỉ thị 15/CT-TTg", "dieu 34 bo luat lao dong") wants
 * that article, not the article that matches its words best: in a code, the articles citing
 * "Điều 34" hold the words "điều 34" as often as Điều 34 itself. The hit of a record that has
 * the named article points at it (query.ts `hit`).
 */
import { foldAccents } from '../lib/vietnamese'

// "điều 34", "Điều 10a", "đ. 5" is not a citation people type; the word must be "điều"/"dieu".
const ARTICLE = /(?:^|[^\p{L}\p{N}])dieu\s+(\d{1,4}[a-z]?)(?![\p{L}\p{N}])/u

/** Returns the anchor of the article a query names (`dieu-34`), or null when it names none. */
export function namedArticle(q: string): string | null {
  const folded = foldAccents(q.normalize('NFC').toLowerCase())
  const m = ARTICLE.exec(folded)
  return m ? `dieu-${m[1]}` : null
}
