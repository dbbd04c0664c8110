/**
 * The write side of the comment form, after validation: find the open draft, refuse an exact
 * resubmission, store the comment (and its attachment) and only then hand back the tracking
 * code. Public comments can be created only here, with overrideAccess after the checks in
 * site/lib/drafts/comment-post.ts; the collection's own create rule refuses everyone.
 */
import { forgetTrackingSequence, nextTrackingNumber } from '../../../cms/comments/sequence'
import { scheduleGrouping } from '../../../cms/comments/grouping'
import { sendReceipt } from '../../../cms/email/receipt'
import { contentVersion } from '../../../cms/hooks/contentEvents'
import { type CommentInput, simhash64 } from '../../../cms/lib/comments'
import { VN_OFFSET_MS } from '../../../cms/lib/dates'
import { payloadInstance } from './payload'
import { getSettings } from './settings'

/** What the intake needs to know about a draft. */
export interface DraftForComment {
  id: number | string
  slug: string
  title: string
  opensAt: string
  closesAt: string
  reportPublishedAt: string | null
  /** Current public version number (comments are pinned to it). */
  version: number
  articles: { anchor: string; label: string }[]
}

const CACHE_MS = 5_000
const cache = new Map<string, { at: number; revision: number; value: DraftForComment | null }>()

/**
 * Returns the published draft for the form, or null. Cached for a few seconds per slug (a
 * campaign posts hundreds per second); any content change empties the cache at once.
 */
export async function draftForComment(slug: string): Promise<DraftForComment | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const hit = cache.get(slug)
  if (hit && hit.revision === contentVersion() && Date.now() - hit.at < CACHE_MS) return hit.value
  const payload = await payloadInstance()
  const revision = contentVersion()
  const { docs } = await payload.find({
    collection: 'drafts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: false,
    overrideAccess: false,
    select: { title: true, slug: true, opensAt: true, closesAt: true, report: { publishedAt: true } },
  })
  const d = docs[0]
  let value: DraftForComment | null = null
  if (d) {
    const versions = await payload.find({
      collection: 'draft-versions',
      where: { draft: { equals: d.id } },
      sort: '-number',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      select: { number: true, articles: true },
    })
    const v = versions.docs[0]
    const articles = Array.isArray(v?.articles) ? (v.articles as { anchor: string; label: string }[]) : []
    value = {
      id: d.id,
      slug: d.slug ?? slug,
      title: d.title,
      opensAt: d.opensAt,
      closesAt: d.closesAt,
      reportPublishedAt: d.report?.publishedAt ?? null,
      version: v?.number ?? 1,
      articles: articles.map((a) => ({ anchor: a.anchor, label: a.label })),
    }
  }
  cache.set(slug, { at: Date.now(), revision, value })
  return value
}

/** Returns the tracking code of an earlier comment with the same duplicate key, or null. */
export async function findDuplicate(exactKey: string): Promise<string | null> {
  const payload = await payloadInstance()
  // Internal lookup by a hash the public can never read (overrideAccess, one field selected).
  const { docs } = await payload.find({ collection: 'comments', where: { exactKey: { equals: exactKey } }, limit: 1, depth: 0, select: { trackingCode: true }, overrideAccess: true })
  return docs[0]?.trackingCode ?? null
}

/** Thrown when the upload store refused the attachment (e.g. a PDF without its cross-reference table). */
export class AttachmentRejectedError extends Error {}

/** Thrown when the database refused a second comment with the same duplicate key (two identical posts at once). */
export class DuplicateCommentError extends Error {}

/** A validated comment and what comes with it. */
export interface StoreCommentInput {
  draft: DraftForComment
  comment: CommentInput
  exactKey: string
  file: { name: string; mime: string; bytes: Uint8Array } | null
  now: Date
  /** Absolute origin of the site, for links in the receipt. */
  origin: string
  /** Name signing the receipt; read from the settings (after the answer) when omitted. */
  portalName?: string
}

const errorPath = (err: unknown): string =>
  String((err as { data?: { errors?: { path?: string }[] } })?.data?.errors?.[0]?.path ?? '')

async function storeAttachment(file: NonNullable<StoreCommentInput['file']>): Promise<number | string> {
  const payload = await payloadInstance()
  const stored = await payload
    .create({
      collection: 'comment-files',
      data: {},
      file: { data: Buffer.from(file.bytes), mimetype: file.mime, name: file.name, size: file.bytes.length },
      overrideAccess: true,
      depth: 0,
    })
    .catch((err: unknown) => {
      if (errorPath(err) === 'file') throw new AttachmentRejectedError(String((err as Error).message))
      throw err
    })
  return stored.id
}

/**
 * Stores the comment and returns its tracking code once the row is committed (the receipt
 * must never name a comment a crash could lose). Grouping and the receipt email follow
 * without delaying the answer.
 *
 * The row goes straight through the database adapter: this is the hot path of a campaign
 * (hundreds per second), the input is already validated and sanitised, and the collection has
 * no create hooks; the Local API's per-field pipeline would triple the cost. An exact
 * resubmission is refused by the unique index on exactKey, not by a query first.
 */
