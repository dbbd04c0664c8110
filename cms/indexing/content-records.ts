/**
 * Search records of the portal's other public content (Decree 43/2011 Art 15.1.a asks for a
 * search over all of the portal's information, not its documents alone): news, introduction and
 * contact pages, directions, the leaders' work schedules, law dissemination, plans, projects and
 * science programmes, sector statistics and published questions with their answers. One source per collection: which items the public may
 * see (read with overrideAccess: false, published versions only) and how an item becomes a
 * record, with the address its page answers at (cms/lib/paths.ts). A record holds what the
 * item's public page shows and nothing else: never a draft, an asker's name, e-mail or phone.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { formatDateVN } from '../lib/dates'
import { htmlToText } from '../lib/html'
import { pagePath, questionPath, schedulePath, sectionItemPath, type SectionCollectionSlug } from '../lib/paths'
import type { Direction, LawDissemination, News, Page, Plan, Project, ScienceProgramme, SectorStatistic, WorkSchedule } from '../payload-types'
import { FUNDING_SOURCES, optionLabel, PROJECT_STATUSES, PROJECT_TYPES } from '../collections/Projects/options'
import { SCIENCE_KINDS, SCIENCE_LEVELS, SCIENCE_STAGES } from '../collections/SciencePrograms/options'
import { STATISTICS_KINDS } from '../collections/SectorStatistics/options'
import { PUBLIC_QUESTION_SELECT, toPublicQuestion, type StoredQuestion } from '../questions/public'
import type { SearchKind, SearchRecord } from '../search'

/** One collection of public content and how its items become search records. */
export interface ContentSource {
  collection: CollectionSlug
  kind: SearchKind
  /** The items the public sees (besides the collection's own read access). */
  where: Where
  depth: number
  select?: Readonly<Record<string, true>>
  populate?: Readonly<Record<string, Readonly<Record<string, true>>>>
  /** The record of a public item, or null when it has no page (no slug yet, no answer). */
  toRecord: (doc: never) => SearchRecord | null
}

const name = (v: unknown): string | undefined => (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : undefined)
const text = (html: string | null | undefined): string => (html ? htmlToText(html) : '')
/** Joins the non-empty parts of a body with a full stop, so no bigram joins two of them. */
const join = (...parts: (string | null | undefined | false)[]): string | undefined => parts.filter((p): p is string => Boolean(p && p.trim())).join('. ') || undefined

const published: Where = { _status: { equals: 'published' } }
const NAME_ONLY = { agencies: { name: true } } as const

/** A section item (news, directions, dissemination, plans, projects): title, summary, date, body. */
function sectionRecord(
  collection: SectionCollectionSlug,
  kind: SearchKind,
  doc: { id: number | string; title: string; summary?: string | null; slug?: string | null; publishedAt?: string | null; bodyHtml?: string | null },
  extra: { numberSymbol?: string | null; body: (string | null | undefined | false)[] },
): SearchRecord | null {
  if (!doc.slug) return null
  return {
    kind,
    id: String(doc.id),
    url: sectionItemPath(collection, doc.slug),
    title: doc.title,
    summary: doc.summary ?? undefined,
    numberSymbol: extra.numberSymbol ?? undefined,
    date: doc.publishedAt ?? undefined,
    body: join(...extra.body, text(doc.bodyHtml)),
  }
}

