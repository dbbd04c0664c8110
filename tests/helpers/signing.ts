/**
 * A throw-away certificate authority and a PDF signer for tests and the seed's sample file:
 * root → intermediate → signer certificates made with pkijs, and real PAdES-style signatures
 * (`adbe.pkcs7.detached`, CMS SignedData with signing-time and message-digest attributes) laid
 * into a PDF the way signing applications do: a signature field whose `/Contents` hole is
 * filled after the byte ranges are known. A second signature is an incremental update, so the
 * first stays intact.
 */
import { createHash, webcrypto } from 'node:crypto'

import * as asn1js from 'asn1js'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, StandardFonts } from 'pdf-lib'
import * as pkijs from 'pkijs'

import '../../cms/lib/signatures/certificates'

const crypto = webcrypto as unknown as Crypto
const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }

/** A certificate with its key pair. */
export interface Identity {
  certificate: pkijs.Certificate
  privateKey: CryptoKey
  /** PEM of the certificate. */
  pem: string
}

let serial = 1000

function name(target: pkijs.RelativeDistinguishedNames, parts: { cn: string; o?: string; c?: string }) {
  const add = (type: string, value: string, printable = false) =>
    target.typesAndValues.push(
      new pkijs.AttributeTypeAndValue({ type, value: printable ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value }) }),
    )
  if (parts.c) add('2.5.4.6', parts.c, true)
  if (parts.o) add('2.5.4.10', parts.o)
  add('2.5.4.3', parts.cn)
}

/** Returns the PEM text of a certificate. */
export function toPem(cert: pkijs.Certificate): string {
  const b64 = Buffer.from(cert.toSchema().toBER()).toString('base64')
  return `-----BEGIN CERTIFICATE-----\n${b64.replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`
}

/**
 * Returns a new certificate for `subject`, issued by `issuer` (self-signed without one), valid
 * from `notBefore` to `notAfter`; `ca` certificates may issue others.
 */
export async function issue(options: {
  subject: { cn: string; o?: string; c?: string }
  issuer?: Identity
  ca?: boolean
  notBefore?: Date
  notAfter?: Date
}): Promise<Identity> {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair
  const cert = new pkijs.Certificate()
  cert.version = 2
  cert.serialNumber = new asn1js.Integer({ value: serial++ })
  name(cert.subject, options.subject)
  if (options.issuer) cert.issuer = options.issuer.certificate.subject
  else name(cert.issuer, options.subject)
  cert.notBefore.value = options.notBefore ?? new Date(Date.now() - 86_400_000)
  cert.notAfter.value = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000)
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey)
  const keyId = createHash('sha1').update(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest()
  const basic = new pkijs.BasicConstraints({ cA: options.ca === true })
  // keyCertSign + cRLSign for a CA; digitalSignature + nonRepudiation for a signer.
  const usage = new asn1js.BitString({ valueHex: new Uint8Array([options.ca ? 0x06 : 0xc0]).buffer, unusedBits: options.ca ? 1 : 6 })
  cert.extensions = [
    new pkijs.Extension({ extnID: '2.5.29.19', critical: true, extnValue: basic.toSchema().toBER(false), parsedValue: basic }),
    new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: usage.toBER(false) }),
    new pkijs.Extension({ extnID: '2.5.29.14', extnValue: new asn1js.OctetString({ valueHex: keyId }).toBER(false) }),
  ]
  await cert.sign(options.issuer?.privateKey ?? keys.privateKey, 'SHA-256')
  return { certificate: cert, privateKey: keys.privateKey, pem: toPem(cert) }
}

/** A root, an intermediate and a signer under them. */
export interface TestCa {
  root: Identity
  intermediate: Identity
  signer: Identity
}

/** Returns a fresh three-level CA; `signer` overrides the signer's names and validity. */
export async function makeTestCa(options: { label?: string; signer?: { cn?: string; o?: string; notBefore?: Date; notAfter?: Date } } = {}): Promise<TestCa> {
  const label = options.label ?? 'Thử nghiệm'
  // The authorities run from 2015 for twenty years, so that any signing time a test picks falls inside them.
  const caValidity = { notBefore: new Date('2015-01-01T00:00:00Z'), notAfter: new Date('2035-01-01T00:00:00Z') }
  const root = await issue({ subject: { cn: `CA gốc ${label}`, o: label, c: 'VN' }, ca: true, ...caValidity })
  const intermediate = await issue({ subject: { cn: `CA trung gian ${label}`, o: label, c: 'VN' }, issuer: root, ca: true, ...caValidity })
  const signer = await issue({
    subject: { cn: options.signer?.cn ?? 'Nguyễn Văn An', o: options.signer?.o ?? 'Văn phòng Bộ Thử nghiệm', c: 'VN' },
    issuer: intermediate,
    notBefore: options.signer?.notBefore ?? new Date('2025-01-01T00:00:00Z'),
    notAfter: options.signer?.notAfter ?? new Date('2030-01-01T00:00:00Z'),
  })
  return { root, intermediate, signer }
}