export async function storeComment(input: StoreCommentInput): Promise<{ code: string }> {
  const payload = await payloadInstance()
  const { draft, comment, now } = input
  const year = new Date(now.getTime() + VN_OFFSET_MS).getUTCFullYear()
  const attachment = input.file ? await storeAttachment(input.file) : null
  const articleLabel = comment.article ? (draft.articles.find((a) => a.anchor === comment.article)?.label ?? comment.article) : null
  const simhash = simhash64(comment.body)
  const at = now.toISOString()
  for (let attempt = 0; ; attempt++) {
    const tracking = await nextTrackingNumber(payload, year)
    try {
      await payload.db.create({
        collection: 'comments',
        data: {
          trackingCode: tracking.code,
          trackingYear: tracking.year,
          trackingSequence: tracking.sequence,
          draft: draft.id,
          draftVersion: draft.version,
          article: comment.article,
          articleLabel,
          status: 'pending',
          fullName: comment.fullName,
          email: comment.email,
          phone: comment.phone,
          organisation: comment.organisation,
          submitterCategory: comment.submitterCategory,
          showName: comment.showName,
          consentAt: at,
          stance: comment.stance,
          body: comment.body,
          attachment,
          exactKey: input.exactKey,
          simhash,
          createdAt: at,
          updatedAt: at,
        },
        // The row is not read back: the tracking code is all the receipt needs.
        returning: false,
      })
      scheduleGrouping(payload, { draftId: draft.id, code: tracking.code, body: comment.body, simhash, email: comment.email })
      void sendCommentReceipt(comment.email, tracking.code, draft, articleLabel, now, input.origin, input.portalName)
      return { code: tracking.code }
    } catch (err) {
      const path = errorPath(err)
      if (/exact/i.test(path)) {
        if (attachment !== null) await payload.delete({ collection: 'comment-files', id: attachment, overrideAccess: true }).catch(() => undefined)
        throw new DuplicateCommentError(path)
      }
      // Another process took this number: read the position again and retry a few times.
      if (/tracking/i.test(path) && attempt < 5) {
        forgetTrackingSequence(payload, year)
        continue
      }
      throw err
    }
  }
}

async function sendCommentReceipt(to: string, code: string, draft: DraftForComment, articleLabel: string | null, submittedAt: Date, origin: string, portalName?: string) {
  const payload = await payloadInstance()
  const settings = portalName ? { portalName, agencyName: portalName } : await getSettings()
  await sendReceipt(payload, to, {
    code,
    draftTitle: draft.title,
    draftUrl: `${origin}/du-thao/${draft.slug}`,
    statusUrl: `${origin}/du-thao/tra-cuu?ma=${encodeURIComponent(code)}`,
    articleLabel,
    submittedAt,
    portalName: settings.portalName ?? settings.agencyName,
  })
}

/** What the commenter may learn about their comment from its code and email. */
export interface CommentStatusView {
  code: string
  status: 'pending' | 'published' | 'hidden' | 'purged'
  draftTitle: string
  draftUrl: string
  articleLabel: string | null
  submittedAt: string
  hiddenAt: string | null
  hiddenReason: string | null
}

/**
 * Returns the status of the comment with this code sent from this email, or null when they do
 * not match (the same answer for an unknown code and a wrong email, so neither can be probed).
 */
export async function lookupCommentStatus(code: string, email: string): Promise<CommentStatusView | null> {
  const payload = await payloadInstance()
  // A credentialed check (code + email), not a public read: overrideAccess with the few fields needed.
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ trackingCode: { equals: code } }, { email: { equals: email.trim().toLowerCase() } }] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: { trackingCode: true, status: true, draft: true, articleLabel: true, createdAt: true, hiddenAt: true, hiddenReason: true, purgedAt: true },
    populate: { drafts: { title: true, slug: true } },
  })
  const c = docs[0]
  if (!c) return null
  const draft = typeof c.draft === 'object' ? c.draft : null
  return {
    code: c.trackingCode,
    status: c.purgedAt ? 'purged' : c.status,
    draftTitle: draft?.title ?? '',
    draftUrl: draft?.slug ? `/du-thao/${draft.slug}` : '/du-thao',
    articleLabel: c.articleLabel ?? null,
    submittedAt: c.createdAt,
    hiddenAt: c.hiddenAt ?? null,
    hiddenReason: c.hiddenReason ?? null,
  }
}

/** Returns true when a comment with this tracking code exists (the receipt page shows nothing else). */
export async function trackingCodeExists(code: string): Promise<boolean> {
  const payload = await payloadInstance()
  const { totalDocs } = await payload.count({ collection: 'comments', where: { trackingCode: { equals: code } }, overrideAccess: true })
  return totalDocs > 0
}
