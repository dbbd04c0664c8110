import type { Payload } from 'payload'

import { nextTrackingNumber } from '../consultation/comments/sequence'
import { exactKey, simhash64 } from '../consultation/comments'
import { DAY_MS, startOfVnDay } from '../lib/dates'
import { fromRoot } from '../paths'
import { type DraftRecord, readDraftFiles } from './draftFile'

const SEED = { seed: true, skipModerationLog: true }

async function idByName(payload: Payload, collection: 'agencies' | 'document-types', name: string) {
  const { docs } = await payload.find({ collection, where: { name: { equals: name } }, limit: 1, depth: 0, draft: true, overrideAccess: true })
  return docs[0]?.id ?? null
}

async function createDraft(payload: Payload, record: DraftRecord, agency: number | string, type: number | string, now: number) {
  const opens = startOfVnDay(now)!.getTime() + record.opensInDays * DAY_MS
  const base = {
    title: record.title,
    slug: record.slug,
    summary: record.summary,
    draftingAgency: agency as number,
    documentType: type as number,
    receivingUnit: record.receivingUnit,
    opensAt: new Date(opens).toISOString(),
    closesAt: new Date(opens + record.periodDays * DAY_MS).toISOString(),
    isSample: record.sample,
    opensAt_tz: 'Asia/Ho_Chi_Minh' as const,
    closesAt_tz: 'Asia/Ho_Chi_Minh' as const,
  }
  const texts = [...record.previousVersions, { text: record.fullText, changeNote: record.changeNote }]
  // Each text published in turn, so the versions hook numbers them 1, 2… as in real use.
  const first = texts[0]!
  const draft = await payload.create({
    collection: 'drafts',
    data: { ...base, fullText: first.text, changeNote: first.changeNote, _status: 'published' },
    overrideAccess: true,
    context: SEED,
  })
  await seedComments(payload, record, draft.id, opens)
  for (const next of texts.slice(1)) {
    await payload.update({ collection: 'drafts', id: draft.id, data: { fullText: next.text, changeNote: next.changeNote ?? null, _status: 'published' }, overrideAccess: true, context: SEED })
  }
  if (record.report) {
    await payload.update({
      collection: 'drafts',
      id: draft.id,
      data: { report: { publishedAt: new Date(startOfVnDay(now)!.getTime() + record.report.publishedInDays * DAY_MS).toISOString(), summary: record.report.summary }, _status: 'published' },
      overrideAccess: true,
      context: SEED,
    })
  }
}

async function seedComments(payload: Payload, record: DraftRecord, draftId: number | string, opens: number) {
  const { docs } = await payload.find({ collection: 'draft-versions', where: { draft: { equals: draftId } }, sort: '-number', limit: 1, depth: 0, overrideAccess: true })
  const version = docs[0]
  const articles = (Array.isArray(version?.articles) ? version.articles : []) as { anchor: string; label: string }[]
  // Sample comments arrive during the window and are moderated right after it closes.
  const at = new Date(opens + record.periodDays * DAY_MS + 9 * 3600_000).toISOString()
  for (const [i, c] of record.comments.entries()) {
    const tracking = await nextTrackingNumber(payload, new Date().getUTCFullYear())
    await payload.create({
      collection: 'comments',
      data: {
        trackingCode: tracking.code,
        trackingYear: tracking.year,
        trackingSequence: tracking.sequence,
        draft: draftId as number,
        draftVersion: version?.number ?? 1,
        article: c.article ?? null,
        articleLabel: c.article ? (articles.find((a) => a.anchor === c.article)?.label ?? c.article) : null,
        status: c.status,
        hiddenReason: c.hiddenReason ?? null,
        hiddenAt: c.status === 'hidden' ? at : null,
        moderatedAt: c.status === 'pending' ? null : at,
        fullName: c.fullName,
        email: c.email,
        organisation: c.organisation ?? null,
        submitterCategory: c.submitterCategory,
        showName: c.showName,
        consentAt: at,
        stance: c.stance,
        body: c.body,
        response: c.response ? { ...c.response, respondedAt: at } : undefined,
        exactKey: exactKey(c.body, `${draftId}|${c.email}|${c.article ?? ''}`),
        simhash: simhash64(c.body),
        groupedAt: at,
        createdAt: new Date(opens + (i + 1) * DAY_MS + 9 * 3600_000).toISOString(),
      },
      overrideAccess: true,
      context: SEED,
    })
  }
}

/**
 * Seeds the sample drafts of content/drafts (clearly marked as samples): one open now, one
 * closed with its report. Dates are relative to the seeding day; an existing slug is left as
 * editors made it, so running again creates nothing.
 */
export async function seedDrafts(payload: Payload, log: (line: string) => void): Promise<void> {
  let created = 0
  let kept = 0
  const now = Date.now()
  for (const record of readDraftFiles(fromRoot('content/drafts'))) {
    const exists = await payload.count({ collection: 'drafts', where: { slug: { equals: record.slug } }, overrideAccess: true })
    if (exists.totalDocs > 0) {
      kept++
      continue
    }
    const [agency, type] = await Promise.all([idByName(payload, 'agencies', record.draftingAgency), idByName(payload, 'document-types', record.documentType)])
    if (agency === null || type === null) {
      log(`  ! ${record.file}: bỏ qua, chưa có ${agency === null ? `cơ quan "${record.draftingAgency}"` : `loại văn bản "${record.documentType}"`}`)
      continue
    }
    await createDraft(payload, record, agency, type, now)
    created++
  }
  log(`  drafts: ${created} mới, ${kept} đã có`)
}
