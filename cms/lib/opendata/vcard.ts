/**
 * vCard 4.0 (RFC 6350) export of an agency's contact card. Directive 15 item 3b and the Law on
 * IT Art 28(2)(đ) require publishing each agency's official email for electronic documents;
 * a .vcf lets a clerk add it to the address book in one click instead of copying by hand.
 */
import { toDate } from '../dates'

/** The agency fields a contact card needs. */
export interface AgencyContact {
  name: string
  nameEn?: string
  abbreviation?: string
  emails: { address: string; purpose: string }[]
  phone?: string
  fax?: string
  /** Free-text postal address; it goes whole into the street component of ADR. */
  address?: string
  website?: string
  /** Absolute URL of the agency's page on the portal; also the card's UID. */
  url: string
  lastVerifiedAt?: string
}

const CRLF = '\r\n'
const MAX_LINE_OCTETS = 75

/** Returns a text value escaped per RFC 6350 §3.4: backslash, comma, semicolon and newlines. */
export function escapeVCardText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Returns the content line folded at 75 octets (RFC 6350 §3.2) with CRLF + space; it cuts only
 * between code points so no UTF-8 multi-byte sequence is split (a split "ệ" breaks strict parsers).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const out: string[] = []
  let current = ''
  let octets = 0
  // The first line holds 75 octets; continuation lines start with a space, leaving 74.
  let limit = MAX_LINE_OCTETS
  for (const ch of line) {
    const size = encoder.encode(ch).length
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
      limit = MAX_LINE_OCTETS - 1
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join(`${CRLF} `)
}

/** Returns the vCard timestamp form `yyyymmddThhmmssZ` (RFC 6350 §4.3.5), or '' if invalid. */
function timestamp(input: string | undefined): string {
  const d = toDate(input)
  return d
    ? d
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')
    : ''
}

/** Returns the absolute URL normalised to ASCII (non-ASCII percent-encoded, as URI values require), or null. */
function absoluteUri(text: string | undefined): string | null {
  if (!present(text)) return null
  try {
    return new URL(text.trim()).href
  } catch {
    return null
  }
}

const present = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== ''

/** Returns the agency as a vCard 4.0 (KIND:org) with CRLF line endings and folded lines; throws if `url` is not absolute. */
export function agencyToVCard(agency: AgencyContact): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org']
  const hasEn = present(agency.nameEn)
  // ALTID pairs the Vietnamese and English names as one property in two languages (§5.4).
  const alt = hasEn ? ';ALTID=1;LANGUAGE=vi' : ''
  lines.push(`FN${alt}:${escapeVCardText(agency.name.trim())}`)
  if (hasEn) lines.push(`FN;ALTID=1;LANGUAGE=en:${escapeVCardText(agency.nameEn!.trim())}`)
  lines.push(`ORG${alt}:${escapeVCardText(agency.name.trim())}`)
  if (hasEn) lines.push(`ORG;ALTID=1;LANGUAGE=en:${escapeVCardText(agency.nameEn!.trim())}`)
  if (present(agency.abbreviation)) lines.push(`NICKNAME:${escapeVCardText(agency.abbreviation.trim())}`)

  const emails = agency.emails.filter((e) => present(e.address))
  emails.forEach((e, i) => {
    // PREF keeps the order the agency chose: the first address is the official one.
    lines.push(`EMAIL;TYPE=work;PREF=${Math.min(i + 1, 100)}:${escapeVCardText(e.address.trim())}`)
  })
  if (present(agency.phone)) lines.push(`TEL;TYPE=voice:${escapeVCardText(agency.phone.trim())}`)
  if (present(agency.fax)) lines.push(`TEL;TYPE=fax:${escapeVCardText(agency.fax.trim())}`)
  // Vietnamese addresses are kept as typed (no reliable split into ward/district/province),
  // so the whole text goes in the street component and the others stay empty.
  if (present(agency.address)) lines.push(`ADR;TYPE=work:;;${escapeVCardText(agency.address.trim())};;;;`)
  const website = absoluteUri(agency.website)
  if (website) lines.push(`URL;TYPE=work;PREF=1:${website}`)
  const page = absoluteUri(agency.url)
  if (!page) throw new TypeError(`agencyToVCard: url must be absolute, got "${agency.url}"`)
  lines.push(`URL:${page}`)
  lines.push(`UID:${page}`)

  const notes = emails.filter((e) => present(e.purpose)).map((e) => `${e.address.trim()}: ${e.purpose.trim()}`)
  if (notes.length > 0) lines.push(`NOTE;LANGUAGE=vi:${escapeVCardText(notes.join('\n'))}`)
  const rev = timestamp(agency.lastVerifiedAt)
  if (rev) lines.push(`REV:${rev}`)
  lines.push('END:VCARD')
  return lines.map(foldLine).join(CRLF) + CRLF
}
