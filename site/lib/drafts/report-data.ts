/**
 * The consultation report (báo cáo tổng hợp, tiếp thu, giải trình) as the page, the CSV and
 * the JSON share it. It exists publicly only once an approver's publication date has passed.
 */
import type { CsvColumn } from '../../../cms/lib/csv'
import { RESPONSE_LABELS, STANCE_LABELS, SUBMITTER_CATEGORY_LABELS } from '../../../cms/consultation/comments'
import { isoDateTimeVN } from '../../../cms/lib/dates'
import { buildReport, type ConsultationReport } from '../cms/comments'
import { getDraftBySlug, type PublicDraft } from '../cms/drafts'

/** A draft with its published report. */
export interface ReportData {
  draft: PublicDraft
  report: ConsultationReport
}

/** Returns the draft and its report, or null when the draft is unknown or its report is not published yet. */
export async function loadReport(slug: string, now: Date = new Date()): Promise<ReportData | null> {
  const draft = await getDraftBySlug(slug, now)
  if (!draft || draft.state !== 'reportPublished') return null
  const report = await buildReport(draft.id, draft.version?.articles ?? [])
  return { draft, report }
}

/** One report row per published comment, as exported (no email, no phone: they are never loaded). */
export function reportRows({ draft, report }: ReportData): Record<string, unknown>[] {
  return report.comments.map((c) => ({
    code: c.code,
    submittedAt: c.submittedAt ? isoDateTimeVN(c.submittedAt) : '',
    name: c.displayName,
    category: c.categoryLabel,
    stance: c.stanceLabel,
    article: c.articleLabel ?? 'Toàn bộ dự thảo',
    version: c.version,
    text: c.bodyText,
    response: c.response?.label ?? '',
    responseText: c.response?.text ?? '',
    url: `${draft.url}/y-kien?ma=${c.code}`,
  }))
}

/** CSV columns of the report, headers in Vietnamese. */
export const REPORT_COLUMNS: CsvColumn[] = [
  { key: 'code', header: 'Mã góp ý' },
  { key: 'submittedAt', header: 'Thời điểm gửi' },
  { key: 'name', header: 'Người góp ý' },
  { key: 'category', header: 'Đối tượng' },
  { key: 'stance', header: 'Quan điểm' },
  { key: 'article', header: 'Điều được góp ý' },
  { key: 'version', header: 'Phiên bản dự thảo' },
  { key: 'text', header: 'Nội dung góp ý' },
  { key: 'response', header: 'Tiếp thu / giải trình' },
  { key: 'responseText', header: 'Nội dung tiếp thu, giải trình' },
]

/** Returns the report as open data (JSON): the draft, the figures with Vietnamese labels, and the rows. */
export function reportJson(data: ReportData): Record<string, unknown> {
  const { draft, report } = data
  const s = report.summary
  return {
    draft: { title: draft.title, url: draft.url, agency: draft.agency?.name ?? null, documentType: draft.documentType?.name ?? null, opensAt: draft.opensAt, closesAt: draft.closesAt },
    report: { publishedAt: draft.reportPublishedAt, summary: draft.report.summary },
    totals: {
      published: s.total,
      notPublished: report.notPublished,
      answered: s.answered,
      byStance: Object.entries(s.byStance).map(([code, count]) => ({ code, label: STANCE_LABELS[code as keyof typeof STANCE_LABELS] ?? code, count })),
      byCategory: Object.entries(s.byCategory).map(([code, count]) => ({ code, label: SUBMITTER_CATEGORY_LABELS[code as keyof typeof SUBMITTER_CATEGORY_LABELS] ?? code, count })),
      byResponse: Object.entries(s.byResponse).map(([code, count]) => ({ code, label: RESPONSE_LABELS[code as keyof typeof RESPONSE_LABELS], count })),
      byArticle: s.byArticle,
    },
    comments: reportRows(data),
  }
}
