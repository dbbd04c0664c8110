/**
 * Bad requests for the fuzz tests: deterministic (seeded), bounded, covering every public GET
 * route and parameter and every Payload REST collection endpoint and query parameter.
 */

/** Values that have broken parsers before: empty, huge, non-numeric, negative, float, long digits, bad dates, operators, prototype keys, NFD, controls. */
export const BAD_VALUES: string[] = [
  '',
  ' ',
  'abc',
  '-1',
  '0',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '123456789012345678901234',
  '-99999999999999999999',
  '2026-02-30',
  '30/02/2026',
  '9999-99-99T99:99:99Z',
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
  'prototype',
  '{"$gt":""}',
  '[object Object]',
  'null',
  'undefined',
  'true',
  "' OR 1=1 --",
  '%00',
  '\u0000',
  '\u0001\u001f',
  'ngh\u0323i\u0300 đi\u0323nh',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%',
  '%E0%A4%A',
  '😀',
]

/** A small deterministic generator: the benchmarks' seeded mulberry32. */
export { mulberry32 as rng } from '../../bench/search/generate'

const enc = (v: string) => encodeURIComponent(v)

const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'less_than', 'greater_than_equal', 'less_than_equal', 'like', 'contains', 'near', 'within', 'intersects', 'bogus', '__proto__']

/** Query strings for a Payload REST list endpoint, for the named fields. */
export function restQueries(fields: string[], pick: () => number, count: number): string[] {
  const out: string[] = []
  const value = () => BAD_VALUES[Math.floor(pick() * BAD_VALUES.length)]!
  const field = () => (pick() < 0.1 ? ['__proto__', 'constructor', 'a.b.c', 'nope', ''][Math.floor(pick() * 5)]! : fields[Math.floor(pick() * fields.length)]!)
  const op = () => OPERATORS[Math.floor(pick() * OPERATORS.length)]!
  const kinds = [
    () => `limit=${enc(value())}`,
    () => `page=${enc(value())}`,
    () => `depth=${enc(value())}`,
    () => `sort=${enc(pick() < 0.5 ? value() : `-${field()}`)}`,
    () => `where[${field()}][${op()}]=${enc(value())}`,
    () => `where[or][0][${field()}][${op()}]=${enc(value())}`,
    () => `where[and][${enc(value())}][${field()}][equals]=1`,
    () => `where[${field()}][${op()}][]=${enc(value())}&where[${field()}][${op()}][]=${enc(value())}`,
    () => `where=${enc(value())}`,
    () => `where[${field()}]=${enc(value())}`,
    () => `select[${field()}]=${enc(value())}`,
    () => `populate[${field()}]=${enc(value())}`,
    () => `draft=${enc(value())}`,
    () => `locale=${enc(value())}`,
    () => `trash=${enc(value())}`,
    () => `pagination=${enc(value())}`,
    () => `joins[${field()}][limit]=${enc(value())}`,
  ]
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(pick() * 3)
    out.push(Array.from({ length: n }, () => kinds[Math.floor(pick() * kinds.length)]!()).join('&'))
  }
  return out
}

/** Bad ids for by-id endpoints. */
export const BAD_IDS = ['abc', '-1', '0', '1.5', '123456789012345678901234', '__proto__', '%00', 'x'.repeat(300), '😀', 'null']
