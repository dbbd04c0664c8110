/**
 * A tiny binary container for typed arrays: `PSRCH1\n`, a uint32 (LE) header length, a JSON
 * header (array names, types, offsets, plus any JSON `meta`), then the arrays, each 8-byte
 * aligned. Loading maps arrays as views of one file buffer (no per-array copy).
 */
import { readFile, writeFile } from 'node:fs/promises'

const MAGIC = Buffer.from('PSRCH1\n', 'latin1')

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array
const CTORS = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int32Array,
  Float32Array,
  Float64Array,
} as const
type CtorName = keyof typeof CTORS

interface ArrayEntry {
  name: string
  type: CtorName
  offset: number
  length: number
}

function typeName(a: Typed): CtorName {
  if (Buffer.isBuffer(a)) return 'Uint8Array'
  const n = a.constructor.name as CtorName
  if (!(n in CTORS)) throw new Error(`unsupported array type ${n}`)
  return n
}

export async function writeContainer(path: string, meta: unknown, arrays: Record<string, Typed>): Promise<void> {
  const entries: ArrayEntry[] = []
  let offset = 0
  for (const [name, a] of Object.entries(arrays)) {
    offset = Math.ceil(offset / 8) * 8
    entries.push({ name, type: typeName(a), offset, length: a.length })
    offset += a.byteLength
  }
  const header = Buffer.from(JSON.stringify({ arrays: entries, meta }), 'utf8')
  const prefix = MAGIC.length + 4 + header.length
  const dataStart = Math.ceil(prefix / 8) * 8
  const out = Buffer.alloc(dataStart + offset)
  MAGIC.copy(out, 0)
  out.writeUInt32LE(header.length, MAGIC.length)
  header.copy(out, MAGIC.length + 4)
  for (const e of entries) {
    const a = arrays[e.name]!
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dataStart + e.offset)
  }
  await writeFile(path, out)
}

export async function readContainer(path: string): Promise<{ meta: unknown; arrays: Record<string, Typed> }> {
  let buf = await readFile(path)
  if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`not a search segment: ${path}`)
  if (buf.byteOffset % 8 !== 0) {
    const copy = Buffer.from(new ArrayBuffer(buf.length))
    buf.copy(copy)
    buf = copy
  }
  const headerLength = buf.readUInt32LE(MAGIC.length)
  const header = JSON.parse(buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength).toString('utf8')) as {
    arrays: ArrayEntry[]
    meta: unknown
  }
  const dataStart = Math.ceil((MAGIC.length + 4 + headerLength) / 8) * 8
  const arrays: Record<string, Typed> = {}
  for (const e of header.arrays) {
    const Ctor = CTORS[e.type]
    if (!Ctor) throw new Error(`bad array type ${e.type}`)
    const start = buf.byteOffset + dataStart + e.offset
    if (start + e.length * Ctor.BYTES_PER_ELEMENT > buf.byteOffset + buf.length) throw new Error(`truncated segment: ${path}`)
    arrays[e.name] = new Ctor(buf.buffer, start, e.length)
  }
  return { meta: header.meta, arrays }
}
