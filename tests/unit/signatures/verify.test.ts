import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDFDocument, StandardFonts } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'

import { findPdfSignatures } from '../../../cms/lib/signatures/pdf'
import { loadTrustList, type TrustList } from '../../../cms/lib/signatures/trust'
import { verifyFileSignatures } from '../../../cms/lib/signatures/verify'
import { addSignature, appendUnsignedChange, makeTestCa, signPdf, type TestCa } from '../../helpers/signing'

async function plainPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  doc.addPage([595, 842]).drawText('Chi thi 15/CT-TTg', { x: 72, y: 760, size: 14, font })
  return doc.save({ useObjectStreams: false })
}

function trustFolder(...pems: string[]): TrustList {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-'))
  pems.forEach((pem, i) => fs.writeFileSync(path.join(dir, `ca-${i}.pem`), pem))
  return loadTrustList(dir)
}

let ca: TestCa
let trust: TrustList
let signed: Uint8Array
const signingTime = new Date('2026-11-20T02:30:00Z')

beforeAll(async () => {
  ca = await makeTestCa({ signer: { notBefore: new Date('2026-01-01T00:00:00Z'), notAfter: new Date('2027-12-31T00:00:00Z') } })
  // The agency trusts the root only; the intermediate comes inside the signature.
  trust = trustFolder(ca.root.pem)
  signed = await signPdf(await plainPdf(), ca, signingTime)
}, 60_000)

