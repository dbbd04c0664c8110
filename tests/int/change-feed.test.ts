/**
 * The durable change feed (cms/feed/): written in each change's own transaction, numbered in
 * commit order without gaps or duplicates under concurrent writers, followed by every process,
 * pruned only once read, and telling saved state whether it can catch up.
 */
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHANGE_FEED_SLUG } from '../../cms/feed/collections'
import { feedHead, feedReach, FeedTailer, readFeed } from '../../cms/feed/tailer'
import { onContentChange, type ContentChange } from '../../cms/hooks/contentEvents'
import { seed } from '../../cms/seed'
import { publishDoc } from '../helpers/documents'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: () => undefined })
})
afterAll(async () => t?.cleanup())

const entries = async () => readFeed(t.payload, 0, 100_000)

describe('the change feed', () => {
  it('gets one entry per change, in the change’s transaction: a rolled-back save leaves neither the document nor an entry', async () => {
    const before = await feedHead(t.payload)
    const doc = await publishDoc(t.payload, { numberSymbol: '61/2026/NĐ-CP', issuedAt: '2026-02-01T00:00:00+07:00', fullText: 'Điều 1. Phạm vi\nThử dòng thay đổi.' })
    await t.payload.update({ collection: 'legal-documents', id: doc.id, data: { summary: 'Tóm tắt mới' }, overrideAccess: true })
    const mine = (await entries()).filter((e) => e.seq > before && e.source === 'legal-documents' && e.docId === String(doc.id))
    expect(mine.map((e) => e.operation)).toEqual(['create', 'update'])

    const head = await feedHead(t.payload)
    const req = await createLocalReq({}, t.payload)
    expect(await initTransaction(req)).toBe(true)
    const inTx = await t.payload.create({
      collection: 'legal-documents',
      data: { documentType: doc.documentType, issuer: doc.issuer, numberSymbol: '63/2026/NĐ-CP', issuedAt: '2026-02-03T00:00:00+07:00', summary: 'Sẽ bị hủy', fullText: 'Điều 1. Phạm vi\nSẽ bị hủy.', workflowState: 'published', _status: 'published' } as never,
      overrideAccess: true,
      req,
    })
    // Inside the transaction, its entry is there…
    const inside = await t.payload.find({ collection: CHANGE_FEED_SLUG as never, where: { and: [{ source: { equals: 'legal-documents' } }, { docId: { equals: String(inTx.id) } }] } as never, overrideAccess: true, req })
    expect(inside.totalDocs).toBe(1)
    await killTransaction(req)
    // …and rolled back with it.
    expect((await t.payload.find({ collection: 'legal-documents', where: { id: { equals: inTx.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(await feedHead(t.payload)).toBe(head)
  })

  it('numbers concurrent changes 1, 2, 3… in commit order, each once', async () => {
    const docs = await Promise.all([70, 71, 72, 73].map((n) => publishDoc(t.payload, { numberSymbol: `${n}/2026/NĐ-CP`, issuedAt: '2026-03-01T00:00:00+07:00' })))
    await Promise.all(docs.flatMap((d, i) => Array.from({ length: 5 }, (_, k) => t.payload.update({ collection: 'legal-documents', id: d.id, data: { summary: `Lần ${i}-${k}` }, overrideAccess: true }))))
    const seqs = (await entries()).map((e) => e.seq)
    expect(seqs.length).toBeGreaterThan(20)
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0]! + i))
  })

  it('is announced in order by a tailer, whoever wrote it; saved state learns whether it can catch up', async () => {
    runtime().feed = undefined
    const tailer = new FeedTailer(t.payload)
    await tailer.start()
    const seen: ContentChange[] = []
    const off = onContentChange((c) => c.seq !== undefined && seen.push(c))
    try {
      const start = tailer.applied
      const doc = await publishDoc(t.payload, { numberSymbol: '75/2026/NĐ-CP', issuedAt: '2026-03-05T00:00:00+07:00' })
      await t.payload.updateGlobal({ slug: 'settings', data: {}, overrideAccess: true })
      await tailer.sync()
      expect(seen.map((c) => [c.collection, String(c.id), c.operation])).toEqual([
        ['legal-documents', String(doc.id), 'create'],
        ['settings', 'settings', 'update'],
      ])
      expect(seen.map((c) => c.seq)).toEqual([start + 1, start + 2])

      const head = await feedHead(t.payload)
      expect(await feedReach(t.payload, head, undefined)).toBe('current')
      expect(await feedReach(t.payload, start, undefined)).toBe('behind')
      expect(await feedReach(t.payload, head + 5, undefined)).toBe('lost') // a snapshot from another (newer) database
      const [entry] = await readFeed(t.payload, start, 1)
      expect(await feedReach(t.payload, entry!.seq, 'another-database')).toBe('lost')

      // Pruning keeps what a live process has not read, and always the newest entry.
      const removed = await tailer.prune(head, new Date(Date.now() + 60_000))
      expect(removed).toBeGreaterThan(0)
      const left = await entries()
      expect(left[0]!.seq).toBe(head)
      expect(await feedReach(t.payload, start, undefined)).toBe('lost')
      expect(await feedReach(t.payload, head, left[0]!.createdAt)).toBe('current')
      // Numbering continues after pruning.
      await t.payload.updateGlobal({ slug: 'settings', data: {}, overrideAccess: true })
      expect(await feedHead(t.payload)).toBe(head + 1)
    } finally {
      off()
      await tailer.stop()
    }
  })

  it('lets exactly one live server process run the scheduled jobs: the oldest', async () => {
    runtime().feed = undefined
    const first = new FeedTailer(t.payload)
    await first.start()
    await new Promise((r) => setTimeout(r, 20))
    const second = new FeedTailer(t.payload)
    await second.start()
    try {
      expect([first.isLeader(), second.isLeader()]).toEqual([true, false])
      const { totalDocs } = await t.payload.count({ collection: 'portal-processes', overrideAccess: true })
      expect(totalDocs).toBe(2)
    } finally {
      await first.stop()
      await second.stop()
    }
    // A stopped process leaves the list.
    const { totalDocs } = await t.payload.count({ collection: 'portal-processes', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('is not readable by the public or by editors', async () => {
    const anonymous = await t.payload.find({ collection: CHANGE_FEED_SLUG as never, overrideAccess: false }).catch((e: Error) => e)
    expect(anonymous).toBeInstanceOf(Error)
  })
})
