/**
 * Builds a Lexical editor state from the plain text of content/ files, so seeded pages are
 * editable in the admin like any other: `## ` starts a heading, `- ` a bullet item, a blank
 * line a new paragraph.
 */
const text = (t: string) => ({ type: 'text', text: t, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const block = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

/** Returns a serialised Lexical root holding the text's headings, bullet lists and paragraphs. */
export function lexicalFromText(source: string) {
  const children: Record<string, unknown>[] = []
  for (const chunk of source.normalize('NFC').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean)
    if (lines.length === 0) continue
    if (lines.every((l) => l.startsWith('- '))) {
      children.push({
        ...block,
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        children: lines.map((l, i) => ({ ...block, type: 'listitem', value: i + 1, children: [text(l.slice(2))] })),
      })
    } else if (lines.length === 1 && /^#{2,4} /.test(lines[0]!)) {
      const level = lines[0]!.indexOf(' ')
      children.push({ ...block, type: 'heading', tag: `h${level}`, children: [text(lines[0]!.slice(level + 1))] })
    } else {
      children.push({ ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(lines.join(' '))] })
    }
  }
  return { root: { ...block, type: 'root', children } }
}
