import { readdirSync, readFileSync } from 'node:fs'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { API_ENDPOINTS } from '../../../site/lib/api/endpoints'
import { apiDescription, type OpenApiDocument } from '../../../site/lib/api/openapi'
import { Comment } from '../../../site/lib/api/schemas'
import { createResponseValidator, validateOpenApiDocument } from '../../helpers/openapi'

const doc = apiDescription('https://cong.example.gov.vn')
const validator = createResponseValidator(doc)
const clone = (): OpenApiDocument => structuredClone(doc)

const documentItem = {
  id: '12',
  numberSymbol: '43/2011/NĐ-CP',
  documentType: { id: '3', name: 'Nghị định', code: 'NĐ' },
  issuer: { id: '1', name: 'Chính phủ', abbreviation: 'CP' },
  summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến',
  issuedAt: '2011-06-13',
  effectiveAt: '2011-08-01',
  expiresAt: null,
  validity: 'outOfForce',
  validityLabel: 'Hết hiệu lực',
  signer: { name: 'Nguyễn Tấn Dũng', title: 'Thủ tướng' },
  fields: [{ id: '5', name: 'Công nghệ thông tin' }],
  language: 'vi',
  url: 'https://cong.example.gov.vn/van-ban/2011/43-2011-nd-cp',
  apiUrl: 'https://cong.example.gov.vn/api/v1/documents/12',
  updatedAt: '2025-01-31T08:00:00+07:00',
}

const comment = {
  id: 'c1',
  draftId: 'd1',
  version: 1,
  article: 'dieu-5',
  stance: 'partlyAgree',
  submitterCategory: 'individual',
  name: null,
  organisation: null,
  body: 'Đề nghị bổ sung khoản 3.',
  createdAt: '2025-07-01T09:00:00+07:00',
  status: 'published',
  hiddenReason: null,
  hiddenAt: null,
  response: { kind: 'accepted', text: 'Tiếp thu.' },
}

describe('OpenAPI document', () => {
  it('passes the structural checks', () => {
    const result = validateOpenApiDocument(doc)
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.officialSchemaChecked).toBe(false)
    expect(doc.openapi).toBe('3.1.0')
  })

  it('has one operation per endpoint, with list parameters and CSV on lists only', () => {
    const ops = Object.values(doc.paths).flatMap((item) => (item.get ? [item.get] : []))
    expect(ops.map((op) => op.operationId).sort()).toEqual(API_ENDPOINTS.map((e) => e.id).sort())
    // The one operation with a body: check a copy (a file in, a verdict out).
    const check = doc.paths['/check'].post
    expect(check.operationId).toBe('checkCopy')
    expect(Object.keys(check.requestBody.content)).toEqual(['application/pdf', 'multipart/form-data'])
    expect(Object.keys(check.responses)).toEqual(['200', '400', '413', '415', '429'])
    expect(JSON.stringify(check.responses['200'])).toContain('#/components/schemas/CheckResult')
    for (const endpoint of API_ENDPOINTS) {
      const op = doc.paths[endpoint.path].get
      const ok = op.responses['200'] as { content: Record<string, unknown>; headers: Record<string, unknown> }
      expect(Object.keys(ok.content).includes('text/csv')).toBe(endpoint.list)
      expect(Object.keys(ok.headers)).toEqual(expect.arrayContaining(['ETag', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']))
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '429']))
      const refs = JSON.stringify(op.parameters)
      expect(refs.includes('#/components/parameters/Cursor')).toBe(endpoint.list)
      expect(refs.includes('#/components/parameters/Limit')).toBe(endpoint.list)
    }
    expect(doc.paths['/documents/{id}'].get.responses['404']).toBeDefined()
    expect(doc.paths['/documents'].get.responses['404']).toBeUndefined()
    const tooMany = doc.components?.responses?.TooManyRequests as { headers: Record<string, unknown> }
    expect(Object.keys(tooMany.headers)).toContain('Retry-After')
  })

  it('compiles every component schema and every 200 body schema with ajv (2020-12, strict)', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true })
    addFormats(ajv)
    for (const name of Object.keys(doc.components?.schemas ?? {})) {
      expect(() => validator.validateSchema(name, {}), name).not.toThrow()
    }
    for (const endpoint of API_ENDPOINTS) {
      expect(() => validator.validate(endpoint.id, {}), endpoint.id).not.toThrow()
      expect(() => ajv.compile(z.toJSONSchema(endpoint.response)), endpoint.id).not.toThrow()
    }
  })

  it('uses $ref for shared schemas, so each is described once', () => {
    const text = JSON.stringify(doc.components?.schemas?.DocumentDetail)
    expect(text).toContain('#/components/schemas/TocEntry')
    expect(text).toContain('#/components/schemas/Relation')
    expect(text).toContain('#/components/schemas/DocumentFile')
    expect(JSON.stringify(doc.components?.schemas?.DocumentFile)).toContain('#/components/schemas/FileSignatures')
    expect(JSON.stringify(doc.components?.schemas?.Draft)).toContain('#/components/schemas/File"')
    expect(JSON.stringify(doc.paths['/documents'].get.responses['200'])).toContain('#/components/schemas/Document"')
  })

  it('reports what is broken', () => {
    const broken = clone()
    broken.openapi = '3.0.3'
    broken.paths['/drafts/{slug}'].get.operationId = 'listDocuments'
    broken.paths['/agencies/{slug}'].get.parameters = []
    ;(broken.components?.schemas?.Document.properties as Record<string, unknown>).issuer = { $ref: '#/components/schemas/Nope' }
    broken.paths['/search'].get.parameters?.push({ name: 'ghost', in: 'path', required: true, schema: { type: 'string' } })
    const { valid, errors } = validateOpenApiDocument(broken)
    expect(valid).toBe(false)
    const all = errors.join('\n')
    expect(all).toContain('openapi must be "3.1.0"')
    expect(all).toContain('operationId listDocuments already used')
    expect(all).toContain('GET /agencies/{slug}: path parameter {slug} is not declared')
    expect(all).toContain('$ref #/components/schemas/Nope does not resolve')
    expect(all).toContain('path parameter ghost is not in the path')
  })

  it('reports a component schema that is not valid JSON Schema', () => {
    const broken = clone()
    ;(broken.components?.schemas as Record<string, unknown>).Bad = { type: 'strnig' }
    expect(validateOpenApiDocument(broken).errors.join('\n')).toContain('components.schemas.Bad')
  })

  it('runs an official meta-schema when one is given', () => {
    const stand_in = { type: 'object', required: ['openapi'], properties: { openapi: { const: '3.2.0' } } }
    const result = validateOpenApiDocument(doc, { officialSchema: stand_in })
    expect(result.officialSchemaChecked).toBe(true)
    expect(result.valid).toBe(false)
    expect(result.errors[0]).toMatch(/^official schema: /)
  })
})

