import { isSlug } from '../../../cms/lib/slug'
import type { Where } from 'payload'

import type { Direction, LawDissemination, News, Page, Plan, Project, ScienceProgramme, SectorStatistic, WorkSchedule } from '../../../cms/payload-types'
import { SECTIONS, type SectionKey } from '../sections'
import { payloadInstance } from './payload'

/** One item of any section (they share title, slug, summary, publishedAt and bodyHtml). */
export type SectionItem = News | Direction | LawDissemination | Plan | Project | ScienceProgramme | SectorStatistic


/** Returns one page of a section's published items, newest first. Public read: access rules apply. */
export async function listSection(section: SectionKey, opts: { page?: number; limit?: number } = {}) {
  const payload = await payloadInstance()
  const result = await payload.find({
    collection: SECTIONS[section].collection,
    sort: '-publishedAt',
    page: Math.max(1, Math.min(10_000, opts.page ?? 1)),
    limit: Math.min(50, Math.max(1, opts.limit ?? 20)),
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  return result as typeof result & { docs: SectionItem[] }
}

/** Returns the published item at {section path}/{slug} with its relations, or null (unknown, unpublished, bad slug). */
export async function getSectionItem(section: SectionKey, slug: string): Promise<SectionItem | null> {
  if (!isSlug(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: SECTIONS[section].collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  return (docs[0] as SectionItem | undefined) ?? null
}

/** Returns the standing pages of the introduction or contact section in one language, in their set order. */
export async function listPages(section: 'introduction' | 'contact', lang: 'vi' | 'en' = 'vi'): Promise<Page[]> {
  const payload = await payloadInstance()
  const where: Where = { and: [{ section: { equals: section } }, { language: { equals: lang } }] }
  const { docs } = await payload.find({ collection: 'pages', where, sort: 'order', depth: 1, pagination: false, draft: false, overrideAccess: false })
  return docs
}

/** Returns the published page of the section and language with that slug, or null. */
export async function getPage(section: 'introduction' | 'contact', lang: 'vi' | 'en', slug: string): Promise<Page | null> {
  if (!isSlug(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { and: [{ slug: { equals: slug } }, { section: { equals: section } }, { language: { equals: lang } }] },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** Returns one page of the published weekly work schedules, newest week first. */
export async function listSchedules(opts: { page?: number; limit?: number } = {}) {
  const payload = await payloadInstance()
  return payload.find({
    collection: 'work-schedules',
    sort: '-weekOf',
    page: Math.max(1, Math.min(10_000, opts.page ?? 1)),
    limit: Math.min(52, Math.max(1, opts.limit ?? 20)),
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
}

/** Returns the published schedule of the week whose Monday is `yyyy-mm-dd`, or null. */
export async function getSchedule(week: string): Promise<WorkSchedule | null> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(week)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({ collection: 'work-schedules', where: { slug: { equals: week } }, limit: 1, depth: 0, draft: false, overrideAccess: false })
  return docs[0] ?? null
}
