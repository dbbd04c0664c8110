/**
 * Public reads of drafts, their versions and their comments for the open-data API, feeds and
 * statistics. Every call passes overrideAccess: false. Comments are read with an explicit
 * list of public fields: email, phone, attachments and internal keys are never selected, and
 * pending comments are excluded both by the access rule and by the query.
 */
import { isSlug } from '../../../cms/lib/slug'
import { PUBLIC_COMMENT_SELECT, type StoredComment } from '../../../cms/consultation/comments/public'
import type { Draft, DraftVersion } from '../../../cms/payload-types'
import { payloadInstance } from './payload'

/** A draft as the API reads it (no full text). */
export type PublicDraftRow = Pick<
  Draft,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'draftingAgency'
  | 'documentType'
  | 'explanatoryNote'
  | 'attachments'
  | 'opensAt'
  | 'closesAt'
  | 'minimumDays'
  | 'receivingUnit'
  | 'report'
  | 'updatedAt'
>

/** A version of a draft without its text. */
export type VersionRow = Pick<DraftVersion, 'id' | 'draft' | 'number' | 'publishedAt'>

/** The public fields of a comment the API maps (see mappers/comment.ts). */
export type CommentRow = StoredComment & { id: number | string; updatedAt?: string | null }

const DRAFT_SELECT = {
  title: true,
  slug: true,
  summary: true,
  draftingAgency: true,
  documentType: true,
  explanatoryNote: true,
  attachments: true,
  opensAt: true,
  closesAt: true,
  minimumDays: true,
  receivingUnit: true,
  report: { publishedAt: true, file: true },
  updatedAt: true,
} as const

const MEDIA_FIELDS = { url: true, filename: true, mimeType: true, filesize: true, alt: true } as const

/** Returns every published draft with its agency, document type and files. */
export async function listPublicDraftRows(): Promise<PublicDraftRow[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'drafts',
    sort: '-opensAt',
    depth: 1,
    pagination: false,
    draft: false,
    overrideAccess: false,
    select: DRAFT_SELECT,
    populate: { agencies: { name: true, slug: true }, 'document-types': { name: true, code: true }, media: MEDIA_FIELDS },
  })
  return docs as PublicDraftRow[]
}

/** Returns the published draft with that slug, or null. */
export async function findPublicDraftRow(slug: string): Promise<PublicDraftRow | null> {
  if (!isSlug(slug)) return null
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'drafts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
    select: DRAFT_SELECT,
    populate: { agencies: { name: true, slug: true }, 'document-types': { name: true, code: true }, media: MEDIA_FIELDS },
  })
  return (docs[0] as PublicDraftRow | undefined) ?? null
}

/** Returns the versions (without text) of the given drafts, by draft id, oldest first. */
export async function versionsByDraft(draftIds: (number | string)[]): Promise<Map<string, VersionRow[]>> {
  const out = new Map<string, VersionRow[]>()
  if (draftIds.length === 0) return out
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'draft-versions',
    where: { draft: { in: draftIds } },
    sort: 'number',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { draft: true, number: true, publishedAt: true },
  })
  for (const v of docs as VersionRow[]) {
    const key = String(typeof v.draft === 'object' ? v.draft.id : v.draft)
    out.set(key, [...(out.get(key) ?? []), v])
  }
  return out
}

/** Returns the table of contents of a draft's latest version ([] before the first version). */
export async function currentVersionToc(draftId: number | string): Promise<unknown[]> {
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'draft-versions',
    where: { draft: { equals: draftId } },
    sort: '-number',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    select: { toc: true },
  })
  return Array.isArray(docs[0]?.toc) ? (docs[0].toc as unknown[]) : []
}

/** Returns the published comments and hidden stubs of some drafts (all drafts when `draftIds` is null), oldest first. */
export async function listPublicCommentRows(draftIds: (number | string)[] | null): Promise<CommentRow[]> {
  if (draftIds !== null && draftIds.length === 0) return []
  const payload = await payloadInstance()
  const and: object[] = [{ status: { in: ['published', 'hidden'] } }]
  if (draftIds !== null) and.push({ draft: { in: draftIds } })
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and } as never,
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: PUBLIC_COMMENT_SELECT,
  })
  return docs as unknown as CommentRow[]
}

/** Per draft: published (not hidden) comments and the last moderation change of any public comment. */
export interface CommentTally {
  count: number
  lastChangeAt: string | null
}

/** Returns the comment tally per draft id. */
export async function commentTallies(): Promise<Map<string, CommentTally>> {
  const tallies = new Map<string, CommentTally>()
  const payload = await payloadInstance()
  const { docs } = await payload.find({
    collection: 'comments',
    where: { status: { in: ['published', 'hidden'] } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { draft: true, status: true, updatedAt: true },
  })
  for (const c of docs) {
    const key = String(typeof c.draft === 'object' ? c.draft.id : c.draft)
    const tally = tallies.get(key) ?? { count: 0, lastChangeAt: null }
    if (c.status === 'published') tally.count++
    if (!tally.lastChangeAt || c.updatedAt > tally.lastChangeAt) tally.lastChangeAt = c.updatedAt
    tallies.set(key, tally)
  }
  return tallies
}
