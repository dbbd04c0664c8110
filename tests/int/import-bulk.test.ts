import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import type { DocumentRecord } from '../../cms/seed/documentFile'
import { runImport } from '../../scripts/import'
import { createTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => t?.cleanup())

const text = (n: number) =>
  [`NGHỊ ĐỊNH`, `Quy định số ${n}`, `Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;`, ...Array.from({ length: 3 + (n % 4) }, (_, i) => `Điều ${i + 1}. Điều khoản ${i + 1}\n1. Nội dung khoản một của điều ${i + 1}.\na) Điểm a <b>đậm</b>.\n2. Nội dung khoản hai.`)].join('\n')

/** Twelve documents numbered from `base`; relations point backwards, forwards and without a year. */
function corpus(base: number): DocumentRecord[] {
  const sym = (i: number) => `${base + i}/2024/NĐ-CP`
  return Array.from({ length: 12 }, (_, i) => {
    const r: DocumentRecord = { numberSymbol: sym(i), documentType: 'Nghị định', issuer: 'Chính phủ', issuedAt: `2024-03-${String(i + 1).padStart(2, '0')}`, effectiveAt: `2024-04-${String(i + 1).padStart(2, '0')}`, summary: `Văn bản thử ${i}`, signerName: 'Nguyễn Văn A', fields: i % 2 ? ['Công nghệ thông tin'] : [], fullText: text(i) }
    if (i === 3) r.relations = [{ type: 'replaces', target: sym(0) }]
    if (i === 5) r.relations = [{ type: 'amends', target: sym(1), article: 'dieu-2', effectiveAt: '2024-05-01' }]
    if (i === 6) r.relations = [{ type: 'guides', target: sym(10) }] // a document later in the import
    if (i === 8) r.relations = [{ type: 'cites', target: '15/CT-TTg' }] // no year: the most recent one
    return r
  })
}

async function byKey(symbol: string) {
  const { docs } = await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: symbol } }, depth: 0, limit: 1, overrideAccess: true })
  return docs[0]!
}

/** The document without what differs by nature between two imports (ids, number, timestamps). */
async function comparable(doc: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { id, numberSymbol, numberKey, slug, numberParts, createdAt, updatedAt, publishedAt, summary, workflowLog, relations, ...rest } = doc as Record<string, any>
  void [id, numberSymbol, numberKey, slug, createdAt, updatedAt, summary]
  expect(publishedAt).toBeTruthy()
  const targets = []
  for (const r of relations ?? []) {
    const target = await t.payload.findByID({ collection: 'legal-documents', id: r.target, depth: 0, overrideAccess: true })
    targets.push({ type: r.type, article: r.article, effectiveAt: r.effectiveAt, target: String(target.numberSymbol).replace(/^\d+/, 'N') })
  }
  return {
    ...rest,
    validityReason: String(rest.validityReason ?? '').replace(/\b[1-3]\d\d\/2024/g, 'N/2024'),
    numberParts: { ...numberParts, number: undefined },
    workflowLog: (workflowLog ?? []).map((e: any) => ({ by: e.by, from: e.from, to: e.to, note: e.note, hasId: typeof e.id === 'string', hasAt: Boolean(e.at) })),
    relations: targets,
  }
}

describe('import: the bulk path stores what the Local API path stores', () => {
  it('same documents, versions, relations and validity through both paths', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bulk-'))
    fs.mkdirSync(path.join(dir, 'a'))
    fs.mkdirSync(path.join(dir, 'b'))
    fs.writeFileSync(path.join(dir, 'a', 'docs.json'), JSON.stringify(corpus(100)))
    fs.writeFileSync(path.join(dir, 'b', 'docs.json'), JSON.stringify(corpus(200)))
    // The Local API path: one payload.create per document, relations linked afterwards by update.
    const local = await runImport(path.join(dir, 'a'), t.payload, { progress: false, bulk: false, batchSize: 1, worker: false })
    // The bulk path: batches of 5 documents per transaction, full texts parsed in a worker thread.
    const bulk = await runImport(path.join(dir, 'b'), t.payload, { progress: false, batchSize: 5, worker: true })
    expect(local).toMatchObject({ created: 12, failed: 0 })
    expect(bulk).toMatchObject({ created: 12, failed: 0 })
    for (let i = 0; i < 12; i++) {
      const a = await byKey(`${100 + i}/2024/NĐ-CP`)
      const b = await byKey(`${200 + i}/2024/NĐ-CP`)
      expect(b.slug).toBe(`${200 + i}-2024-nd-cp`)
      expect(b.numberParts?.number).toBe(String(200 + i))
      expect(await comparable(b as never), `document ${i}`).toEqual(await comparable(a as never))
      expect(b.bodyHtml).toContain('id="dieu-1"')
      expect(b.bodyHtml).not.toContain('<b>')
      // Version history: the latest version row holds the document as saved, as in the admin.
      // (Validity recomputed after the import is written to the document alone, by design.)
      const saved = []
      for (const doc of [a, b]) {
        const versions = await t.payload.findVersions({ collection: 'legal-documents', where: { parent: { equals: doc.id } }, sort: '-updatedAt', depth: 0, overrideAccess: true })
        const latest = versions.docs[0]!
        expect(latest.latest).toBe(true)
        expect(latest.version._status).toBe('published')
        const { validity, validityReason, validitySince, ...version } = await comparable(latest.version as never)
        const { validity: v2, validityReason: r2, validitySince: s2, ...current } = await comparable(doc as never)
        void [validity, validityReason, validitySince, v2, r2, s2]
        expect(version).toEqual(current)
        saved.push(await comparable(latest.version as never))
      }
      expect(saved[1], `version of document ${i}`).toEqual(saved[0])
    }
    // Relations are seen from both sides: the replaced document is out of force.
    expect((await byKey('200/2024/NĐ-CP')).validity).toBe((await byKey('100/2024/NĐ-CP')).validity)
    expect((await byKey('200/2024/NĐ-CP')).validity).toBe('outOfForce')
  })

  it('a bad record in a batch is reported with its field and reason; the others land whole', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-'))
    const records = corpus(300)
    records[4] = { ...records[4]!, numberSymbol: '304/2019/NĐ-CP' } // year contradicts the issue date
    records[7] = { ...records[7]!, numberSymbol: records[2]!.numberSymbol.replace('NĐ', 'ND') } // same key: an update
    fs.writeFileSync(path.join(dir, 'docs.json'), JSON.stringify(records))
    const r = await runImport(dir, t.payload, { progress: false, batchSize: 5, worker: false })
    expect(r).toMatchObject({ records: 12, created: 10, updated: 1, failed: 1 })
    expect(r.errors[0]).toMatchObject({ field: 'numberSymbol' })
    expect(r.errors[0]!.reason).toMatch(/Năm trong số ký hiệu/)
    const bad = await t.payload.count({ collection: 'legal-documents', where: { numberSymbol: { equals: '304/2019/NĐ-CP' } }, overrideAccess: true })
    expect(bad.totalDocs).toBe(0)
    const updated = await byKey('302/2024/NĐ-CP')
    expect(updated).toBeUndefined()
    const again = await t.payload.find({ collection: 'legal-documents', where: { slug: { equals: '302-2024-nd-cp' } }, depth: 0, overrideAccess: true })
    expect(again.docs).toHaveLength(1)
    expect(again.docs[0]!.summary).toBe('Văn bản thử 7')
    const versions = await t.payload.countVersions({ collection: 'legal-documents', where: { parent: { equals: again.docs[0]!.id } }, overrideAccess: true })
    expect(versions.totalDocs).toBe(2)
  })
})
