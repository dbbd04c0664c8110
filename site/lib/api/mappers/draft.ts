/**
 * Maps a published draft to the API's Draft / DraftDetail shapes. The consultation state is
 * computed from the dates at the moment of the request (cms/consultation/state.ts), and the
 * report only shows once its publication time has come.
 */
import { draftPath } from '../../../../cms/lib/paths'
import { CONSULTATION_STATE_LABELS, consultationState } from '../../../../cms/consultation/state'
import { toDate } from '../../../../cms/lib/dates'
import type { Agency, DocumentType, Media } from '../../../../cms/payload-types'
import type { CommentTally, PublicDraftRow, VersionRow } from '../../cms/opendata-consultation'
import { absoluteUrl, apiDateTime, email, populated, refId, text } from '../format'
import type { ApiDraft, ApiDraftDetail, ApiFile } from '../schemas'
import { toApiToc } from './document'

/** What a draft's answer is made of beside the draft: versions and comment tallies by draft id, the origin, the time of the request. */
export interface DraftContext {
  versions: Map<string, VersionRow[]>
  tallies: Map<string, CommentTally>
  origin: string
  now: Date
}

/** Returns the report publication instant when it has passed, else null (a scheduled report is not out yet). */
export function reportPublishedAt(draft: Pick<PublicDraftRow, 'report'>, now: Date): string | null {
  const at = toDate(draft.report?.publishedAt ?? null)
  return at && at.getTime() <= now.getTime() ? draft.report!.publishedAt! : null
}

/** Returns the consultation state of a draft now. */
export const draftState = (d: PublicDraftRow, now: Date) => consultationState({ opensAt: d.opensAt, closesAt: d.closesAt, reportPublishedAt: reportPublishedAt(d, now) }, now)

/**
 * Returns the instants the draft's public view changed: its last save, the state changes time
 * has brought, its last comment change and its versions.
 */
export function draftChanges(d: PublicDraftRow, { versions, tallies, now }: DraftContext): (string | null | undefined)[] {
  const passed = [d.opensAt, d.closesAt, reportPublishedAt(d, now)].filter((t): t is string => Boolean(t) && Date.parse(t!) <= now.getTime())
  return [d.updatedAt, ...passed, tallies.get(String(d.id))?.lastChangeAt, ...(versions.get(String(d.id)) ?? []).map((v) => v.publishedAt)]
}

/** Returns the API File for a populated upload, or null. */
export function toApiFile(value: unknown, label: string | null, origin: string): ApiFile | null {
  const media = populated<Media>(value)
  const url = absoluteUrl(origin, media?.url)
  if (!media || !url) return null
  return {
    label: label || text(media.alt) || media.filename || 'Tệp',
    url,
    mimeType: media.mimeType ?? 'application/octet-stream',
    size: Math.max(0, media.filesize ?? 0),
  }
}

/** Returns the API Draft. */
export function toApiDraft(d: PublicDraftRow, { versions, tallies, origin, now }: DraftContext): ApiDraft {
  const slug = d.slug ?? String(d.id)
  const report = reportPublishedAt(d, now)
  const type = populated<DocumentType>(d.documentType)
  const agency = populated<Agency>(d.draftingAgency)
  const state = draftState(d, now)
  const unit = d.receivingUnit
  return {
    id: String(d.id),
    slug,
    title: d.title,
    summary: text(d.summary),
    documentType: type ? { id: String(type.id), name: type.name, code: text(type.code) } : null,
    agency: agency?.slug ? { id: refId(agency) ?? '', slug: agency.slug, name: agency.name } : null,
    state,
    stateLabel: CONSULTATION_STATE_LABELS[state],
    // A published draft always has its window; `!` is the schema's promise, checked by the tests.
    opensAt: apiDateTime(d.opensAt)!,
    closesAt: apiDateTime(d.closesAt)!,
    reportPublishedAt: apiDateTime(report),
    commentCount: tallies.get(String(d.id))?.count ?? 0,
    versions: (versions.get(String(d.id)) ?? []).map((v) => ({
      number: v.number,
      publishedAt: apiDateTime(v.publishedAt)!,
      url: absoluteUrl(origin, `${draftPath(slug)}?phien-ban=${v.number}`)!,
    })),
    explanatoryNote: toApiFile(d.explanatoryNote, 'Tờ trình', origin),
    consultationReport: report ? toApiFile(d.report?.file, 'Báo cáo tổng hợp, tiếp thu, giải trình', origin) : null,
    contact: unit?.name
      ? { unit: unit.name, address: text(unit.address), email: email(unit.email), phone: text(unit.phone) }
      : null,
    url: absoluteUrl(origin, draftPath(slug))!,
    commentsUrl: `${origin}/api/v1/drafts/${slug}/comments`,
    updatedAt: apiDateTime(d.updatedAt)!,
  }
}

/** Returns the API DraftDetail: the Draft plus the current version's table of contents and the attachments. */
export function toApiDraftDetail(d: PublicDraftRow, context: DraftContext, toc: unknown): ApiDraftDetail {
  return {
    ...toApiDraft(d, context),
    structure: toApiToc(toc),
    files: (d.attachments ?? []).map((a) => toApiFile(a.file, a.title, context.origin)).filter((f) => f !== null),
  }
}