describe('verifyFileSignatures', () => {
  it('names the signer and the time, and finds a valid signature covering the whole file', async () => {
    const result = await verifyFileSignatures(signed, trust)
    expect(result.status).toBe('valid')
    expect(result.signatures).toHaveLength(1)
    const [s] = result.signatures
    expect(s).toMatchObject({
      status: 'valid',
      intact: true,
      coversWholeFile: true,
      trusted: true,
      validAtSigningTime: true,
      trustAnchor: 'CA gốc Thử nghiệm',
      signedAt: signingTime.toISOString(),
      signedAtSource: 'signed-attribute',
      digestAlgorithm: 'SHA-256',
      subFilter: 'adbe.pkcs7.detached',
    })
    expect(s!.signer).toMatchObject({ name: 'Nguyễn Văn An', organisation: 'Văn phòng Bộ Thử nghiệm', issuer: 'CA trung gian Thử nghiệm' })
    expect(s!.message).toBe('Đã ký số bởi Nguyễn Văn An, Văn phòng Bộ Thử nghiệm lúc 20/11/2026 09:30 — chữ ký hợp lệ.')
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(result.trustKey).toBe(trust.key)
  })

  it('takes the signing time from a timestamp token when the file has one', async () => {
    const tsa = await makeTestCa({ label: 'Dấu thời gian', signer: { cn: 'Dịch vụ cấp dấu thời gian' } })
    const stamped = await signPdf(await plainPdf(), ca, signingTime, { tsa: tsa.signer, time: new Date('2026-11-20T02:31:15Z') })
    const [s] = (await verifyFileSignatures(stamped, trust)).signatures
    expect(s).toMatchObject({ status: 'valid', signedAt: '2026-11-20T02:31:15.000Z', signedAtSource: 'timestamp', timestampAt: '2026-11-20T02:31:15.000Z' })
    expect(s!.message).toContain('lúc 20/11/2026 09:31')
  })

  it('finds a byte changed after signing', async () => {
    const changed = Buffer.from(signed)
    // One digit of the creation date in the Info dictionary, well inside the signed bytes.
    const at = changed.indexOf('/CreationDate (D:') + '/CreationDate (D:'.length
    expect(at).toBeGreaterThan(20)
    changed[at] = changed[at] === 0x31 ? 0x32 : 0x31
    const result = await verifyFileSignatures(changed, trust)
    expect(result.status).toBe('modified')
    expect(result.signatures[0]).toMatchObject({ intact: false, status: 'modified' })
    expect(result.signatures[0]!.message).toContain('tệp đã bị thay đổi sau khi ký')
  })

  it('finds content appended after signing in an incremental update, with the signature itself intact', async () => {
    const result = await verifyFileSignatures(appendUnsignedChange(signed), trust)
    expect(result.status).toBe('appended')
    expect(result.signatures[0]).toMatchObject({ intact: true, coversWholeFile: false, laterSigned: false, status: 'valid' })
    expect(result.signatures[0]!.message).toContain('chưa được ký')
  })

  it('refuses a certificate that had expired when the file was signed', async () => {
    const expired = await makeTestCa({ label: 'Hết hạn', signer: { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') } })
    const file = await signPdf(await plainPdf(), expired, signingTime)
    const result = await verifyFileSignatures(file, trustFolder(expired.root.pem))
    expect(result.status).toBe('expired')
    expect(result.signatures[0]).toMatchObject({ intact: true, validAtSigningTime: false })
    expect(result.signatures[0]!.message).toContain('chứng thư số không có hiệu lực tại thời điểm ký')
  })

  it('keeps a certificate valid at the signing time valid after it expires', async () => {
    const old = await makeTestCa({ label: 'Cũ', signer: { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') } })
    const file = await signPdf(await plainPdf(), old, new Date('2020-06-01T00:00:00Z'))
    expect((await verifyFileSignatures(file, trustFolder(old.root.pem))).status).toBe('valid')
  })

  it('does not trust a root that is not in the trust list, nor anything with an empty list', async () => {
    const other = await makeTestCa({ label: 'Khác' })
    const untrusted = await verifyFileSignatures(signed, trustFolder(other.root.pem))
    expect(untrusted.status).toBe('untrusted')
    expect(untrusted.signatures[0]).toMatchObject({ intact: true, trusted: false, trustAnchor: null })
    expect(untrusted.signatures[0]!.message).toContain('không xác định được nguồn tin cậy')
    expect((await verifyFileSignatures(signed, trustFolder())).status).toBe('untrusted')
  })

  it('does not let an intermediate in the trust list stand in for a root', async () => {
    expect((await verifyFileSignatures(signed, trustFolder(ca.intermediate.pem))).status).toBe('untrusted')
  })

  it('verifies two signatures, the second an incremental update over the first', async () => {
    const second = await makeTestCa({ label: 'Thứ hai', signer: { cn: 'Trần Thị Bình', o: 'Văn thư' } })
    const twice = await addSignature(signed, second, new Date('2026-11-21T01:00:00Z'))
    const result = await verifyFileSignatures(twice, trustFolder(ca.root.pem, second.root.pem))
    expect(result.status).toBe('valid')
    expect(result.signatures.map((s) => [s.signer?.name, s.intact, s.coversWholeFile, s.laterSigned])).toEqual([
      ['Nguyễn Văn An', true, false, true],
      ['Trần Thị Bình', true, true, false],
    ])
    expect(findPdfSignatures(twice)).toHaveLength(2)
    // Trusting only the first signer's root leaves the second untrusted, and the file with it.
    expect((await verifyFileSignatures(twice, trust)).status).toBe('untrusted')
  })

  it('reports a file without signatures, a non-PDF and a broken signature dictionary', async () => {
    expect((await verifyFileSignatures(await plainPdf(), trust)).status).toBe('none')
    expect((await verifyFileSignatures(new TextEncoder().encode('PK\u0003\u0004 not a pdf'), trust)).status).toBe('none')
    const broken = Buffer.from(signed)
    const at = broken.indexOf('/ByteRange [0 ')
    broken.write('/ByteRange [0 9 8 7]'.padEnd(broken.indexOf(']', at) + 1 - at, ' '), at, 'latin1')
    const result = await verifyFileSignatures(broken, trust)
    expect(result.status).toBe('error')
    expect(result.message).toContain('Không đọc được chữ ký số')
  })
})

describe('loadTrustList', () => {
  it('reads PEM bundles, takes self-signed certificates as anchors and changes its key with the list', () => {
    const both = trustFolder(`${ca.root.pem}${ca.intermediate.pem}`)
    expect(both.anchors).toHaveLength(1)
    expect(both.intermediates).toHaveLength(1)
    expect(both.names).toEqual(['CA gốc Thử nghiệm'])
    expect(both.key).not.toBe(trust.key)
    expect(trustFolder(ca.root.pem).key).toBe(trust.key)
    expect(loadTrustList('/nonexistent/trust').anchors).toEqual([])
  })
})
