/**
 * What a reader needs from an X.509 certificate (RFC 5280), read with pkijs: the names of its
 * subject and issuer and whether it issued itself. pkijs needs a WebCrypto engine; Node's is set
 * once here.
 */
import { webcrypto } from 'node:crypto'

import * as pkijs from 'pkijs'

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }))

const OID = { commonName: '2.5.4.3', organisation: '2.5.4.10', organisationalUnit: '2.5.4.11', country: '2.5.4.6' }

/** The readable parts of a distinguished name. */
export interface CertificateName {
  commonName: string | null
  organisation: string | null
  organisationalUnit: string | null
  country: string | null
}

function attribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | null {
  const found = name.typesAndValues.find((t) => t.type === oid)
  const value = (found?.value as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value
  return typeof value === 'string' && value.trim() ? value.trim().normalize('NFC') : null
}

/** Returns the subject's names (or the issuer's, with `issuer: true`). */
export function certificateName(cert: pkijs.Certificate, issuer = false): CertificateName {
  const name = issuer ? cert.issuer : cert.subject
  return {
    commonName: attribute(name, OID.commonName),
    organisation: attribute(name, OID.organisation),
    organisationalUnit: attribute(name, OID.organisationalUnit),
    country: attribute(name, OID.country),
  }
}

/** Returns whether a certificate names itself as issuer (a root). */
export function isSelfIssued(cert: pkijs.Certificate): boolean {
  return cert.subject.isEqual(cert.issuer)
}

/** Returns the serial number in upper-case hex. */
export function serialHex(cert: pkijs.Certificate): string {
  return Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase()
}
