/**
 * Finds the signature dictionaries of a PDF (ISO 32000-1 §12.8): each names the byte ranges it
 * signs (`/ByteRange [a b c d]`) and holds its CMS object in the hole between them
 * (`/Contents <hex>`). Signing tools write these dictionaries uncompressed, since the hole is
 * patched in place after the file is laid out, so a byte scan finds them without a PDF parser;
 * everything inside the CMS object is left to pkijs/asn1js (verify.ts).
 */

/** One signature dictionary as found in the file. */
export interface PdfSignatureField {
  /** `/SubFilter`, e.g. `adbe.pkcs7.detached`, `ETSI.CAdES.detached`, `ETSI.RFC3161`. */
  subFilter: string | null
  byteRange: [number, number, number, number]
  /** The DER bytes of the CMS object (trailing zero padding removed by the ASN.1 reader). */
  contents: Uint8Array
  /** The bytes the signature covers: the two ranges joined. */
  signedBytes: Uint8Array
  /** `/M`: the signing time the signing application wrote (not authenticated). */
  claimedTime: Date | null
  /** `/Name`, `/Reason`, `/Location` as written by the signing application. */
  name: string | null
  reason: string | null
  location: string | null
  /** True when the ranges run from the first byte to the last: nothing was added after this signature. */
  coversWholeFile: boolean
}

/** A PDF whose signature dictionaries could not be read. */
export class PdfSignatureFormatError extends Error {}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g

/** Returns whether the bytes start as a PDF. */
export function isPdf(data: Uint8Array): boolean {
  return Buffer.from(data.subarray(0, 1024)).toString('latin1').includes('%PDF-')
}

/** Returns the value of a `/Key (string)` or `/Key /Name` entry inside a dictionary's text. */
function entry(dict: string, key: string): string | null {
  const name = new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dict)
  if (name) return name[1]!
  const literal = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(dict)
  if (literal) return pdfString(literal[1]!)
  const hex = new RegExp(`/${key}\\s*<([0-9A-Fa-f\\s]*)>`).exec(dict)
  if (hex) return pdfString(Buffer.from(hex[1]!.replace(/\s/g, ''), 'hex').toString('latin1'))
  return null
}

/** Decodes a PDF text string: UTF-16BE with a byte-order mark, else PDFDocEncoding (≈ Latin-1), escapes undone. */
function pdfString(raw: string): string {
  const unescaped = raw.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
  )
  const bytes = Buffer.from(unescaped, 'latin1')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const le = Buffer.from(bytes.subarray(2))
    le.swap16()
    return le.toString('utf16le').normalize('NFC')
  }
  return unescaped.normalize('NFC')
}

/** Returns the date of a PDF date string `D:YYYYMMDDHHmmSS+07'00'`, or null. */
export function pdfDate(value: string | null): Date | null {
  const m = value && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz]|[+-]\d{2}'?\d{2}'?)?/.exec(value)
  if (!m) return null
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz] = m
  const zone = !tz || /z/i.test(tz) ? 'Z' : `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5) || '00'}`
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * Returns the signature dictionaries of a PDF in file order (the first signed revision first).
 * Throws PdfSignatureFormatError when a dictionary's ranges do not fit the file or its hole
 * does not hold a hex string.
 */
export function findPdfSignatures(data: Uint8Array): PdfSignatureField[] {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')
  const found: PdfSignatureField[] = []
  for (const match of text.matchAll(BYTE_RANGE)) {
    const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number]
    if (a !== 0 || b <= 0 || c <= b || c + d > data.length) throw new PdfSignatureFormatError(`/ByteRange [${a} ${b} ${c} ${d}] không khớp với tệp`)
    const hole = text.slice(b, c).trim()
    if (!/^<[0-9A-Fa-f\s]*>$/.test(hole)) throw new PdfSignatureFormatError('vùng /Contents của chữ ký không phải chuỗi hex')
    // The dictionary around the ranges: from its `obj` to its `endobj` (signing tools keep it whole).
    const first = Math.min(match.index, b)
    const start = Math.max(text.lastIndexOf(' obj', first), first - 65_536, 0)
    const endAt = text.indexOf('endobj', c)
    const dict = text.slice(start, b) + text.slice(c, endAt < 0 ? Math.min(c + 4096, text.length) : endAt)
    const signedBytes = new Uint8Array(b + d)
    signedBytes.set(data.subarray(0, b), 0)
    signedBytes.set(data.subarray(c, c + d), b)
    found.push({
      subFilter: entry(dict, 'SubFilter'),
      byteRange: [a, b, c, d],
      contents: new Uint8Array(Buffer.from(hole.slice(1, -1).replace(/\s/g, ''), 'hex')),
      signedBytes,
      claimedTime: pdfDate(entry(dict, 'M')),
      name: entry(dict, 'Name'),
      reason: entry(dict, 'Reason'),
      location: entry(dict, 'Location'),
      coversWholeFile: c + d === data.length || /^\s*$/.test(text.slice(c + d)),
    })
  }
  return found.sort((x, y) => x.byteRange[2] + x.byteRange[3] - (y.byteRange[2] + y.byteRange[3]))
}
