/** Structured full text of Vietnamese legal documents: parse, render, table of contents, Word import. */
export type { Annex, ParsedLegalText, TextUnit, UnitKind } from './types'
export { parseLegalText, UNSTRUCTURED_WARNING } from './parse'
export { renderLegalHtml } from './render'
export { tableOfContents, listArticles, type TocEntry, type ArticleEntry } from './toc'
export { docxToText, AUTO_NUMBERING_WARNING, type DocxText } from './docx'
