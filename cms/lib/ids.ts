/** Returns the id of a relationship value, populated (`{ id, … }`) or not, as a string ('' for none). */
export function idString(value: unknown): string {
  return String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : (value ?? ''))
}
