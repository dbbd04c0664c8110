import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { defineEndpoint, LIST_PARAMS, matchEndpoint } from '../../../site/lib/api/define'
import { API_ENDPOINTS } from '../../../site/lib/api/endpoints'

const base = { summary: 's', description: 'd', tags: ['t'], response: z.object({}) }

describe('defineEndpoint', () => {
  it('adds cursor, limit and format to list endpoints', () => {
    const e = defineEndpoint({ ...base, id: 'x', path: '/x', list: true, params: {}, csv: { filename: 'x.csv', columns: [] } })
    expect(Object.keys(e.params)).toEqual(['cursor', 'limit', 'format'])
    expect(e.params.limit).toBe(LIST_PARAMS.limit)
    expect(defineEndpoint({ ...base, id: 'y', path: '/y', params: {} }).params).toEqual({})
  })

  it('refuses inconsistent declarations', () => {
    // A parameter named in the path is a path parameter: the two cannot disagree the other way.
    const p = z.string().describe('p')
    expect(() => defineEndpoint({ ...base, id: 'a', path: '/a/{id}', params: {} })).toThrow(/\{id\} is not declared/)
    expect(() => defineEndpoint({ ...base, id: 'a', path: '/a', list: true, params: { limit: p }, csv: { filename: 'x.csv', columns: [] } })).toThrow(/list parameter/)
    expect(() => defineEndpoint({ ...base, id: 'a', path: '/a', list: true, params: {} })).toThrow(/CSV/)
    expect(() => defineEndpoint({ ...base, id: 'a', path: '/a/{id}/b', params: { id: p }, greedy: true })).toThrow(/greedy/)
  })
})

describe('matchEndpoint', () => {
  const match = (path: string) => matchEndpoint(API_ENDPOINTS, path)

  it.each([
    ['/api/v1/documents', 'listDocuments', {}, false],
    ['/api/v1/documents.csv', 'listDocuments', {}, true],
    ['/api/v1/documents/', 'listDocuments', {}, false],
    ['/api/v1/documents/12', 'getDocument', { id: '12' }, false],
    ['/api/v1/documents/43%2F2011%2FN%C4%90-CP', 'getDocument', { id: '43/2011/NĐ-CP' }, false],
    ['/api/v1/documents/43/2011/N%C4%90-CP', 'getDocument', { id: '43/2011/NĐ-CP' }, false],
    ['/api/v1/drafts/du-thao-a/comments', 'listDraftComments', { slug: 'du-thao-a' }, false],
    ['/api/v1/drafts/du-thao-a/comments.csv', 'listDraftComments', { slug: 'du-thao-a' }, true],
    ['/api/v1/drafts/du-thao-a', 'getDraft', { slug: 'du-thao-a' }, false],
    ['/api/v1/agencies/bo-noi-vu', 'getAgency', { slug: 'bo-noi-vu' }, false],
    ['/api/v1/search', 'search', {}, false],
  ])('%s → %s', (path, id, pathParams, csvSuffix) => {
    expect(match(path)).toMatchObject({ endpoint: { id }, pathParams, csvSuffix })
  })

  it.each(['/api/v1', '/api/v1/nope', '/api/v2/documents', '/api/v1/drafts/a/b', '/api/v1/documents/%E0%A4%A', '/api/v1/documents/12.csv'])(
    '%s → null',
    (path) => {
      expect(match(path)).toBeNull()
    },
  )
})
