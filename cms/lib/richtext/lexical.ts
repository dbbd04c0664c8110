/** Lexical (the admin's rich-text editor) to HTML, rendered once at save time. */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Returns the HTML of a Lexical editor state, or '' for an empty or malformed one. */
export function lexicalToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  try {
    return convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true, disableIndent: true, disableTextAlign: true })
  } catch {
    // A state from a newer editor version may hold nodes we cannot convert; the page then
    // shows no body rather than failing the save.
    return ''
  }
}
