/**
 * The Directive 15/CT-TTg report, item by item (§1.d: "định lượng tình hình thực hiện theo
 * từng nội dung của Chỉ thị"). Each item of the Directive gets one row: computed from the
 * portal where the portal knows the answer (documents and drafts posted, signed originals,
 * agencies publishing their e-document address, `.gov.vn` addresses in the directory), otherwise
 * entered by an administrator for the year with its source (Directive15Figures collection),
 * otherwise shown as "chưa có số liệu" — never a guess.
 */
import { toDate } from '../dates'
import { share, vnYear } from './publishing'

/** A figure an administrator entered for one year: a count, or `value` out of `total`. */
export interface EnteredFigure {
  item: string
  year: number
  value: number
  total?: number | null
  source: string
  note?: string | null
}

/** What the computed items are counted from (public data only). */
export interface Directive15Input {
  /** Published documents: when each went online and whether its signed original verified. */
  documents: { publishedAt: string | null; hasSignedFile: boolean }[]
  /** Drafts posted for comment: when each actually went online (its text, not its nominal opening). */
  drafts: { onlineAt: string | null }[]
  /** Agencies in the directory: whether each lists an e-document address or system, and whether all its addresses are `.gov.vn`. */
  agencies: { publishesAddress: boolean; addresses: number; govVnAddresses: number }[]
  entered: EnteredFigure[]
}

export type Directive15Section = '1.a' | '1.b' | '1.c' | '1.d' | '3.b'

/** One item of the Directive as the report shows it. */
export interface Directive15Item {
  code: string
  section: Directive15Section
  label: string
  /** What is counted, for the report's method section. */
  unit: string
  /** A target share (0..1) the Directive sets for this item (60 % electronic exchange by 2015). */
  target?: number
  /** Computes the item for a period from the portal; absent: the item is entered. */
  compute?: (input: Directive15Input, inPeriod: (at: string | null | undefined) => boolean) => { value: number; total?: number }
}

export const DIRECTIVE15_SECTIONS: Record<Directive15Section, string> = {
  '1.a': 'Mục 1.a — Sử dụng văn bản điện tử trong nội bộ cơ quan',
  '1.b': 'Mục 1.b — Trao đổi văn bản điện tử giữa các cơ quan và với tổ chức, cá nhân',
  '1.c': 'Mục 1.c — Điều kiện sử dụng văn bản điện tử',
  '1.d': 'Mục 1.d — Kiểm tra, đánh giá',
  '3.b': 'Mục 3.b — Hộp thư điện tử tên miền .gov.vn',
}

/** The items, in the Directive's order. Codes are stable (they key the entered figures and the exports). */
export const DIRECTIVE15_ITEMS: readonly Directive15Item[] = [
  { code: '1a-email', section: '1.a', label: 'Văn bản nội bộ trao đổi qua hệ thống thư điện tử (giấy mời, tài liệu họp, văn bản để biết, báo cáo, thông báo chung)', unit: 'văn bản' },
  { code: '1a-qlvb', section: '1.a', label: 'Văn bản, thông tin chỉ đạo điều hành trao đổi qua hệ thống quản lý văn bản và điều hành', unit: 'văn bản' },
  { code: '1a-so-hoa', section: '1.a', label: 'Văn bản, tài liệu lưu trữ đã số hóa để tra cứu qua mạng', unit: 'văn bản' },
  {
    code: '1b-van-ban',
    section: '1.b',
    label: 'Văn bản quy phạm pháp luật và văn bản khác đăng trên cổng (theo Nghị định 43/2011/NĐ-CP)',
    unit: 'văn bản',
    compute: (input, inPeriod) => ({ value: input.documents.filter((d) => inPeriod(d.publishedAt)).length }),
  },
  {
    code: '1b-du-thao',
    section: '1.b',
    label: 'Dự thảo văn bản đăng trên cổng để lấy ý kiến rộng rãi',
    unit: 'dự thảo',
    compute: (input, inPeriod) => ({ value: input.drafts.filter((d) => inPeriod(d.onlineAt)).length }),
  },
  {
    code: '1b-ky-so',
    section: '1.b',
    label: 'Văn bản đăng trên cổng có bản gốc ký số hợp lệ (không cần gửi kèm bản giấy)',
    unit: 'văn bản',
    compute: (input, inPeriod) => {
      const scoped = input.documents.filter((d) => inPeriod(d.publishedAt))
      return { value: scoped.filter((d) => d.hasSignedFile).length, total: scoped.length }
    },
  },
  {
    code: '1b-dia-chi',
    section: '1.b',
    label: 'Cơ quan trong danh bạ công khai địa chỉ thư điện tử hoặc hệ thống gửi, nhận văn bản điện tử',
    unit: 'cơ quan',
    // The directory as it stands: it has no history per period.
    compute: (input) => ({ value: input.agencies.filter((a) => a.publishesAddress).length, total: input.agencies.length }),
  },
  { code: '1b-dien-tu', section: '1.b', label: 'Văn bản gửi, nhận giữa các cơ quan dưới dạng điện tử (mục tiêu 60 %)', unit: 'văn bản', target: 0.6 },
  { code: '1b-ban-dien-tu', section: '1.b', label: 'Văn bản giấy phát hành có gửi kèm bản điện tử qua mạng', unit: 'văn bản' },
  { code: '1c-quy-dinh', section: '1.c', label: 'Quy định bắt buộc quản lý, điều hành, trao đổi văn bản điện tử qua mạng đã ban hành', unit: 'văn bản' },
  { code: '1c-dao-tao', section: '1.c', label: 'Cán bộ, công chức, viên chức được đào tạo sử dụng văn bản điện tử trong năm', unit: 'người' },
  { code: '1c-chu-ky-so', section: '1.c', label: 'Hệ thống thông tin đã ứng dụng chữ ký số', unit: 'hệ thống' },
  { code: '1d-kiem-tra', section: '1.d', label: 'Đợt kiểm tra, đánh giá việc sử dụng văn bản điện tử', unit: 'đợt' },
  { code: '3b-hop-thu', section: '3.b', label: 'Cán bộ, công chức, viên chức sử dụng hộp thư điện tử tên miền .gov.vn trong công việc', unit: 'người' },
  {
    code: '3b-danh-ba',
    section: '3.b',
    label: 'Địa chỉ thư điện tử trong danh bạ cơ quan thuộc tên miền .gov.vn',
    unit: 'địa chỉ',
    compute: (input) => ({ value: input.agencies.reduce((n, a) => n + a.govVnAddresses, 0), total: input.agencies.reduce((n, a) => n + a.addresses, 0) }),
  },
]

