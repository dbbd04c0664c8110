/**
 * A bounded, seeded fuzz run over Payload's REST API as an anonymous caller and as an editor:
 * every collection and global, list, by-id, versions and count endpoints, every query parameter
 * with bad values. Bad input must be a 4xx, never a 5xx.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { BAD_IDS, restQueries, rng } from '../fuzz/cases'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, staffToken } from '../helpers/rest'

let t: TestPayload
let rest: ReturnType<typeof restClient>
let editor = ''

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
  rest = restClient(t.payload, t.key)
  editor = (await staffToken(t.payload, 'editor')).token
})
afterAll(async () => {
  await t?.cleanup()
})

function topFields(fields: { name?: string; type: string; fields?: unknown[]; tabs?: { fields: unknown[] }[] }[]): string[] {
  const names: string[] = []
  for (const f of fields) {
    if (f.name) names.push(f.name)
    if (!f.name && f.fields) names.push(...topFields(f.fields as never))
    if (f.tabs) for (const tab of f.tabs) names.push(...topFields(tab.fields as never))
  }
  return names
}

describe('Payload REST answers bad input with 4xx, never 5xx', () => {
  it('survives at least 2,000 bad requests', async () => {
    const pick = rng(Number(process.env.FUZZ_SEED ?? 20261202))
    const failures: string[] = []
    let sent = 0
    const collections = t.payload.config.collections.filter((c) => !c.slug.startsWith('payload-'))
    const perCollection = Math.ceil(1700 / collections.length)
    for (const c of collections) {
      const fields = [...topFields(c.fields as never), 'id', 'createdAt', 'updatedAt', '_status']
      const queries = restQueries(fields, pick, perCollection)
      for (const [i, q] of queries.entries()) {
        const base = i % 3 === 2 && c.versions ? `/${c.slug}/versions` : i % 7 === 3 ? `/${c.slug}/count` : `/${c.slug}`
        const path = `${base}?${q}`
        const r = await rest('GET', path, { token: i % 2 ? editor : undefined })
        sent++
        if (r.status >= 500) failures.push(`${r.status} GET ${path.replace(/x{20,}/g, "x…").slice(0, 400)}`)
      }
      for (const id of BAD_IDS) {
        for (const p of [`/${c.slug}/${encodeURIComponent(id)}`, ...(c.versions ? [`/${c.slug}/versions/${encodeURIComponent(id)}`] : [])]) {
          const r = await rest('GET', p)
          sent++
          if (r.status >= 500) failures.push(`${r.status} GET ${p.slice(0, 200)}`)
        }
        const d = await rest('DELETE', `/${c.slug}/${encodeURIComponent(id)}`, { token: editor })
        sent++
        if (d.status >= 500) failures.push(`${d.status} DELETE /${c.slug}/${id.slice(0, 50)}`)
      }
    }
    for (const g of t.payload.config.globals) {
      for (const q of restQueries(['title', 'name', '__proto__'], pick, 40)) {
        const r = await rest('GET', `/globals/${g.slug}?${q}`)
        sent++
        if (r.status >= 500) failures.push(`${r.status} GET /globals/${g.slug}?${q.slice(0, 200)}`)
      }
    }
    // Malformed bodies from a signed-in editor.
    for (const body of ['{', '[]', '"x"', 'null', '{"summary":{}}', '{"documentType":999999}', '{"_status":"bogus"}', '{"language":"xx"}', '{"issuedAt":"2026-02-30"}']) {
      for (const slug of ['legal-documents', 'news']) {
        const r = await rest('POST', `/${slug}`, { token: editor, body })
        sent++
        if (r.status >= 500) failures.push(`${r.status} POST /${slug} ${body}`)
      }
    }
    if (process.env.FUZZ_OUT) fs.writeFileSync(process.env.FUZZ_OUT, failures.join('\n'))
    console.log(`fuzz-rest: ${sent} requests, ${failures.length} answered 5xx`)
    expect(sent).toBeGreaterThanOrEqual(2000)
    expect(failures).toEqual([])
  }, 600_000)
})

describe('an anonymous caller reads a page at a time', () => {
  it('refuses a whole collection in one answer, naming the limit, and serves pages of up to 100', async () => {
    for (const q of ['limit=0', 'pagination=false', 'limit=101', 'limit=100000&pagination=false']) {
      const r = await rest('GET', `/legal-documents?${q}`)
      expect(r.status, q).toBe(400)
      expect((r.json as { errors?: { data?: { errors?: { path?: string }[] } }[] }).errors?.[0]?.data?.errors?.[0]?.path, q).toBe('limit')
    }
    const page = await rest('GET', '/legal-documents?limit=100')
    expect(page.status).toBe(200)
    const docs = (page.json as { docs: { bodyHtml?: string; fullText?: string }[] }).docs
    expect(docs.length).toBeGreaterThan(0)
    // Each document's HTML is rendered from its text when read.
    expect(docs.filter((d) => d.fullText).every((d) => (d.bodyHtml ?? '').includes('id="'))).toBe(true)
    // Staff keep the whole list (the admin's exports and tools read it).
    const staff = await rest('GET', '/legal-documents?limit=0&depth=0', { token: editor })
    expect(staff.status, JSON.stringify(staff.json).slice(0, 300)).toBe(200)
  })
})
