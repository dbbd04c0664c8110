/**
 * Export links of the lists that have an API equivalent (issue 16: exports follow the page): the
 * API list with the page's filters, and a feed only when a feed can follow them.
 */
import { describe, expect, it } from 'vitest'

import { listExportLinks } from '../../../site/lib/export-links'

const params = (link: string) => Object.fromEntries(new URL(link, 'http://x').searchParams)

describe('listExportLinks', () => {
  it('links a section to its API list and CSV, and to the search feed of its kind, newest first', () => {
    const links = listExportLinks('science-programmes', 'science')
    expect(links).toEqual({
      json: '/api/v1/science-programmes?limit=100',
      csv: '/api/v1/science-programmes.csv?limit=100',
      rss: '/rss/tim-kiem.xml?kind=science&sort=date',
      atom: '/atom/tim-kiem.xml?kind=science&sort=date',
    })
  })

  it('uses the list’s own feed when it has one, and carries the words to every link', () => {
    const links = listExportLinks('news', 'tin-tuc', { q: 'chuyển đổi số' })
    expect(new URL(links.json, 'http://x').pathname).toBe('/api/v1/news')
    expect(params(links.json)).toEqual({ q: 'chuyển đổi số', limit: '100' })
    expect(params(links.csv)).toEqual({ q: 'chuyển đổi số', limit: '100' })
    expect(links.rss).toBe(`/rss/tin-tuc.xml?q=${encodeURIComponent('chuyển đổi số').replace(/%20/g, '+')}`)
    expect(params(links.atom!)).toEqual({ q: 'chuyển đổi số' })
  })

  it('carries the filters under the API’s names and leaves out the feeds that cannot follow them', () => {
    const questions = listExportLinks('questions', 'question', { q: 'đất đai', field: '7' })
    expect(params(questions.json)).toEqual({ q: 'đất đai', field: '7', limit: '100' })
    expect(new URL(questions.csv, 'http://x').pathname).toBe('/api/v1/questions.csv')
    expect(questions.rss).toBeUndefined()
    expect(questions.atom).toBeUndefined()
    const agencies = listExportLinks('agencies', 'agency', { q: '', parent: undefined, level: 'province' })
    expect(params(agencies.json)).toEqual({ q: '', level: 'province', limit: '100' })
    expect(agencies.rss).toBeUndefined()
    const drafts = listExportLinks('drafts', 'du-thao-mo', { agency: undefined, type: undefined })
    expect(drafts).toMatchObject({ json: '/api/v1/drafts?limit=100', rss: '/rss/du-thao-mo.xml', atom: '/atom/du-thao-mo.xml' })
  })
})