/** Every source, by collection slug. */
export const CONTENT_SOURCES: readonly ContentSource[] = [
  {
    collection: 'news',
    kind: 'news',
    where: published,
    depth: 0,
    toRecord: (n: News) => sectionRecord('news', 'news', n, { body: [n.eventLocation] }),
  },
  {
    collection: 'pages',
    kind: 'page',
    where: published,
    depth: 0,
    toRecord: (p: Page) =>
      p.slug
        ? {
            kind: 'page',
            id: String(p.id),
            url: pagePath(p.section, p.slug, p.language),
            title: p.title,
            summary: p.summary ?? undefined,
            date: p.publishedAt ?? undefined,
            lang: p.language === 'en' ? 'en' : undefined,
            // Leaders' names, positions and short biographies are what the introduction page publishes.
            body: join(...(p.people ?? []).map((x) => join(x.name, x.position, x.bio)), text(p.bodyHtml)),
          }
        : null,
  },
  {
    collection: 'directions',
    kind: 'direction',
    where: published,
    depth: 1,
    populate: NAME_ONLY,
    // A petition is published without the petitioner's name or address (the field's own rule).
    toRecord: (d: Direction) => sectionRecord('directions', 'direction', d, { numberSymbol: d.numberSymbol, body: [name(d.agency), d.petition] }),
  },
  {
    collection: 'work-schedules',
    kind: 'schedule',
    where: published,
    depth: 0,
    toRecord: (s: WorkSchedule) =>
      s.slug
        ? {
            kind: 'schedule',
            id: String(s.id),
            url: schedulePath(s.slug),
            title: s.title ?? `Lịch công tác tuần ${formatDateVN(s.weekOf)}`,
            date: s.weekOf,
            body: join(...(s.entries ?? []).map((e) => join(formatDateVN(e.day), e.time, e.content, e.leader, e.location, e.participants)), s.note),
          }
        : null,
  },
  {
    collection: 'law-dissemination',
    kind: 'dissemination',
    where: published,
    depth: 0,
    toRecord: (l: LawDissemination) => sectionRecord('law-dissemination', 'dissemination', l, { body: [] }),
  },
  {
    collection: 'plans',
    kind: 'plan',
    where: published,
    depth: 1,
    populate: NAME_ONLY,
    toRecord: (p: Plan) =>
      sectionRecord('plans', 'plan', p, { numberSymbol: p.numberSymbol, body: [name(p.agency), [p.periodFrom, p.periodTo].filter(Boolean).join(' – ')] }),
  },
  {
    collection: 'projects',
    kind: 'project',
    where: published,
    depth: 1,
    populate: NAME_ONLY,
    toRecord: (p: Project) =>
      sectionRecord('projects', 'project', p, {
        body: [
          p.objective,
          p.field,
          optionLabel(PROJECT_TYPES, p.projectType),
          optionLabel(PROJECT_STATUSES, p.status),
          p.fundingSource && optionLabel(FUNDING_SOURCES, p.fundingSource),
          name(p.owner),
          p.location,
        ],
      }),
  },
  {
    // Decree 43/2011 Art 11: science and technology programmes and topics.
    collection: 'science-programmes',
    kind: 'science',
    where: published,
    depth: 1,
    populate: NAME_ONLY,
    toRecord: (p: ScienceProgramme) =>
      sectionRecord('science-programmes', 'science', p, {
        numberSymbol: p.code,
        body: [
          optionLabel(SCIENCE_KINDS, p.kind),
          p.level && optionLabel(SCIENCE_LEVELS, p.level),
          optionLabel(SCIENCE_STAGES, p.stage),
          p.hostOrganisation,
          p.leader,
          name(p.agency),
          [p.periodFrom, p.periodTo].filter(Boolean).join(' – '),
          p.results,
        ],
      }),
  },
  {
    // Decree 43/2011 Art 12: sector statistics.
    collection: 'sector-statistics',
    kind: 'statistics',
    where: published,
    depth: 1,
    populate: NAME_ONLY,
    toRecord: (s: SectorStatistic) =>
      sectionRecord('sector-statistics', 'statistics', s, { body: [optionLabel(STATISTICS_KINDS, s.kind), s.period, s.field, name(s.agency)] }),
  },
  {
    collection: 'questions',
    kind: 'question',
    where: { status: { equals: 'published' } },
    depth: 1,
    // The public projection only: the asker's name, e-mail, phone and attachment are never read.
    select: PUBLIC_QUESTION_SELECT,
    populate: { fields: { name: true }, agencies: { name: true } },
    toRecord: (raw: StoredQuestion & { id: number | string }) => {
      const q = toPublicQuestion(raw)
      if (!q) return null
      return {
        kind: 'question',
        id: String(raw.id),
        url: questionPath(q.code),
        title: q.title,
        summary: q.bodyText || undefined,
        fields: q.fieldName ? [q.fieldName] : undefined,
        date: q.publishedAt ?? q.answeredAt ?? undefined,
        body: join(q.answerText, q.unitName),
      }
    },
  },
]

/** The source of each collection. */
export const SOURCE_BY_COLLECTION: ReadonlyMap<string, ContentSource> = new Map(CONTENT_SOURCES.map((s) => [s.collection, s]))

/** The find arguments that read a source's items as the public may see them. */
export function findArgs(source: ContentSource) {
  return {
    collection: source.collection,
    depth: source.depth,
    draft: false,
    overrideAccess: false,
    ...(source.select ? { select: source.select } : {}),
    ...(source.populate ? { populate: source.populate } : {}),
  } as const
}

/** Returns the record of one item if the public may see it, else null (to remove it). */
export async function publicContentRecord(payload: Payload, source: ContentSource, id: string | number): Promise<SearchRecord | null> {
  try {
    const { docs } = await payload.find({ ...findArgs(source), where: { and: [{ id: { equals: id } }, source.where] }, limit: 1, pagination: false } as never)
    const doc = docs[0]
    return doc ? source.toRecord(doc as never) : null
  } catch {
    // An id this database cannot hold finds nothing.
    return null
  }
}

/** Yields every public item of every source as a search record, 200 at a time. */
export async function* allContentRecords(payload: Payload): AsyncGenerator<SearchRecord> {
  for (const source of CONTENT_SOURCES) {
    for (let page = 1; ; page++) {
      const batch = await payload.find({ ...findArgs(source), where: source.where, limit: 200, page, sort: 'id' } as never)
      for (const doc of batch.docs) {
        const record = source.toRecord(doc as never)
        if (record) yield record
      }
      if (!batch.hasNextPage) break
    }
  }
}
