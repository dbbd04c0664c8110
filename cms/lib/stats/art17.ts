/**
 * Every publication deadline of Decree 43/2011/NĐ-CP Art 17.1, judged item by item. The limits
 * are the decree's (working days, counted from the day after the event: Civil Code 2015 Art 147):
 *  - point c: legal documents, 2 days for the issuing agency, 10 for the agencies they apply to;
 *  - point d: strategies, plans (Art 10.1.đ), projects, investment and bidding (Art 10.1.h),
 *    10 days from approval;
 *  - point b: dissemination of the law, 15 days from the issue of the text disseminated;
 *  - point đ: questions, an answer within 15 days (judged in ./questions.ts);
 *  - point e: science programmes and topics, 20 days from approval or acceptance;
 *  - point g: statistics, 10 days from the head of the agency's decision to publish them.
 * Items without the date a deadline runs from are counted as "not judged", never guessed.
 */
import { toDate } from '../dates'
import { isLateForPublication, workingDaysBetween } from '../working-days'
import { vnYear } from './publishing'

/** The kinds of information Art 17 sets a deadline for (questions aside). */
export const ART17_RULE_KEYS = ['own-documents', 'other-documents', 'plans', 'projects', 'dissemination', 'science', 'statistics'] as const
export type Art17RuleKey = (typeof ART17_RULE_KEYS)[number]

/** One deadline of Art 17.1. */
export interface Art17Rule {
  key: Art17RuleKey
  /** What the deadline applies to, as the report names it. */
  label: string
  workingDays: number
  /** The provision that sets it. */
  basis: string
  /** The event the deadline runs from. */
  from: string
}

export const ART17_RULES: readonly Art17Rule[] = [
  { key: 'own-documents', label: 'Văn bản do cơ quan chủ quản ban hành', workingDays: 2, basis: 'Điểm c khoản 1 Điều 17', from: 'ngày ban hành' },
  { key: 'other-documents', label: 'Văn bản của cơ quan khác áp dụng đối với cơ quan', workingDays: 10, basis: 'Điểm c khoản 1 Điều 17', from: 'ngày ban hành' },
  { key: 'plans', label: 'Chiến lược, định hướng, quy hoạch, kế hoạch', workingDays: 10, basis: 'Điểm d khoản 1 Điều 17', from: 'ngày phê duyệt' },
  { key: 'projects', label: 'Dự án, hạng mục đầu tư, đấu thầu, mua sắm công', workingDays: 10, basis: 'Điểm d khoản 1 Điều 17', from: 'ngày phê duyệt' },
  { key: 'dissemination', label: 'Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật', workingDays: 15, basis: 'Điểm b khoản 1 Điều 17', from: 'ngày ban hành văn bản được phổ biến' },
  { key: 'science', label: 'Chương trình, đề tài khoa học', workingDays: 20, basis: 'Điểm e khoản 1 Điều 17', from: 'ngày phê duyệt hoặc nghiệm thu' },
  { key: 'statistics', label: 'Thông tin, báo cáo thống kê', workingDays: 10, basis: 'Điểm g khoản 1 Điều 17', from: 'ngày quyết định công bố' },
]

/** One item a deadline applies to. */
export interface Art17Item {
  rule: Art17RuleKey
  id: string
  title: string
  url: string
  /** When the deadline starts to run (issue, approval, decision); null: not judged. */
  startAt: string | null
  /** When it actually went online; null: not online yet. */
  onlineAt: string | null
}

/** An item that went online (or is still not online) after its deadline. */
export interface Art17Late {
  id: string
  title: string
  url: string
  startAt: string
  onlineAt: string | null
  /** Working days from the start to going online (to `now` when not online). */
  workingDays: number
}

/** The result for one rule. */
export interface Art17Row extends Art17Rule {
  /** Items judged: online, or not online past the deadline. */
  applicable: number
  onTime: number
  late: Art17Late[]
  /** Online items without the date the deadline runs from. */
  notJudged: number
  /** onTime / applicable; null when nothing is applicable. */
  onTimeShare: number | null
}

/** Options of art17Timeliness. */
export interface Art17Options {
  holidays: string[]
  /** Restrict to one year (Vietnam calendar) of going online, or of the start when not online. */
  year?: number
  now?: Date
  /** Overrides of the limits (the settings may lower the 2 days for the agency's own documents). */
  workingDays?: Partial<Record<Art17RuleKey, number>>
}

/** Returns one row per Art 17 deadline, in the order of ART17_RULES. */
export function art17Timeliness(items: Art17Item[], opts: Art17Options): Art17Row[] {
  const now = opts.now ?? new Date()
  // A date in the future is a scheduled publication: not online yet.
  const online = (i: Art17Item): string | null => {
    const t = toDate(i.onlineAt)
    return t && t.getTime() <= now.getTime() ? i.onlineAt : null
  }
  const inYear = (i: Art17Item) => opts.year === undefined || vnYear(online(i) ?? i.startAt) === opts.year
  return ART17_RULES.map((rule) => {
    const workingDays = opts.workingDays?.[rule.key] ?? rule.workingDays
    let onTime = 0
    let notJudged = 0
    const late: Art17Late[] = []
    for (const item of items) {
      if (item.rule !== rule.key || !inYear(item)) continue
      const onlineAt = online(item)
      if (!item.startAt || !toDate(item.startAt)) {
        if (onlineAt) notJudged++
        continue
      }
      if (isLateForPublication(item.startAt, onlineAt, opts.holidays, workingDays, now)) {
        late.push({ id: item.id, title: item.title, url: item.url, startAt: item.startAt, onlineAt, workingDays: workingDaysBetween(item.startAt, onlineAt ?? now, opts.holidays) })
      } else if (onlineAt) {
        onTime++
      }
    }
    late.sort((a, b) => b.workingDays - a.workingDays || a.title.localeCompare(b.title, 'vi'))
    const applicable = onTime + late.length
    return { ...rule, workingDays, applicable, onTime, late, notJudged, onTimeShare: applicable > 0 ? onTime / applicable : null }
  })
}
