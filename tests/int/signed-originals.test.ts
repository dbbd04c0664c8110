import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recheckSignatures } from '../../cms/lib/signatures/recheck'
import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { handleApiRequest } from '../../site/lib/api/dispatch'
import { apiDescription } from '../../site/lib/api/openapi'
import { documentContext } from '../../site/lib/cms/documents'
import { createResponseValidator } from '../helpers/openapi'
import { refs } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'
import { makeTestCa, onePagePdf, signPdf, type TestCa } from '../helpers/signing'

const ORIGIN = 'http://cong.test'
const validator = createResponseValidator(apiDescription(ORIGIN))
let t: TestPayload
let rest: ReturnType<typeof restClient>
let ca: TestCa
let signed: Uint8Array
let trustDir: string
let editor: string
let approver: string

const plainPdf = onePagePdf

/** Uploads a file through Payload's REST API as a browser does (multipart, `_payload` JSON). */
async function upload(token: string, bytes: Uint8Array, name: string, fields: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify({ alt: name, ...fields }))
  const request = new Request('http://127.0.0.1:4321/api/media', { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  const res = await handleEndpoints({ config: t.payload.config, request, payloadInstanceCacheKey: t.key })
  return { status: res.status, json: (await res.json()) as any }
}

async function check(body: BodyInit, type = 'application/pdf') {
  // A FormData body brings its own multipart type (with the boundary).
  const headers: Record<string, string> = type ? { 'content-type': type } : {}
  const res = await handleApiRequest(new Request(`${ORIGIN}/api/v1/check`, { method: 'POST', body, headers }), '10.9.9.9')
  return { status: res.status, json: (await res.json()) as any }
}

beforeAll(async () => {
  process.env.PUBLIC_HOST = ORIGIN
  trustDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-'))
  process.env.SIGNATURE_TRUST_DIR = trustDir
  ca = await makeTestCa()
  fs.writeFileSync(path.join(trustDir, 'root.pem'), ca.root.pem)
  signed = await signPdf(await plainPdf('Quyet dinh 12/QD-VPCP ve viec thu nghiem chu ky so'), ca, new Date('2026-11-20T02:00:00Z'))
  t = await createTestPayload()
  runtime().payload = t.payload
  rest = restClient(t.payload, t.key)
  await seed(t.payload, { log: () => undefined })
  editor = (await staffToken(t.payload, 'editor')).token
  approver = (await staffToken(t.payload, 'approver')).token
}, 120_000)

afterAll(async () => {
  delete process.env.PUBLIC_HOST
  delete process.env.SIGNATURE_TRUST_DIR
  runtime().payload = undefined
  await t?.cleanup()
})

describe('signatures are verified where files are stored', () => {
  it('verifies an editor’s upload and ignores the verdict a client sends', async () => {
    const up = await upload(editor, signed, 'qd-12.pdf', { signatureStatus: 'modified', sha256: '0'.repeat(64), signatureCheck: { status: 'valid' } })
    expect(up.status).toBe(201)
    expect(up.json.doc).toMatchObject({ signatureStatus: 'valid', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(up.json.doc.sha256).not.toBe('0'.repeat(64))
    expect(up.json.doc.signatureCheck.signatures[0].signer.name).toBe('Nguyễn Văn An')

    const tampered = Buffer.from(signed)
    const at = tampered.indexOf('/CreationDate (D:') + 17
    tampered[at] = tampered[at] === 0x31 ? 0x32 : 0x31
    const bad = await upload(editor, tampered, 'qd-12-sua.pdf', { signatureStatus: 'valid' })
    expect(bad.status).toBe(201)
    expect(bad.json.doc.signatureStatus).toBe('modified')
    // An approver may edit a file's description, never its verdict.
    const patched = await rest('PATCH', `/media/${bad.json.doc.id}`, { token: approver, body: { alt: 'Sửa mô tả', signatureStatus: 'valid', signatureCheck: { status: 'valid' } } })
    expect(patched.status).toBe(200)
    expect(patched.json.doc).toMatchObject({ alt: 'Sửa mô tả', signatureStatus: 'modified' })
    expect(patched.json.doc.signatureCheck.status).toBe('modified')
  })

  it('catches stored results up when the trust list changes', async () => {
    const media = await t.payload.create({ collection: 'media', data: { alt: 'x' }, file: { data: Buffer.from(signed), mimetype: 'application/pdf', name: 'recheck.pdf', size: signed.length }, overrideAccess: true })
    expect(media.signatureStatus).toBe('valid')
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-empty-'))
    process.env.SIGNATURE_TRUST_DIR = empty
    try {
      const { updated } = await recheckSignatures(t.payload)
      expect(updated).toBeGreaterThanOrEqual(1)
      const after = await t.payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })
      expect(after.signatureStatus).toBe('untrusted')
      // Nothing stale left: a second run does nothing.
      expect((await recheckSignatures(t.payload)).updated).toBe(0)
    } finally {
      process.env.SIGNATURE_TRUST_DIR = trustDir
    }
    await recheckSignatures(t.payload)
    expect((await t.payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })).signatureStatus).toBe('valid')
  })

  it('does not trust the seed’s sample CA when the agency configures its own trust list', async () => {
    const sample = await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: '01/QĐ-MAU' } }, depth: 1, overrideAccess: true })
    const file = sample.docs[0]!.attachments![0]!.file as { signatureStatus?: string }
    expect(file.signatureStatus).toBe('untrusted')
  })
})

