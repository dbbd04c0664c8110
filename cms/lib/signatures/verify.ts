/**
 * Verifies the digital signatures of a PDF (PAdES and the older `adbe.pkcs7.detached`: a CMS
 * SignedData over the file's byte ranges). For each signature: who signed (name and
 * organisation from the certificate), when (the timestamp token's time when there is one, else
 * the signed signing-time attribute, else what the signing application wrote), whether the
 * signed bytes are intact, whether they cover the whole file, whether the certificate chains to
 * the agency's trust list and was valid at the signing time. CMS, ASN.1 and X.509 are read by
 * pkijs/asn1js (PKI.js, maintained by Peculiar Ventures), never by hand.
 *
 * Not checked: revocation (CRL/OCSP need the network, which the portal may not have; a
 * certificate revoked before signing still shows as valid) and the PAdES-LTV validation data.
 */
import { createHash } from 'node:crypto'

import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'

import { formatDateTimeVN } from '../dates'
import { certificateName, serialHex } from './certificates'
import { findPdfSignatures, isPdf, PdfSignatureFormatError, type PdfSignatureField } from './pdf'
import type { TrustList } from './trust'

/** Outcome of one signature, and of a file (the worst of its signatures and its coverage). */
export type SignatureStatus = 'valid' | 'untrusted' | 'expired' | 'appended' | 'modified' | 'error' | 'none'

/** Worst first: a file's status is the first of these any of its checks reached. */
const SEVERITY: SignatureStatus[] = ['error', 'modified', 'appended', 'expired', 'untrusted', 'valid', 'none']

/** What one signature says, as stored with the file and shown on the page. */
export interface SignatureResult {
  status: SignatureStatus
  subFilter: string | null
  signer: { name: string | null; organisation: string | null; unit: string | null; serial: string | null; issuer: string | null } | null
  certificate: { notBefore: string; notAfter: string } | null
  /** When it was signed, ISO 8601, and where that time comes from. */
  signedAt: string | null
  signedAtSource: 'timestamp' | 'signed-attribute' | 'claimed' | null
  timestampAt: string | null
  /** The signed bytes hash to what the signer signed. */
  intact: boolean
  coversWholeFile: boolean
  /** A later signature covers what was added after this one. */
  laterSigned: boolean
  trusted: boolean
  /** The trust anchor the chain ends in. */
  trustAnchor: string | null
  validAtSigningTime: boolean
  digestAlgorithm: string | null
  reason: string | null
  location: string | null
  /** Plain Vietnamese sentence. */
  message: string
  /** Technical detail for the "details" disclosure (pkijs's message, the byte ranges). */
  detail: string
}

/** The verification of one file, stored with it (media.signatureCheck). */
export interface FileVerification {
  status: SignatureStatus
  message: string
  signatures: SignatureResult[]
  checkedAt: string
  /** The trust list the result was computed with (TrustList.key). */
  trustKey: string
  sha256: string
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  signingTime: '1.2.840.113549.1.9.5',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
}
const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
}

const STATUS_TEXT: Record<SignatureStatus, string> = {
  valid: 'chữ ký hợp lệ',
  untrusted: 'không xác định được nguồn tin cậy của chứng thư số',
  expired: 'chứng thư số không có hiệu lực tại thời điểm ký',
  appended: 'tệp có nội dung được thêm vào sau khi ký',
  modified: 'tệp đã bị thay đổi sau khi ký',
  error: 'không đọc được chữ ký số',
  none: 'tệp không có chữ ký số',
}

/** Returns the plain-Vietnamese label of a status ("chữ ký hợp lệ", …). */
export function signatureStatusText(status: SignatureStatus): string {
  return STATUS_TEXT[status]
}

const worst = (statuses: SignatureStatus[]): SignatureStatus =>
  SEVERITY.find((s) => statuses.includes(s)) ?? 'none'

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer

function timeOf(value: unknown): Date | null {
  const date = (value as { toDate?: () => Date } | undefined)?.toDate?.()
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null
}

