import { describe, expect, it } from 'vitest'

import { encodeCursor } from '../../../site/lib/api/cursor'
import { parseParams } from '../../../site/lib/api/define'
import { getDocument, listDocuments, listDraftComments, search } from '../../../site/lib/api/endpoints'

const BASE = 'https://cong.example.gov.vn/api/v1'

function documents(query: string) {
  return parseParams(listDocuments, new URL(`${BASE}/documents?${query}`), {})
}

function failure(result: ReturnType<typeof documents>) {
  if (result.ok) throw new Error(`expected a 400, got values ${JSON.stringify(result.values)}`)
  return result
}

describe('parseParams', () => {
  it('applies defaults and types values', () => {
    const result = documents('year=2024&validity=inForce&q=%20v%C4%83n%20b%E1%BA%A3n%20')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.values).toEqual({ year: 2024, validity: 'inForce', q: 'văn bản', limit: 20, sort: '-issuedAt' })
    expect(result.values.cursor).toBeUndefined()
  })

  it('normalises text to NFC so decomposed input matches stored text', () => {
    const nfd = 'ho\u0300a'.normalize('NFD')
    const result = documents(`q=${encodeURIComponent(nfd)}`)
    expect(result.ok && result.values.q).toBe('hòa'.normalize('NFC'))
  })

  it.each([
    ['limit=0', 'limit', 'invalid_parameter'],
    ['limit=101', 'limit', 'invalid_parameter'],
    ['limit=abc', 'limit', 'invalid_parameter'],
    ['limit=1.5', 'limit', 'invalid_parameter'],
    ['year=20x', 'year', 'invalid_parameter'],
    ['year=1800', 'year', 'invalid_parameter'],
    ['unknown=1', 'unknown', 'unknown_parameter'],
    ['cursor=garbage', 'cursor', 'invalid_parameter'],
    ['cursor=%2B%2F%3D', 'cursor', 'invalid_parameter'],
    ['sort=bogus', 'sort', 'invalid_parameter'],
    ['validity=valid', 'validity', 'invalid_parameter'],
    ['issuedFrom=2024-02-30', 'issuedFrom', 'invalid_parameter'],
    ['issuedTo=31/12/2024', 'issuedTo', 'invalid_parameter'],
    ['updatedSince=2024-01-01T00:00:00', 'updatedSince', 'invalid_parameter'],
    ['type=a%20b', 'type', 'invalid_parameter'],
    ['year=2020&year=2021', 'year', 'invalid_parameter'],
    ['issuedFrom=2024-05-01&issuedTo=2024-04-01', 'issuedTo', 'invalid_parameter'],
  ])('%s → 400 naming %s', (query, parameter, code) => {
    const result = failure(documents(query))
    expect(result.status).toBe(400)
    expect(result.error.parameter).toBe(parameter)
    expect(result.error.code).toBe(code)
    expect(result.error.message).toContain(`"${parameter}"`)
    expect(result.error.messageVi).toContain(`"${parameter}"`)
  })

  it('says the allowed range and values in both languages', () => {
    const limit = failure(documents('limit=101'))
    expect(limit.error.message).toBe('Parameter "limit" must be between 1 and 100.')
    expect(limit.error.messageVi).toBe('Tham số "limit" phải từ 1 đến 100.')
    expect(failure(documents('sort=bogus')).error.message).toContain('-issuedAt, issuedAt')
  })

  it('decodes a valid cursor into a position', () => {
    const cursor = encodeCursor({ sortValue: '2024-05-01T00:00:00.000Z', id: 42 })
    const result = documents(`cursor=${cursor}&limit=100`)
    expect(result.ok && result.values).toMatchObject({ cursor: { sortValue: '2024-05-01T00:00:00.000Z', id: 42 }, limit: 100 })
  })

  it('treats empty values as absent (HTML forms send every field)', () => {
    const result = documents('q=&type=&year=&limit=')
    expect(result.ok && result.values).toEqual({ limit: 20, sort: '-issuedAt' })
  })

  it('enforces maxLength on text', () => {
    expect(failure(documents(`q=${'a'.repeat(201)}`)).error.parameter).toBe('q')
    expect(documents(`q=${'ă'.repeat(200)}`).ok).toBe(true)
  })

  it('requires required parameters', () => {
    const result = parseParams(search, new URL(`${BASE}/search`), {})
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatchObject({ parameter: 'q', code: 'invalid_parameter' })
  })

  it('validates path parameters and rejects them in the query', () => {
    const ok = parseParams(listDraftComments, new URL(`${BASE}/drafts/du-thao/comments?stance=agree`), { slug: 'du-thao' })
    expect(ok.ok && ok.values).toMatchObject({ slug: 'du-thao', stance: 'agree', sort: 'createdAt' })
    const bad = parseParams(listDraftComments, new URL(`${BASE}/drafts/x/comments`), { slug: 'Bad Slug' })
    expect(!bad.ok && bad.error.parameter).toBe('slug')
    const inQuery = parseParams(listDraftComments, new URL(`${BASE}/drafts/x/comments?slug=x`), { slug: 'x' })
    expect(!inQuery.ok && inQuery.error).toMatchObject({ parameter: 'slug', code: 'unknown_parameter' })
  })

  it('does not accept list parameters on item endpoints', () => {
    const result = parseParams(getDocument, new URL(`${BASE}/documents/1?limit=5`), { id: '1' })
    expect(!result.ok && result.error).toMatchObject({ parameter: 'limit', code: 'unknown_parameter' })
  })

  it('accepts a number-symbol as a document id', () => {
    const result = parseParams(getDocument, new URL(`${BASE}/documents/x`), { id: '43/2011/NĐ-CP' })
    expect(result.ok && result.values.id).toBe('43/2011/NĐ-CP')
  })
})