describe('a published document has its text or its original file', () => {
  it('refuses publication without either, through REST and the Local API, naming the field; a draft may wait', async () => {
    const r = await refs(t.payload, 'Quyết định', 'Văn phòng Chính phủ')
    const base = { ...r, numberSymbol: '12/QĐ-VPCP', summary: 'Quyết định thử', issuedAt: '2026-11-19T17:00:00.000Z' }
    const refused = await rest('POST', '/legal-documents', { token: approver, body: { ...base, workflowState: 'published', _status: 'published' } })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].data.errors[0]).toMatchObject({ path: 'fullText', message: expect.stringContaining('chưa có toàn văn hoặc tệp bản gốc') })
    await expect(
      t.payload.create({ collection: 'legal-documents', data: { ...base, workflowState: 'published', _status: 'published' } as never, overrideAccess: true }),
    ).rejects.toThrow(/toàn văn hoặc tệp bản gốc|fullText/)
    expect(await t.payload.count({ collection: 'legal-documents', where: { numberSymbol: { equals: '12/QĐ-VPCP' } }, overrideAccess: true })).toEqual({ totalDocs: 0 })

    const draft = await rest('POST', '/legal-documents?draft=true', { token: editor, body: { ...base, workflowState: 'draft', _status: 'draft' } })
    expect(draft.status).toBe(201)
    const media = await upload(editor, signed, 'qd-12-goc.pdf')
    const withFile = await rest('PATCH', `/legal-documents/${draft.json.doc.id}`, {
      token: approver,
      body: { workflowState: 'published', _status: 'published', attachments: [{ file: media.json.doc.id, label: 'Bản gốc', kind: 'original' }] },
    })
    expect(withFile.status).toBe(200)
    // The text was taken from the PDF at that save.
    expect(withFile.json.doc).toMatchObject({ textOrigin: 'pdf', fullText: expect.stringContaining('Quyet dinh 12/QD-VPCP') })
    // Taking both the text and the original away from a live document is refused too.
    const stripped = await rest('PATCH', `/legal-documents/${draft.json.doc.id}`, { token: approver, body: { attachments: [], fullText: '', _status: 'published' } })
    expect(stripped.status).toBe(400)
    expect(stripped.json.errors[0].data.errors[0].path).toBe('fullText')

    const doc = await t.payload.findByID({ collection: 'legal-documents', id: draft.json.doc.id, depth: 1, overrideAccess: true })
    const context = await documentContext(doc)
    expect(context.files[0]).toMatchObject({ signed: true, sha256: media.json.doc.sha256 })
    expect(context.files[0]!.signature!.signatures[0]!.message).toBe('Đã ký số bởi Nguyễn Văn An, Văn phòng Bộ Thử nghiệm lúc 20/11/2026 09:00 — chữ ký hợp lệ.')
  })
})

describe('POST /api/v1/check', () => {
  it('finds the published document holding an identical file, and reads the signatures', async () => {
    const ok = await check(new Uint8Array(signed))
    expect(ok.status).toBe(200)
    expect(ok.json.matches.map((m: { numberSymbol: string }) => m.numberSymbol)).toContain('12/QĐ-VPCP')
    expect(ok.json.matches[0]).toMatchObject({ url: expect.stringMatching(/^http:\/\/cong\.test\/van-ban\/2026\//), apiUrl: expect.stringMatching(/^http:\/\/cong\.test\/api\/v1\/documents\//) })
    // The answer is what the OpenAPI description says, checked by ajv independently of zod.
    expect(validator.validate('checkCopy', ok.json).errors).toEqual([])
    expect(ok.json.signatures).toMatchObject({ status: 'valid', statusLabel: 'Chữ ký hợp lệ', signatures: [{ signerName: 'Nguyễn Văn An', intact: true, trusted: true }] })

    const changed = Buffer.from(signed)
    changed[changed.length - 10] = changed[changed.length - 10] === 0x30 ? 0x31 : 0x30
    const other = await check(new Uint8Array(changed))
    expect(other.status).toBe(200)
    expect(validator.validate('checkCopy', other.json).errors).toEqual([])
    expect(other.json.matches).toEqual([])
    expect(other.json.signatures.status).not.toBe('valid')

    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(signed)], { type: 'application/pdf' }), 'ban-sao.pdf')
    const multipart = await check(form, '')
    expect(multipart.status).toBe(200)
    expect(multipart.json.sha256).toBe(ok.json.sha256)
  })

  it('does not reveal a file attached only to an unpublished document', async () => {
    const secret = await plainPdf('Du thao noi bo')
    const media = await t.payload.create({ collection: 'media', data: { alt: 'nội bộ' }, file: { data: Buffer.from(secret), mimetype: 'application/pdf', name: 'noi-bo.pdf', size: secret.length }, overrideAccess: true })
    const r = await refs(t.payload, 'Quyết định', 'Văn phòng Chính phủ')
    await t.payload.create({ collection: 'legal-documents', data: { ...r, numberSymbol: '13/QĐ-VPCP', summary: 'Nội bộ', issuedAt: '2026-11-19T17:00:00.000Z', attachments: [{ file: media.id, label: 'Bản gốc', kind: 'original' }] } as never, draft: true, overrideAccess: true })
    const answer = await check(new Uint8Array(secret))
    expect(answer.status).toBe(200)
    expect(answer.json.matches).toEqual([])
    expect(answer.json.signatures.status).toBe('none')
  })

  it('answers bad input with a 4xx naming the file', async () => {
    const empty = await check(new Uint8Array(0))
    expect(empty).toMatchObject({ status: 400, json: { error: { parameter: 'file' } } })
    const text = await check(new TextEncoder().encode('Không phải PDF'), 'application/pdf')
    expect(text).toMatchObject({ status: 415, json: { error: { code: 'not_pdf', parameter: 'file' } } })
    expect(validator.validate('checkCopy', text.json, 415).errors).toEqual([])
    const big = await check(new Uint8Array(21 * 1024 * 1024))
    expect(big).toMatchObject({ status: 413, json: { error: { parameter: 'file' } } })
  })
})
