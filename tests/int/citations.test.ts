import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runtime } from '../../cms/runtime'
import { seed } from '../../cms/seed'
import { recordAllCitationsOnce } from '../../cms/collections/DocumentCitations/record'
import { documentCitations } from '../../site/lib/cms/citations'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'

// Issue 14 item 6: citations in the text link to the documents published on the portal.
let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
  runtime().payload = t.payload
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

async function byNumber(numberSymbol: string) {
  const { docs } = await t.payload.find({ collection: 'legal-documents', where: { numberSymbol: { equals: numberSymbol } }, limit: 1, overrideAccess: true })
  if (!docs[0]) throw new Error(`missing ${numberSymbol}`)
  return docs[0]
}

describe('citations of the seeded Directive 15/CT-TTg', () => {
  it('links "Nghị định số 64/2007/NĐ-CP" in its preamble once the decree is published on the portal', async () => {
    const ct15 = await byNumber('15/CT-TTg')
    // The seed lists 64/2007 without its text, so it is a draft: not public, not linked.
    expect((await byNumber('64/2007/NĐ-CP')).workflowState).toBe('draft')
    expect((await documentCitations(ct15, t.payload)).html).toContain('Thực hiện Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4')
    const draft = await byNumber('64/2007/NĐ-CP')
    const decree = await t.payload.update({
      collection: 'legal-documents',
      id: draft.id,
      data: { fullText: 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về ứng dụng công nghệ thông tin.', workflowState: 'published', _status: 'published' } as never,
      overrideAccess: true,
    })
    // The catalogue follows the content version, which the change feed bumps after the seed's commits.
    await expect
      .poll(async () => (await documentCitations(ct15, t.payload)).html, { timeout: 10_000, interval: 200 })
      .toContain(`Thực hiện <a class="cite" href="/van-ban/2007/${decree.slug}">Nghị định số 64/2007/NĐ-CP</a>`)
    const { cites } = await documentCitations(ct15, t.payload)
    expect(cites.map((d) => d.numberSymbol)).toContain('64/2007/NĐ-CP')
  })

  it('lists 15/CT-TTg (and 02/CT-BNV) under "Được dẫn chiếu bởi" on 64/2007', async () => {
    const { citedBy } = await documentCitations(await byNumber('64/2007/NĐ-CP'), t.payload)
    expect(citedBy.map((d) => d.numberSymbol).sort()).toEqual(['02/CT-BNV', '15/CT-TTg'])
    expect(citedBy.find((d) => d.numberSymbol === '15/CT-TTg')?.url).toBe('/van-ban/2012/15-ct-ttg')
  })
})

describe('a citation of a document published later', () => {
  it('is plain text first, then a link once the cited document is published, without re-saving the citing one', async () => {
    const citing = await publishDoc(t.payload, {
      numberSymbol: '31/2024/NĐ-CP',
      issuedAt: '2024-03-01T00:00:00+07:00',
      fullText: 'Điều 1. Phạm vi\nBãi bỏ khoản 2 Điều 3 Nghị định số 77/2019/NĐ-CP.\nĐiều 2. Hiệu lực\nTheo Điều 1 của Nghị định này.',
    })
    const before = await documentCitations(citing, t.payload)
    expect(before.html).toContain('Bãi bỏ khoản 2 Điều 3 Nghị định số 77/2019/NĐ-CP.')
    expect(before.html).toContain('<a class="cite" href="#dieu-1">Điều 1 của Nghị định này</a>')
    expect(before.cites).toEqual([])

    const cited = await publishDoc(t.payload, { numberSymbol: '77/2019/NĐ-CP', issuedAt: '2019-10-01T00:00:00+07:00' })
    // The catalogue follows the content version, bumped by the change feed after the commit.
    await expect
      .poll(async () => (await documentCitations(citing, t.payload)).html, { timeout: 10_000, interval: 200 })
      .toContain(`<a class="cite" href="/van-ban/2019/${cited.slug}#dieu-3-khoan-2">khoản 2 Điều 3 Nghị định số 77/2019/NĐ-CP</a>`)
    const { citedBy } = await documentCitations(cited, t.payload)
    expect(citedBy.map((d) => d.numberSymbol)).toEqual(['31/2024/NĐ-CP'])
  })

  it('does not list a draft or a withdrawn text as citing', async () => {
    const draft = await t.payload.create({
      collection: 'legal-documents',
      data: { numberSymbol: '99/2024/NĐ-CP', summary: 'Dự thảo', documentType: (await byNumber('31/2024/NĐ-CP')).documentType, issuer: (await byNumber('31/2024/NĐ-CP')).issuer, issuedAt: '2024-05-01T00:00:00+07:00', fullText: 'Điều 1. Căn cứ Nghị định số 77/2019/NĐ-CP.', workflowState: 'draft' } as never,
      overrideAccess: true,
    })
    expect(draft.bodyHtml).toContain('data-cite="77/2019/NĐ-CP"')
    const { citedBy } = await documentCitations(await byNumber('77/2019/NĐ-CP'), t.payload)
    expect(citedBy.map((d) => d.numberSymbol)).toEqual(['31/2024/NĐ-CP'])
  })
})

describe('who cites whom is kept in its own indexed rows (issue 19: no scan of every text per page)', () => {
  const citedByOf = async (numberSymbol: string) => (await documentCitations(await byNumber(numberSymbol), t.payload)).citedBy.map((d) => d.numberSymbol)
  const rowsOf = async (id: number | string) =>
    (await t.payload.find({ collection: 'document-citations', where: { citing: { equals: id } }, pagination: false, overrideAccess: true })).docs.map((r) => r.citedKey).sort()

  it('follow each save of the citing text, ignore draft saves, and go with the document', async () => {
    const citing = await publishDoc(t.payload, { numberSymbol: '12/2025/NĐ-CP', issuedAt: '2025-02-01T00:00:00+07:00', fullText: 'Điều 1. Căn cứ\nThi hành Nghị định số 77/2019/NĐ-CP và Chỉ thị số 15/CT-TTg.' })
    expect(await rowsOf(citing.id)).toEqual(['15/CT-TTG', '77/2019/NĐ-CP'].sort())
    expect(await citedByOf('77/2019/NĐ-CP')).toContain('12/2025/NĐ-CP')
    // A draft of new wording changes nothing public, so nothing here either.
    await t.payload.update({ collection: 'legal-documents', id: citing.id, draft: true, data: { fullText: 'Điều 1. Căn cứ\nKhông dẫn chiếu.' }, overrideAccess: true })
    expect(await citedByOf('77/2019/NĐ-CP')).toContain('12/2025/NĐ-CP')
    // The published text no longer cites 77/2019.
    await t.payload.update({ collection: 'legal-documents', id: citing.id, data: { fullText: 'Điều 1. Căn cứ\nThi hành Chỉ thị số 15/CT-TTg.', _status: 'published' } as never, overrideAccess: true })
    expect(await rowsOf(citing.id)).toHaveLength(1)
    expect(await citedByOf('77/2019/NĐ-CP')).not.toContain('12/2025/NĐ-CP')
    await t.payload.delete({ collection: 'legal-documents', id: citing.id, overrideAccess: true })
    expect(await rowsOf(citing.id)).toEqual([])
  })

  it('are recorded for every document once when a database has none (an upgraded portal), at boot', async () => {
    const before = await citedByOf('64/2007/NĐ-CP')
    expect(before.length).toBeGreaterThan(0)
    await t.payload.delete({ collection: 'document-citations', where: { id: { exists: true } }, overrideAccess: true })
    expect(await citedByOf('64/2007/NĐ-CP')).toEqual([])
    const total = (await t.payload.count({ collection: 'legal-documents', overrideAccess: true })).totalDocs
    expect(await recordAllCitationsOnce(t.payload)).toBe(total)
    expect(await citedByOf('64/2007/NĐ-CP')).toEqual(before)
    // Once only: the next start reads nothing.
    expect(await recordAllCitationsOnce(t.payload)).toBe(0)
  })
})
