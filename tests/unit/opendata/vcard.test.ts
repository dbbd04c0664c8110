import { describe, expect, it } from 'vitest'
import { agencyToVCard, escapeVCardText, foldLine } from '../../../cms/lib/opendata/vcard'

interface Prop {
  name: string
  params: string[]
  value: string
}

/** A tiny RFC 6350 reader: unfold, split lines, split name/params/value. */
function parseVCard(text: string): Prop[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  return unfolded
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => {
      const colon = line.indexOf(':')
      const [name, ...params] = line.slice(0, colon).split(';')
      return { name, params, value: line.slice(colon + 1) }
    })
}

/** Splits a value on unescaped `;` and unescapes each component. */
function components(value: string): string[] {
  const out: string[] = []
  let cur = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '\\') {
      const n = value[++i]
      cur += n === 'n' || n === 'N' ? '\n' : n
    } else if (c === ';') {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}
/** Returns the unescaped value of a single-component property (an unescaped `;` would make two). */
function text(v: string): string {
  const parts = components(v)
  expect(parts).toHaveLength(1)
  return parts[0]
}

const agency = {
  name: 'Bộ Thông tin và Truyền thông; Cục Chuyển đổi số quốc gia, Phòng Hành chính – Văn thư lưu trữ điện tử',
  nameEn: 'Ministry of Information and Communications',
  abbreviation: 'BTTTT',
  emails: [
    { address: 'vanthu@mic.gov.vn', purpose: 'Gửi, nhận văn bản điện tử' },
    { address: 'tiepdan@mic.gov.vn', purpose: 'Tiếp nhận phản ánh, kiến nghị' },
  ],
  phone: '(024) 3943 7344',
  fax: '024.3826.3477',
  address: 'Số 18 Nguyễn Du, phường Hai Bà Trưng, Hà Nội\nViệt Nam',
  website: 'https://mic.gov.vn',
  url: 'https://congthongtin.example.gov.vn/co-quan/bo-tttt',
  lastVerifiedAt: '2025-03-01T09:00:00+07:00',
}

describe('agencyToVCard', () => {
  const card = agencyToVCard(agency)
  const props = parseVCard(card)
  const get = (name: string) => props.filter((p) => p.name === name)

  it('is a vCard 4.0 organisation with CRLF line endings', () => {
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\n')).toBe(true)
    expect(card.endsWith('END:VCARD\r\n')).toBe(true)
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const physical = card.split('\r\n')
    expect(physical.some((l) => l.startsWith(' '))).toBe(true)
    for (const line of physical) {
      const bytes = Buffer.from(line, 'utf8')
      expect(bytes.length).toBeLessThanOrEqual(75)
      // A split multi-byte sequence would decode to U+FFFD.
      expect(bytes.toString('utf8')).not.toContain('\uFFFD')
    }
  })

  it('round-trips Vietnamese names, escapes and the address', () => {
    const fn = get('FN')
    expect(text(fn[0].value)).toBe(agency.name)
    expect(fn[0].params).toEqual(['ALTID=1', 'LANGUAGE=vi'])
    expect(text(fn[1].value)).toBe(agency.nameEn)
    expect(text(get('ORG')[0].value)).toBe(agency.name)
    expect(get('NICKNAME')[0].value).toBe('BTTTT')
    const adr = get('ADR')[0]
    expect(adr.params).toEqual(['TYPE=work'])
    expect(components(adr.value)).toEqual(['', '', agency.address, '', '', '', ''])
  })

  it('lists emails in order, phone, fax, URLs, purposes and revision', () => {
    const emails = get('EMAIL')
    expect(emails.map((e) => e.value)).toEqual(['vanthu@mic.gov.vn', 'tiepdan@mic.gov.vn'])
    expect(emails[0].params).toEqual(['TYPE=work', 'PREF=1'])
    const tel = get('TEL')
    expect(tel.find((t) => t.params.includes('TYPE=voice'))?.value).toBe(agency.phone)
    expect(tel.find((t) => t.params.includes('TYPE=fax'))?.value).toBe(agency.fax)
    expect(get('URL').map((u) => u.value)).toEqual(['https://mic.gov.vn/', agency.url])
    expect(text(get('NOTE')[0].value)).toBe(
      'vanthu@mic.gov.vn: Gửi, nhận văn bản điện tử\ntiepdan@mic.gov.vn: Tiếp nhận phản ánh, kiến nghị',
    )
    expect(get('REV')[0].value).toBe('20250301T020000Z')
  })

  it('leaves out what is missing and rejects a relative url', () => {
    const minimal = parseVCard(agencyToVCard({ name: 'UBND xã A', emails: [], url: 'https://x.gov.vn/a' }))
    expect(minimal.map((p) => p.name)).toEqual(['BEGIN', 'VERSION', 'KIND', 'FN', 'ORG', 'URL', 'UID', 'END'])
    expect(() => agencyToVCard({ name: 'A', emails: [], url: '/co-quan/a' })).toThrow(TypeError)
  })
})

describe('escapeVCardText and foldLine', () => {
  it('escapes backslash, comma, semicolon and newlines', () => {
    expect(escapeVCardText('a\\b,c;d\r\ne')).toBe('a\\\\b\\,c\\;d\\ne')
  })

  it('keeps short lines and cuts long ones between code points', () => {
    expect(foldLine('FN:Bộ')).toBe('FN:Bộ')
    // 'ệ' is 3 octets: 74 ASCII + 'ệ' would be 77, so it must move whole to the next line.
    const folded = foldLine(`${'x'.repeat(74)}ệ`)
    expect(folded).toBe(`${'x'.repeat(74)}\r\n ệ`)
  })
})
