/**
 * Warnings about an agency's official addresses, shown to editors and in the public directory:
 * an address outside `.gov.vn` (allowed only with a stated reason) and an address that another
 * agency also lists (usually a copy-paste mistake, sometimes a shared mailbox worth knowing about).
 */
import { isGovVnAddress, normaliseEmail } from './email'

/** The agency fields the checks read. */
export interface FlaggableAgency {
  id: number | string
  name: string
  emails?: { address?: string | null; nonGovReason?: string | null }[] | null
}

/** One warning about one address. */
export interface EmailFlag {
  address: string
  kind: 'outside-gov-vn' | 'duplicate'
  /** The editor's reason for an address outside `.gov.vn` (empty when none was given). */
  reason?: string
  /** Names of the other agencies that list the same address. */
  otherAgencies?: string[]
}

/** Returns address → the agencies (id, name) that list it, over the whole directory. */
export function indexAddresses(agencies: FlaggableAgency[]): Map<string, { id: number | string; name: string }[]> {
  const index = new Map<string, { id: number | string; name: string }[]>()
  for (const agency of agencies) {
    const seen = new Set<string>()
    for (const e of agency.emails ?? []) {
      if (!e.address) continue
      const key = normaliseEmail(e.address)
      // One agency listing its address for two purposes is not a duplicate.
      if (seen.has(key)) continue
      seen.add(key)
      const list = index.get(key) ?? []
      list.push({ id: agency.id, name: agency.name })
      index.set(key, list)
    }
  }
  return index
}

/** Returns the warnings for one agency's addresses, given the directory's address index. */
export function emailFlags(agency: FlaggableAgency, index: Map<string, { id: number | string; name: string }[]>): EmailFlag[] {
  const flags: EmailFlag[] = []
  const seen = new Set<string>()
  for (const e of agency.emails ?? []) {
    if (!e.address) continue
    const key = normaliseEmail(e.address)
    if (seen.has(key)) continue
    seen.add(key)
    if (!isGovVnAddress(key)) flags.push({ address: key, kind: 'outside-gov-vn', reason: e.nonGovReason?.trim() || undefined })
    const others = (index.get(key) ?? []).filter((o) => String(o.id) !== String(agency.id)).map((o) => o.name)
    if (others.length > 0) flags.push({ address: key, kind: 'duplicate', otherAgencies: others })
  }
  return flags
}

/** Returns one Vietnamese sentence describing a warning. */
export function describeFlag(flag: EmailFlag): string {
  if (flag.kind === 'outside-gov-vn') {
    return `Địa chỉ ${flag.address} không thuộc miền .gov.vn${flag.reason ? ` — lý do: ${flag.reason}` : ''}.`
  }
  return `Địa chỉ ${flag.address} cũng được khai cho: ${(flag.otherAgencies ?? []).join('; ')}.`
}