/** A timestamp authority's token to add: who stamps, and the time it vouches for. */
export interface TimestampOptions {
  tsa: Identity
  time: Date
}

/** Returns an RFC 3161 timestamp token (ContentInfo of SignedData over a TSTInfo) for a signature value. */
async function timestampToken(signatureValue: ArrayBuffer, options: TimestampOptions): Promise<pkijs.ContentInfo> {
  const tst = new pkijs.TSTInfo({
    version: 1,
    policy: '1.2.3.4.1',
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new asn1js.OctetString({ valueHex: createHash('sha256').update(new Uint8Array(signatureValue)).digest() }),
    }),
    serialNumber: new asn1js.Integer({ value: serial++ }),
    genTime: options.time,
  })
  const content = tst.toSchema().toBER(false)
  const token = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.9.16.1.4', eContent: new asn1js.OctetString({ valueHex: content }) }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: options.tsa.certificate.issuer, serialNumber: options.tsa.certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.9.16.1.4' })] }),
            new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: createHash('sha256').update(new Uint8Array(content)).digest() })] }),
          ],
        }),
      }),
    ],
    certificates: [options.tsa.certificate],
  })
  await token.sign(options.tsa.privateKey, 0, 'SHA-256')
  return new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: token.toSchema(true) })
}

/** Returns the DER CMS SignedData (detached) over `data`, signed by `signer` with its chain embedded (and a timestamp token when asked). */
export async function cmsSign(data: Uint8Array, signer: Identity, chain: Identity[], signingTime: Date, timestamp?: TimestampOptions): Promise<Uint8Array> {
  const digest = createHash('sha256').update(data).digest()
  const signed = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.certificate.issuer, serialNumber: signer.certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })] }),
            new pkijs.Attribute({ type: '1.2.840.113549.1.9.5', values: [new asn1js.UTCTime({ valueDate: signingTime })] }),
            new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: digest })] }),
          ],
        }),
      }),
    ],
    certificates: [signer.certificate, ...chain.map((c) => c.certificate)],
  })
  await signed.sign(signer.privateKey, 0, 'SHA-256')
  if (timestamp) {
    const info = signed.signerInfos[0]!
    const token = await timestampToken(info.signature.valueBlock.valueHexView.slice().buffer, timestamp)
    info.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.14', values: [token.toSchema()] })] })
  }
  const content = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signed.toSchema(true) })
  return new Uint8Array(content.toSchema().toBER(false))
}

/** Returns a one-page PDF with a line of (ASCII) text, to sign. */
export async function onePagePdf(text = 'Van ban thu nghiem'): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  doc.addPage([595, 842]).drawText(text, { x: 72, y: 760, size: 14, font })
  return doc.save({ useObjectStreams: false })
}

const CONTENTS_BYTES = 16_384
const BYTE_RANGE_PLACEHOLDER = /\/ByteRange\s*\[\s*0\s+\/\*+\s+\/\*+\s+\/\*+\s*\]/g

/** Fills the placeholder signature of `pdf` (the last one): byte ranges, then the CMS in the hole. */
async function fillSignature(pdf: Buffer, signer: Identity, chain: Identity[], signingTime: Date, timestamp?: TimestampOptions): Promise<Uint8Array> {
  const text = pdf.toString('latin1')
  const placeholder = [...text.matchAll(BYTE_RANGE_PLACEHOLDER)].at(-1)
  if (!placeholder) throw new Error('no signature placeholder')
  const at = placeholder.index
  const holeStart = text.indexOf('/Contents <', at) + '/Contents '.length
  const holeEnd = text.indexOf('>', holeStart) + 1
  const range = `/ByteRange [0 ${holeStart} ${holeEnd} ${pdf.length - holeEnd}]`
  const out = Buffer.from(pdf)
  if (range.length > placeholder[0].length) throw new Error('byte range longer than its placeholder')
  out.write(range.padEnd(placeholder[0].length, ' '), at, 'latin1')
  const signedBytes = Buffer.concat([out.subarray(0, holeStart), out.subarray(holeEnd)])
  const cms = await cmsSign(signedBytes, signer, chain, signingTime, timestamp)
  const hex = Buffer.from(cms).toString('hex')
  if (hex.length > CONTENTS_BYTES * 2) throw new Error('signature larger than its placeholder')
  out.write(`<${hex.padEnd(CONTENTS_BYTES * 2, '0')}>`, holeStart, 'latin1')
  return new Uint8Array(out)
}

