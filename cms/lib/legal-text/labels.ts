import type { TextUnit } from './types'

/** Returns the label as printed before a heading: 'Điều 5' gets its dot back ('Điều 5.'); '1.' and 'a)' stay. */
export function printedLabel(unit: TextUnit): string {
  return unit.kind === 'article' && !/[.:]$/.test(unit.label) ? `${unit.label}.` : unit.label
}
