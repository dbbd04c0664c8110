/**
 * The public projection of a stored verification (media.signatureCheck): what the document
 * page, the check-a-copy page and the API show. Read field by field, so a stored value of
 * another shape (an older version of the portal) shows as "not checked", never as valid.
 */
import { formatDateTimeVN } from '../dates'
import { SIGNATURE_STATUS_LABELS } from './labels'
import type { FileVerification, SignatureResult, SignatureStatus } from './verify'

/** One signature as shown to the public. */
export interface PublicSignature {
  status: SignatureStatus
  label: string
  message: string
  signerName: string | null
  organisation: string | null
  issuer: string | null
  serial: string | null
  signedAt: string | null
  /** dd/mm/yyyy HH:mm in Vietnam time. */
  signedAtText: string | null
  signedAtSource: SignatureResult['signedAtSource']
  intact: boolean
  coversWholeFile: boolean
  laterSigned: boolean
  trusted: boolean
  trustAnchor: string | null
  validAtSigningTime: boolean
  certificateValidFrom: string | null
  certificateValidTo: string | null
  detail: string
}

/** A file's signatures as shown to the public. */
export interface PublicFileSignatures {
  status: SignatureStatus
  label: string
  message: string
  checkedAt: string | null
  signatures: PublicSignature[]
}

const STATUSES = new Set(Object.keys(SIGNATURE_STATUS_LABELS))
const isStatus = (v: unknown): v is SignatureStatus => typeof v === 'string' && STATUSES.has(v)
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)

/** Returns the public view of a stored verification, or null when the file was never checked. */
export function publicSignatures(stored: unknown): PublicFileSignatures | null {
  const check = stored as Partial<FileVerification> | null | undefined
  if (!check || typeof check !== 'object' || !isStatus(check.status)) return null
  const signatures = (Array.isArray(check.signatures) ? check.signatures : []).filter((s) => s && isStatus(s.status)).map(
    (s): PublicSignature => ({
      status: s.status,
      label: SIGNATURE_STATUS_LABELS[s.status],
      message: String(s.message ?? ''),
      signerName: str(s.signer?.name),
      organisation: str(s.signer?.organisation),
      issuer: str(s.signer?.issuer),
      serial: str(s.signer?.serial),
      signedAt: str(s.signedAt),
      signedAtText: s.signedAt ? formatDateTimeVN(s.signedAt) : null,
      signedAtSource: s.signedAtSource ?? null,
      intact: s.intact === true,
      coversWholeFile: s.coversWholeFile === true,
      laterSigned: s.laterSigned === true,
      trusted: s.trusted === true,
      trustAnchor: str(s.trustAnchor),
      validAtSigningTime: s.validAtSigningTime === true,
      certificateValidFrom: str(s.certificate?.notBefore),
      certificateValidTo: str(s.certificate?.notAfter),
      detail: String(s.detail ?? ''),
    }),
  )
  return { status: check.status, label: SIGNATURE_STATUS_LABELS[check.status], message: String(check.message ?? ''), checkedAt: str(check.checkedAt), signatures }
}