/** Returns the signer's certificate: the one the SignerInfo names by issuer and serial or by key id. */
function signerCertificate(signed: pkijs.SignedData, info: pkijs.SignerInfo): pkijs.Certificate | null {
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
  if (info.sid instanceof pkijs.IssuerAndSerialNumber) {
    const sid = info.sid
    return certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null
  }
  const keyId = Buffer.from((info.sid as asn1js.OctetString).valueBlock.valueHexView)
  return (
    certs.find((c) => {
      const ext = c.extensions?.find((e) => e.extnID === '2.5.29.14')
      const value = (ext?.parsedValue as asn1js.OctetString | undefined)?.valueBlock?.valueHexView
      return value ? Buffer.from(value).equals(keyId) : false
    }) ?? null
  )
}

/**
 * Returns the genTime of an RFC 3161 timestamp token whose own signature holds and whose message
 * imprint is the hash of this signature's value (pkijs checks both when the encapsulated content
 * is a TSTInfo and it is handed the stamped data).
 */
async function timestampTime(info: pkijs.SignerInfo): Promise<Date | null> {
  const attr = info.unsignedAttrs?.attributes.find((a) => a.type === OID.timeStampToken)
  if (!attr) return null
  try {
    const token = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: attr.values[0] }).content })
    const content = token.encapContentInfo.eContent?.getValue()
    if (token.encapContentInfo.eContentType !== OID.tstInfo || !content) return null
    const stamped = info.signature.valueBlock.valueHexView.slice().buffer
    const ok = await token.verify({ signer: 0, data: stamped, checkChain: false, extendedMode: true }).then(
      (r) => r.signatureVerified === true,
      () => false,
    )
    return ok ? pkijs.TSTInfo.fromBER(content).genTime : null
  } catch {
    return null
  }
}

/** Returns the outcome of one signature dictionary. */
async function verifyOne(field: PdfSignatureField, trust: TrustList): Promise<SignatureResult> {
  const base = {
    subFilter: field.subFilter,
    coversWholeFile: field.coversWholeFile,
    laterSigned: false,
    reason: field.reason,
    location: field.location,
    detail: `ByteRange [${field.byteRange.join(' ')}]`,
  }
  const failed = (detail: string): SignatureResult => ({
    ...base,
    status: 'error',
    signer: null,
    certificate: null,
    signedAt: field.claimedTime?.toISOString() ?? null,
    signedAtSource: field.claimedTime ? 'claimed' : null,
    timestampAt: null,
    intact: false,
    trusted: false,
    trustAnchor: null,
    validAtSigningTime: false,
    digestAlgorithm: null,
    message: `Không đọc được chữ ký số${field.name ? ` của ${field.name}` : ''}.`,
    detail: `${base.detail}; ${detail}`,
  })
  if (field.subFilter === 'ETSI.RFC3161') return failed('dấu thời gian tài liệu (ETSI.RFC3161) chưa được hỗ trợ')

  let signed: pkijs.SignedData
  try {
    const content = new pkijs.ContentInfo({ schema: asn1js.fromBER(arrayBuffer(field.contents)).result })
    if (content.contentType !== OID.signedData) return failed(`CMS contentType ${content.contentType}`)
    signed = new pkijs.SignedData({ schema: content.content })
  } catch (error) {
    return failed(`CMS: ${(error as Error).message}`)
  }
  const info = signed.signerInfos[0]
  if (!info) return failed('CMS không có SignerInfo')
  const cert = signerCertificate(signed, info)
  if (!cert) return failed('CMS không kèm chứng thư số của người ký')

  const attrTime = timeOf(info.signedAttrs?.attributes.find((a) => a.type === OID.signingTime)?.values[0])
  const stamped = await timestampTime(info)
  const signedAt = stamped ?? attrTime ?? field.claimedTime
  const checkDate = signedAt ?? new Date()

  // Integrity: the message digest over the byte ranges and the signature over the signed attributes.
  const integrity = await signed
    .verify({ signer: 0, data: arrayBuffer(field.signedBytes), checkChain: false, extendedMode: true })
    .then(
      (r) => ({ ok: r.signatureVerified === true, message: r.message }),
      (e: { signatureVerified?: boolean; message?: string }) => ({ ok: false, message: e?.message ?? String(e) }),
    )

  // Trust: a path from the signer to an anchor of the agency's list, every certificate valid at the signing time.
  const notBefore = cert.notBefore.value
  const notAfter = cert.notAfter.value
  const validAtSigningTime = notBefore.getTime() <= checkDate.getTime() && checkDate.getTime() <= notAfter.getTime()
  const embedded = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
  const chain =
    trust.anchors.length === 0
      ? { result: false, resultMessage: 'danh sách tin cậy trống', certificatePath: [] as pkijs.Certificate[] }
      : await new pkijs.CertificateChainValidationEngine({
          trustedCerts: trust.anchors,
          certs: [cert, ...embedded.filter((c) => c !== cert), ...trust.intermediates],
          checkDate,
        })
          .verify()
          .catch((e: Error) => ({ result: false, resultMessage: e.message, certificatePath: [] as pkijs.Certificate[] }))
  const path = chain.certificatePath ?? []
  const anchor = chain.result && path.length > 0 ? certificateName(path[path.length - 1]!).commonName : null

  const status: SignatureStatus = !integrity.ok ? 'modified' : !validAtSigningTime ? 'expired' : !chain.result ? 'untrusted' : 'valid'
  const subject = certificateName(cert)
  const who = [subject.commonName, subject.organisation].filter(Boolean).join(', ') || 'người ký không rõ tên'
  const when = signedAt ? ` lúc ${formatDateTimeVN(signedAt)}` : ''
  return {
    ...base,
    status,
    signer: {
      name: subject.commonName,
      organisation: subject.organisation,
      unit: subject.organisationalUnit,
      serial: serialHex(cert),
      issuer: certificateName(cert, true).commonName,
    },
    certificate: { notBefore: notBefore.toISOString(), notAfter: notAfter.toISOString() },
    signedAt: signedAt?.toISOString() ?? null,
    signedAtSource: stamped ? 'timestamp' : attrTime ? 'signed-attribute' : field.claimedTime ? 'claimed' : null,
    timestampAt: stamped?.toISOString() ?? null,
    intact: integrity.ok,
    trusted: chain.result === true,
    trustAnchor: anchor,
    validAtSigningTime,
    digestAlgorithm: DIGESTS[info.digestAlgorithm.algorithmId] ?? info.digestAlgorithm.algorithmId,
    message: `Đã ký số bởi ${who}${when} — ${STATUS_TEXT[status]}.`,
    detail: `${base.detail}; toàn vẹn: ${integrity.ok ? 'có' : `không (${integrity.message})`}; chuỗi tin cậy: ${chain.result ? `đến ${anchor}` : chain.resultMessage}`,
  }
}

