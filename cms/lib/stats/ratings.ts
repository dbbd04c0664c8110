/**
 * The satisfaction ratings in the statistics (Decree 224/2026 Art 10.3.b: every page is rated;
 * the results are published): counts per answer, the share satisfied or better, per part of the
 * portal and per year. Pure: the counts are read by cms/consultation/ratings/summary.ts.
 */

/** Ratings of one page (or, per year, of the whole portal) per answer. */
export interface LevelCounts {
  verySatisfied: number
  satisfied: number
  unsatisfied: number
}

/** The counts the statistics are computed from: per page for the period shown, and per year. */
export interface RatingCounts {
  pages: (LevelCounts & { path: string })[]
  byYear: (LevelCounts & { year: number })[]
}

/** One row of a breakdown: ratings, those satisfied or better, and their share (0..1). */
export interface RatingRow {
  label: string
  total: number
  satisfied: number
  share: number
}

export interface RatingStats {
  total: number
  /** Share (0..1) of ratings "satisfied" or "very satisfied". */
  satisfiedShare: number
  byLevel: { label: string; count: number; share: number }[]
  /** Per part of the portal (documents, drafts, news…), most rated first. */
  bySection: RatingRow[]
  byYear: (RatingRow & { year: number })[]
}

// The part of the portal a page belongs to, by the first segment of its path.
const PARTS: Record<string, string> = {
  '': 'Trang chủ',
  'van-ban': 'Văn bản pháp luật',
  'du-thao': 'Dự thảo, lấy ý kiến',
  'tin-tuc': 'Tin tức, sự kiện',
  'gioi-thieu': 'Giới thiệu',
  'lien-he': 'Liên hệ',
  'co-quan': 'Danh bạ cơ quan',
  'chi-dao-dieu-hanh': 'Chỉ đạo, điều hành',
  'pho-bien-phap-luat': 'Phổ biến pháp luật',
  'hoi-dap': 'Hỏi – đáp',
  'chien-luoc-ke-hoach': 'Chiến lược, kế hoạch',
  'du-an-dau-tu': 'Dự án, đầu tư, đấu thầu',
  'khoa-hoc-cong-nghe': 'Chương trình, đề tài khoa học',
  'thong-ke-chuyen-nganh': 'Thống kê chuyên ngành',
  'dich-vu-cong': 'Dịch vụ công trực tuyến',
  'cong-khai-thong-tin': 'Công khai thông tin',
  'thong-ke': 'Thống kê, dữ liệu mở',
  'du-lieu-mo': 'Thống kê, dữ liệu mở',
  'tim-kiem': 'Tìm kiếm',
  en: 'Trang tiếng Anh',
}

/** Returns the label of the part of the portal a page path belongs to ("Trang khác" when unknown). */
export function portalPart(path: string): string {
  const first = path.split('/')[1] ?? ''
  return PARTS[first] ?? 'Trang khác'
}

const sum = (c: LevelCounts) => c.verySatisfied + c.satisfied + c.unsatisfied
const row = (label: string, c: LevelCounts): RatingRow => {
  const total = sum(c)
  const satisfied = c.verySatisfied + c.satisfied
  return { label, total, satisfied, share: total > 0 ? satisfied / total : 0 }
}

/** Returns the rating statistics of the counts. */
export function ratingStats(counts: RatingCounts): RatingStats {
  const all: LevelCounts = { verySatisfied: 0, satisfied: 0, unsatisfied: 0 }
  const parts = new Map<string, LevelCounts>()
  for (const p of counts.pages) {
    all.verySatisfied += p.verySatisfied
    all.satisfied += p.satisfied
    all.unsatisfied += p.unsatisfied
    const label = portalPart(p.path)
    const part = parts.get(label) ?? { verySatisfied: 0, satisfied: 0, unsatisfied: 0 }
    part.verySatisfied += p.verySatisfied
    part.satisfied += p.satisfied
    part.unsatisfied += p.unsatisfied
    parts.set(label, part)
  }
  const total = sum(all)
  const share = (n: number) => (total > 0 ? n / total : 0)
  return {
    total,
    satisfiedShare: share(all.verySatisfied + all.satisfied),
    byLevel: [
      { label: 'Rất hài lòng', count: all.verySatisfied, share: share(all.verySatisfied) },
      { label: 'Hài lòng', count: all.satisfied, share: share(all.satisfied) },
      { label: 'Chưa hài lòng', count: all.unsatisfied, share: share(all.unsatisfied) },
    ],
    bySection: [...parts].map(([label, c]) => row(label, c)).sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'vi')),
    byYear: counts.byYear.map((y) => ({ ...row(String(y.year), y), year: y.year })).sort((a, b) => a.year - b.year),
  }
}