/** The signature dictionary with its placeholders, as pdf-lib objects. */
function signatureDict(doc: PDFDocument, signingTime: Date, signerName: string) {
  const byteRange = PDFArray.withContext(doc.context)
  byteRange.push(PDFNumber.of(0))
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of('**********'))
  return doc.context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'adbe.pkcs7.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(CONTENTS_BYTES * 2)),
    Reason: PDFHexString.fromText('Ban hành văn bản'),
    Name: PDFHexString.fromText(signerName),
    M: PDFString.fromDate(signingTime),
  })
}

/**
 * Returns `pdf` signed by `ca.signer` at `signingTime` (default now): one signature field on
 * the first page, the intermediate and root embedded in the CMS.
 */
export async function signPdf(pdf: Uint8Array, ca: TestCa, signingTime: Date = new Date(), timestamp?: TimestampOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf)
  const sigRef = doc.context.register(signatureDict(doc, signingTime, certificateCommonName(ca.signer)))
  const page = doc.getPage(0)
  const widget = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', Rect: [0, 0, 0, 0], V: sigRef, T: PDFString.of('Chu ky 1'), F: 4, P: page.ref }),
  )
  page.node.set(PDFName.of('Annots'), doc.context.obj([widget]))
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ SigFlags: 3, Fields: [widget] }))
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }))
  return fillSignature(bytes, ca.signer, [ca.intermediate, ca.root], signingTime, timestamp)
}

function certificateCommonName(identity: Identity): string {
  const cn = identity.certificate.subject.typesAndValues.find((t) => t.type === '2.5.4.3')
  return String((cn?.value as { valueBlock: { value: string } }).valueBlock.value)
}

/** The trailer facts an incremental update needs: where the last xref is, the catalog, the object count. */
function trailerOf(pdf: Buffer): { prev: number; root: string; size: number } {
  const text = pdf.toString('latin1')
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1])
  const trailer = text.slice(text.lastIndexOf('trailer'))
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1]
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1])
  if (!Number.isFinite(prev) || !root || !Number.isFinite(size)) throw new Error('cannot read the trailer')
  return { prev, root, size }
}

/** Returns `pdf` with an incremental update appending these objects (numbered from the trailer's /Size). */
export function appendUpdate(pdf: Uint8Array, objects: ((num: (i: number) => string) => string)[], replace: { ref: string; body: string }[] = []): Uint8Array {
  const base = Buffer.from(pdf)
  const { prev, root, size } = trailerOf(base)
  const num = (i: number) => `${size + i} 0 R`
  const parts: string[] = ['\n']
  let offset = base.length + 1
  const entries: [number, number][] = []
  const write = (id: number, body: string) => {
    const chunk = `${id} 0 obj\n${body}\nendobj\n`
    entries.push([id, offset])
    parts.push(chunk)
    offset += Buffer.byteLength(chunk, 'latin1')
  }
  objects.forEach((make, i) => write(size + i, make(num)))
  for (const r of replace) write(Number(r.ref.split(' ')[0]), r.body)
  const xrefAt = offset
  const xref = ['xref', ...entries.sort((a, b) => a[0] - b[0]).flatMap(([id, off]) => [`${id} 1`, `${String(off).padStart(10, '0')} 00000 n `])]
  parts.push(`${xref.join('\n')}\ntrailer\n<< /Size ${size + objects.length} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`)
  return new Uint8Array(Buffer.concat([base, Buffer.from(parts.join(''), 'latin1')]))
}

/** Returns a signed PDF with one more signature by `ca.signer`, added as an incremental update (the first stays intact). */
export async function addSignature(pdf: Uint8Array, ca: TestCa, signingTime: Date = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf)
  const dict = signatureDict(doc, signingTime, certificateCommonName(ca.signer))
  const catalogRef = trailerOf(Buffer.from(pdf)).root
  const catalog = doc.catalog.clone()
  const form = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).clone()
  const fields = form.lookup(PDFName.of('Fields'), PDFArray).clone()
  const page = doc.getPage(0)
  let widgetRef = ''
  const updated = appendUpdate(
    pdf,
    [
      () => dict.toString(),
      (n) => ((widgetRef = n(1)), `<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V ${n(0)} /T (Chu ky 2) /F 4 /P ${page.ref.toString()} >>`),
    ],
    [],
  )
  // The catalog again, its form listing both fields (a reader shows the second field).
  fields.push(PDFName.of('__WIDGET__'))
  form.set(PDFName.of('Fields'), fields)
  catalog.set(PDFName.of('AcroForm'), form)
  const withCatalog = appendUpdate(updated, [], [{ ref: catalogRef, body: catalog.toString().replace('/__WIDGET__', widgetRef) }])
  return fillSignature(Buffer.from(withCatalog), ca.signer, [ca.intermediate, ca.root], signingTime)
}

/** Returns a signed PDF changed after signing by an appended update (a new Info dictionary: unsigned content). */
export function appendUnsignedChange(pdf: Uint8Array): Uint8Array {
  return appendUpdate(pdf, [() => '<< /Title (Da sua sau khi ky) >>'])
}