/** Returns the verification of a file's signatures (a non-PDF is `none`); never throws. */
export async function verifyFileSignatures(data: Uint8Array, trust: TrustList, now: Date = new Date()): Promise<FileVerification> {
  const sha256 = createHash('sha256').update(data).digest('hex')
  const result = (status: SignatureStatus, signatures: SignatureResult[], message?: string): FileVerification => ({
    status,
    message: message ?? (status === 'none' ? 'Tệp không có chữ ký số.' : signatures.map((s) => s.message).join(' ')),
    signatures,
    checkedAt: now.toISOString(),
    trustKey: trust.key,
    sha256,
  })
  if (!isPdf(data)) return result('none', [])
  let fields: PdfSignatureField[]
  try {
    fields = findPdfSignatures(data)
  } catch (error) {
    if (!(error instanceof PdfSignatureFormatError)) throw error
    return result('error', [], `Không đọc được chữ ký số: ${error.message}.`)
  }
  if (fields.length === 0) return result('none', [])
  const signatures = await Promise.all(fields.map((f) => verifyOne(f, trust)))
  // What was added after a signature is accounted for when a later, intact signature covers it.
  for (let i = 0; i < signatures.length; i++) {
    signatures[i]!.laterSigned = signatures.slice(i + 1).some((s) => s.intact)
  }
  const last = signatures[signatures.length - 1]!
  const statuses = signatures.map((s) => s.status)
  if (!last.coversWholeFile && last.intact) {
    statuses.push('appended')
    last.message = `${last.message} Sau chữ ký này, tệp có nội dung được thêm vào chưa được ký.`
  }
  return result(worst(statuses), signatures)
}