describe('response validation', () => {
  it('accepts well-formed bodies', () => {
    const list = validator.validate('listDocuments', { data: [documentItem], next: null, limit: 20 })
    expect(list.errors).toEqual([])
    expect(validator.validate('listDraftComments', { data: [comment], next: 'https://x.gov.vn/api/v1/drafts/a/comments?cursor=abc', limit: 20 }).valid).toBe(true)
    const hidden = { ...comment, status: 'hidden', body: null, stance: null, submitterCategory: null, hiddenReason: 'Ngôn từ xúc phạm', hiddenAt: '2025-07-02T10:00:00+07:00', response: null }
    expect(validator.validateSchema('Comment', hidden).errors).toEqual([])
    // A hidden comment is only a stub: its stance or category would say something about its content.
    expect(validator.validateSchema('Comment', { ...hidden, stance: 'disagree' }).valid).toBe(false)
    expect(validator.validate('getDocument', { error: { code: 'not_found', message: 'Not found.', messageVi: 'Không tìm thấy.' } }, 404).valid).toBe(true)
  })

  it('rejects a comment carrying email or phone', () => {
    for (const leak of [{ email: 'a@example.vn' }, { phone: '0912345678' }]) {
      const result = validator.validateSchema('Comment', { ...comment, ...leak })
      expect(result.valid).toBe(false)
      expect(result.errors.join()).toContain(Object.keys(leak)[0])
      const asList = validator.validate('listDraftComments', { data: [{ ...comment, ...leak }], next: null, limit: 20 })
      expect(asList.valid).toBe(false)
    }
  })

  it('declares no email or phone property anywhere in the Comment schema', () => {
    const names: string[] = []
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk)
      if (!node || typeof node !== 'object') return
      const props = (node as { properties?: Record<string, unknown> }).properties
      if (props) names.push(...Object.keys(props))
      Object.values(node).forEach(walk)
    }
    walk(doc.components?.schemas?.Comment)
    walk(z.toJSONSchema(Comment))
    expect(names.length).toBeGreaterThan(10)
    expect(names.filter((n) => /mail|phone|tel/i.test(n))).toEqual([])
  })

  it('rejects a hidden comment that still shows its text or author', () => {
    const leaky = { ...comment, status: 'hidden', hiddenReason: 'Spam', hiddenAt: '2025-07-02T10:00:00+07:00' }
    expect(validator.validateSchema('Comment', leaky).valid).toBe(false)
    expect(validator.validateSchema('Comment', { ...leaky, body: null, name: 'Nguyễn Văn A' }).valid).toBe(false)
  })

  it('rejects wrong dates, enums and unknown fields', () => {
    const bad = (patch: Record<string, unknown>) =>
      validator.validate('listDocuments', { data: [{ ...documentItem, ...patch }], next: null, limit: 20 }).valid
    expect(bad({ issuedAt: '13/06/2011' })).toBe(false)
    expect(bad({ validity: 'valid' })).toBe(false)
    expect(bad({ internalNotes: 'x' })).toBe(false)
    expect(bad({ url: '/van-ban/2011/x' })).toBe(false)
    expect(validator.validate('listDocuments', { data: [], next: null, limit: 0 }).valid).toBe(false)
  })

  it('throws for an unknown operation or status', () => {
    expect(() => validator.validate('nope', {})).toThrow(/nope/)
    expect(() => validator.validate('listDocuments', {}, 418)).toThrow(/418/)
  })
})

describe('HTML documentation', () => {
  // The page is Astro components (site/pages/api/v1/docs.astro, site/components/api/), checked in the
  // browser by tests/e2e/opendata.spec.ts; here: text is only ever printed escaped.
  it('prints no raw HTML', () => {
    const dir = 'site/components/api'
    const sources = [...readdirSync(dir).map((f) => `${dir}/${f}`), 'site/pages/api/v1/docs.astro'].map((f) => readFileSync(f, 'utf8'))
    expect(sources.length).toBeGreaterThan(3)
    for (const source of sources) expect(source).not.toMatch(/set:html|<script|style=|onclick|javascript:/i)
  })
})