export const DIRECTIVE15_CODES = DIRECTIVE15_ITEMS.map((i) => i.code) as [string, ...string[]]

/** A period of the report: a calendar year, or any range of days (Vietnam time, both ends included). */
export type Directive15Period = { year: number } | { from: string; to: string }

/** One row of the report. */
export interface Directive15Row {
  code: string
  section: Directive15Section
  label: string
  unit: string
  /** `computed` from the portal, `entered` by an administrator, `missing` when neither. */
  origin: 'computed' | 'entered' | 'missing'
  value: number | null
  total: number | null
  /** value / total (0..1) when there is a total. */
  share: number | null
  target: number | null
  /** Whether the share reaches the target (null without either). */
  metTarget: boolean | null
  /** Where an entered figure comes from (entered), or how a computed one is counted. */
  source: string
  note: string | null
  /** The years whose entered figures the row adds up (a range may span several). */
  years: number[]
}

/** The years (Vietnam calendar) a period covers. */
export function periodYears(period: Directive15Period): number[] {
  if ('year' in period) return [period.year]
  const from = Number(period.from.slice(0, 4))
  const to = Number(period.to.slice(0, 4))
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

/** Vietnam calendar day (`yyyy-mm-dd`) of an instant. */
function vnDay(at: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(toDate(at)!)
}

/** Returns whether an instant falls in the period. */
export function inPeriodOf(period: Directive15Period): (at: string | null | undefined) => boolean {
  return (at) => {
    if (!at || !toDate(at)) return false
    if ('year' in period) return vnYear(at) === period.year
    const day = vnDay(at)
    return day >= period.from && day <= period.to
  }
}

const COMPUTED_SOURCE = 'Tính tự động từ dữ liệu công khai trên cổng.'

/** Returns the report's rows for a period. */
export function directive15Report(input: Directive15Input, period: Directive15Period): Directive15Row[] {
  const years = periodYears(period)
  const inPeriod = inPeriodOf(period)
  return DIRECTIVE15_ITEMS.map((item) => {
    const base = { code: item.code, section: item.section, label: item.label, unit: item.unit, target: item.target ?? null }
    if (item.compute) {
      const { value, total } = item.compute(input, inPeriod)
      const s = total ? share(value, total) : null
      return { ...base, origin: 'computed', value, total: total ?? null, share: s, metTarget: item.target !== undefined && s !== null ? s >= item.target : null, source: COMPUTED_SOURCE, note: null, years }
    }
    const figures = input.entered.filter((f) => f.item === item.code && years.includes(f.year)).sort((a, b) => a.year - b.year)
    if (!figures.length) return { ...base, origin: 'missing', value: null, total: null, share: null, metTarget: null, source: '', note: null, years: [] }
    const value = figures.reduce((n, f) => n + f.value, 0)
    // A share only when every year summed has its total.
    const total = figures.every((f) => typeof f.total === 'number') ? figures.reduce((n, f) => n + (f.total as number), 0) : null
    const s = total ? share(value, total) : null
    const many = figures.length > 1
    return {
      ...base,
      origin: 'entered',
      value,
      total,
      share: s,
      metTarget: item.target !== undefined && s !== null ? s >= item.target : null,
      source: figures.map((f) => (many ? `${f.year}: ${f.source}` : f.source)).join('; '),
      note: figures.filter((f) => f.note?.trim()).map((f) => (many ? `${f.year}: ${f.note!.trim()}` : f.note!.trim())).join('; ') || null,
      years: figures.map((f) => f.year),
    }
  })
}
