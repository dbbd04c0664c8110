/**
 * Every figure of the statistics, declared once: its title, columns and rows feed the data
 * table on the page, the CSV download and the annual report, and its bars the SVG chart, so
 * the three can never disagree.
 */
import type { BarDatum } from '../../../cms/lib/stats/chart'
import { ANSWER_WORKING_DAYS } from '../../../cms/questions/deadline'
import { percent, type StatsReport } from './compute'

/** One column of a figure; `date` columns show as dd/mm/yyyy on pages, `csvOnly` ones only in the CSV. */
export interface FigureColumn {
  key: string
  header: string
  numeric?: boolean
  date?: boolean
  csvOnly?: boolean
}

/** One figure. */
export interface Figure {
  /** Stable id, also the CSV file name: /thong-ke/{id}.csv. */
  id: string
  group: 'publishing' | 'consultation' | 'questions' | 'ratings'
  title: string
  description: string
  /** True when the figure covers every year whatever the chosen one (a series by year). */
  allYears?: boolean
  columns: FigureColumn[]
  rows(r: StatsReport): Record<string, unknown>[]
  /** Bars of the chart, when the figure has one. */
  chart?(r: StatsReport): BarDatum[]
  /** Unit of the chart values. */
  unit?: string
}

const count = (header = 'Số lượng'): FigureColumn => ({ key: 'count', header, numeric: true })
const label = (header: string): FigureColumn => ({ key: 'label', header })
const share = { key: 'percent', header: 'Tỷ lệ (%)', numeric: true } as const
const bars = (rows: { label: string; count: number }[]): BarDatum[] => rows.map((r) => ({ label: r.label, value: r.count }))

const signedDescription =
  'Văn bản đã đăng có tệp bản gốc (PDF) mang chữ ký số còn nguyên vẹn, có hiệu lực lúc ký và xác thực được đến một chứng thư gốc trong danh sách tin cậy của cổng (Chỉ thị 15/CT-TTg, mục 1.b, 1.c). Hệ thống tự kiểm tra, không do người nhập đánh dấu.'
const signedRow = (x: { label: string; total: number; signed: number; share: number }) => ({ label: x.label, signed: x.signed, count: x.total, percent: percent(x.share) })

/** The rating figures (Decree 224/2026 Art 10.3.b), after the others. */
const RATING_FIGURES: readonly Figure[] = [
  {
    id: 'danh-gia-muc-do',
    group: 'ratings',
    title: 'Mức độ hài lòng của người dùng',
    description: 'Đánh giá của người dùng gửi từ biểu mẫu “Đánh giá mức độ hài lòng” ở cuối mỗi trang; ẩn danh, mỗi trình duyệt đánh giá một trang một lần mỗi ngày.',
    columns: [label('Mức độ'), count('Số lượt đánh giá'), share],
    rows: (r) => [...r.ratings.byLevel.map((l) => ({ label: l.label, count: l.count, percent: percent(l.share) })), { label: 'Tổng số lượt đánh giá', count: r.ratings.total, percent: r.ratings.total > 0 ? 100 : 0 }],
    chart: (r) => r.ratings.byLevel.map((l) => ({ label: l.label, value: l.count })),
    unit: 'lượt',
  },
  {
    id: 'danh-gia-theo-chuyen-muc',
    group: 'ratings',
    title: 'Mức độ hài lòng theo chuyên mục',
    description: 'Số lượt đánh giá và tỷ lệ hài lòng (hài lòng và rất hài lòng) theo phần của cổng mà trang được đánh giá thuộc về, nhiều lượt nhất trước.',
    columns: [label('Chuyên mục'), count('Số lượt đánh giá'), { key: 'satisfied', header: 'Hài lòng trở lên', numeric: true }, share],
    rows: (r) => r.ratings.bySection.map((x) => ({ label: x.label, count: x.total, satisfied: x.satisfied, percent: percent(x.share) })),
    chart: (r) => r.ratings.bySection.map((x) => ({ label: x.label, value: percent(x.share) })),
    unit: '%',
  },
  {
    id: 'danh-gia-theo-nam',
    group: 'ratings',
    title: 'Đánh giá mức độ hài lòng theo năm',
    description: 'Số lượt đánh giá và tỷ lệ hài lòng (hài lòng và rất hài lòng) theo năm.',
    allYears: true,
    columns: [{ key: 'year', header: 'Năm' }, count('Số lượt đánh giá'), { key: 'satisfied', header: 'Hài lòng trở lên', numeric: true }, share],
    rows: (r) => r.ratings.byYear.map((y) => ({ year: String(y.year), count: y.total, satisfied: y.satisfied, percent: percent(y.share) })),
    chart: (r) => r.ratings.byYear.map((y) => ({ label: String(y.year), value: y.total })),
    unit: 'lượt',
  },
]

/** The figures, in page order. */
export const FIGURES: readonly Figure[] = [
  {
    id: 'van-ban-theo-nam',
    group: 'publishing',
    title: 'Văn bản đăng trên cổng theo năm',
    description: 'Số văn bản được đăng (công bố) trên cổng trong từng năm.',
    allYears: true,
    columns: [{ key: 'year', header: 'Năm' }, count('Số văn bản')],
    rows: (r) => r.publishing.byYear.map((y) => ({ year: String(y.year), count: y.count })),
    chart: (r) => r.publishing.byYear.map((y) => ({ label: String(y.year), value: y.count })),
    unit: 'văn bản',
  },
  {
    id: 'van-ban-theo-loai',
    group: 'publishing',
    title: 'Văn bản theo loại',
    description: 'Số văn bản đã đăng, theo loại văn bản.',
    columns: [label('Loại văn bản'), count('Số văn bản')],
    rows: (r) => r.publishing.byType.map((x) => ({ ...x })),
    chart: (r) => bars(r.publishing.byType),
    unit: 'văn bản',
  },
  {
    id: 'van-ban-theo-co-quan',
    group: 'publishing',
    title: 'Văn bản theo cơ quan ban hành',
    description: 'Số văn bản đã đăng, theo cơ quan ban hành.',
    columns: [label('Cơ quan ban hành'), count('Số văn bản')],
    rows: (r) => r.publishing.byIssuer.map((x) => ({ ...x })),
    chart: (r) => bars(r.publishing.byIssuer),
    unit: 'văn bản',
  },
  {
    id: 'van-ban-dien-tu',
    group: 'publishing',
    title: 'Văn bản có toàn văn dạng HTML và tệp có chữ ký số',
    description: 'Tỷ lệ văn bản đã đăng có toàn văn đọc được trên trang (HTML) và có tệp đính kèm được ký số (Chỉ thị 15/CT-TTg).',
    columns: [label('Tiêu chí'), count('Số văn bản'), share],
    rows: (r) => {
      const total = r.publishing.total
      return [
        { label: 'Có toàn văn dạng HTML', count: Math.round(r.publishing.fullTextShare * total), percent: percent(r.publishing.fullTextShare) },
        { label: 'Có bản gốc ký số, chữ ký hợp lệ', count: Math.round(r.publishing.signedFileShare * total), percent: percent(r.publishing.signedFileShare) },
        { label: 'Tổng số văn bản đã đăng', count: total, percent: total > 0 ? 100 : 0 },
      ]
    },
    chart: (r) => [
      { label: 'Có toàn văn dạng HTML', value: percent(r.publishing.fullTextShare) },
      { label: 'Có bản gốc ký số hợp lệ', value: percent(r.publishing.signedFileShare) },
    ],
    unit: '%',
  },
  {
    id: 'van-ban-ky-so-theo-nam',
    group: 'publishing',
    title: 'Văn bản có bản gốc ký số hợp lệ theo năm',
    description: signedDescription,
    allYears: true,
    columns: [label('Năm'), { key: 'signed', header: 'Có bản gốc ký số hợp lệ', numeric: true }, count('Tổng số văn bản'), share],
    rows: (r) => r.publishing.signedByYear.map(signedRow),
    chart: (r) => r.publishing.signedByYear.map((x) => ({ label: x.label, value: percent(x.share) })),
    unit: '%',
  },
  {
    id: 'van-ban-ky-so-theo-co-quan',
    group: 'publishing',
    title: 'Văn bản có bản gốc ký số hợp lệ theo cơ quan ban hành',
    description: signedDescription,
    columns: [label('Cơ quan ban hành'), { key: 'signed', header: 'Có bản gốc ký số hợp lệ', numeric: true }, count('Tổng số văn bản'), share],
    rows: (r) => r.publishing.signedByIssuer.map(signedRow),
    chart: (r) => r.publishing.signedByIssuer.map((x) => ({ label: x.label, value: percent(x.share) })),
    unit: '%',
  },
  {
    id: 'van-ban-dung-han',
    group: 'publishing',
    title: 'Thời hạn đăng văn bản của cơ quan',
    description:
      'Văn bản do cơ quan chủ quản ban hành phải được đăng trong 2 ngày làm việc kể từ ngày ban hành (Nghị định 43/2011/NĐ-CP, Điều 17); ngày làm việc không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.',
    columns: [label('Kết quả'), count('Số văn bản'), share],
    rows: (r) => {
      const t = r.publishing.timeliness
      return [
        { label: 'Đăng đúng hạn', count: t.onTime, percent: percent(t.onTimeShare) },
        { label: 'Đăng muộn', count: t.late.length, percent: t.applicable > 0 ? percent(t.late.length / t.applicable) : 0 },
        { label: 'Tổng số văn bản của cơ quan', count: t.applicable, percent: t.applicable > 0 ? 100 : 0 },
      ]
    },
    chart: (r) => [
      { label: 'Đúng hạn', value: r.publishing.timeliness.onTime },
      { label: 'Muộn', value: r.publishing.timeliness.late.length },
    ],
    unit: 'văn bản',
  },
  {
    id: 'van-ban-dang-muon',
    group: 'publishing',
    title: 'Văn bản của cơ quan đăng muộn',
    description: 'Văn bản của cơ quan đăng sau thời hạn, số ngày làm việc từ ngày ban hành đến ngày đăng, nhiều nhất trước.',
    columns: [
      { key: 'numberSymbol', header: 'Số ký hiệu' },
      { key: 'issuedAt', header: 'Ngày ban hành', date: true },
      { key: 'publishedAt', header: 'Ngày đăng', date: true },
      { key: 'workingDays', header: 'Số ngày làm việc', numeric: true },
      { key: 'url', header: 'Địa chỉ', csvOnly: true },
    ],
    rows: (r) => r.publishing.timeliness.late.map((l) => ({ ...l })),
  },
  {
    id: 'thoi-han-dieu-17',
    group: 'publishing',
    title: 'Thời hạn cung cấp thông tin theo Điều 17 Nghị định 43/2011/NĐ-CP',
    description:
      'Mỗi loại thông tin được đối chiếu với thời hạn Điều 17 khoản 1 đặt ra, tính bằng ngày làm việc kể từ ngày sau sự kiện (ban hành, phê duyệt, quyết định công bố); thời điểm đăng là lần công bố đầu tiên ghi trong nhật ký. Mục thiếu ngày bắt đầu tính hạn được đếm riêng là “chưa đánh giá”.',
    columns: [
      label('Loại thông tin'),
      { key: 'limit', header: 'Thời hạn (ngày làm việc)', numeric: true },
      { key: 'from', header: 'Tính từ' },
      { key: 'basis', header: 'Căn cứ' },
      { key: 'onTime', header: 'Đúng hạn', numeric: true },
      { key: 'late', header: 'Muộn', numeric: true },
      { key: 'notJudged', header: 'Chưa đánh giá', numeric: true },
      share,
    ],
    rows: (r) => {
      const q = r.questions
      const qApplicable = q.answeredOnTime + q.answeredLate + q.openLate
      return [
        ...r.art17.map((a) => ({ label: a.label, limit: a.workingDays, from: a.from, basis: a.basis, onTime: a.onTime, late: a.late.length, notJudged: a.notJudged, percent: a.onTimeShare === null ? null : percent(a.onTimeShare) })),
        { label: 'Trả lời câu hỏi (Hỏi – đáp)', limit: ANSWER_WORKING_DAYS, from: 'ngày tiếp nhận câu hỏi', basis: 'Điểm đ khoản 1 Điều 17', onTime: q.answeredOnTime, late: q.answeredLate + q.openLate, notJudged: 0, percent: qApplicable > 0 ? percent(q.answeredOnTime / qApplicable) : null },
      ]
    },
    chart: (r) => r.art17.filter((a) => a.onTimeShare !== null).map((a) => ({ label: a.label, value: percent(a.onTimeShare!) })),
    unit: '%',
  },
  {
    id: 'dang-muon-dieu-17',
    group: 'publishing',
    title: 'Thông tin đăng muộn so với Điều 17',
    description: 'Từng mục đăng sau thời hạn của loại thông tin đó, số ngày làm việc từ ngày bắt đầu tính hạn đến ngày đăng, nhiều nhất trước.',
    columns: [
      { key: 'kind', header: 'Loại thông tin' },
      { key: 'title', header: 'Tên, số ký hiệu' },
      { key: 'startAt', header: 'Bắt đầu tính hạn', date: true },
      { key: 'onlineAt', header: 'Ngày đăng', date: true },
      { key: 'workingDays', header: 'Số ngày làm việc', numeric: true },
      { key: 'limit', header: 'Thời hạn', numeric: true },
      { key: 'url', header: 'Địa chỉ', csvOnly: true },
    ],
    rows: (r) =>
      r.art17
        .flatMap((a) => a.late.map((l) => ({ kind: a.label, title: l.title, startAt: l.startAt, onlineAt: l.onlineAt, workingDays: l.workingDays, limit: a.workingDays, url: l.url })))
        .sort((a, b) => b.workingDays - a.workingDays || a.title.localeCompare(b.title, 'vi')),
  },
  {
    id: 'du-thao-theo-nam',
    group: 'consultation',
    title: 'Dự thảo lấy ý kiến theo năm',
    description: 'Số dự thảo đưa lên cổng để lấy ý kiến nhân dân, theo năm bắt đầu lấy ý kiến.',
    allYears: true,
    columns: [{ key: 'year', header: 'Năm' }, count('Số dự thảo')],
    rows: (r) => r.consultation.draftsByYear.map((y) => ({ year: String(y.year), count: y.count })),
    chart: (r) => r.consultation.draftsByYear.map((y) => ({ label: String(y.year), value: y.count })),
    unit: 'dự thảo',
  },
  {
    id: 'gop-y-theo-du-thao',
    group: 'consultation',
    title: 'Số góp ý đã công khai của mỗi dự thảo',
    description: 'Góp ý đã được duyệt công khai, theo dự thảo, nhiều nhất trước.',
    columns: [{ key: 'title', header: 'Dự thảo' }, count('Số góp ý'), { key: 'url', header: 'Địa chỉ', csvOnly: true }],
    rows: (r) => r.consultation.commentsPerDraft.map((d) => ({ ...d })),
    chart: (r) => r.consultation.commentsPerDraft.slice(0, 15).map((d) => ({ label: d.title, value: d.count })),
    unit: 'góp ý',
  },
  {
    id: 'gop-y-theo-y-kien',
    group: 'consultation',
    title: 'Góp ý theo ý kiến',
    description: 'Góp ý đã công khai theo ý kiến: tán thành, không tán thành, đồng ý một phần.',
    columns: [label('Ý kiến'), count('Số góp ý')],
    rows: (r) => r.consultation.byStance.map((x) => ({ ...x })),
    chart: (r) => bars(r.consultation.byStance),
    unit: 'góp ý',
  },
  {
    id: 'gop-y-theo-doi-tuong',
    group: 'consultation',
    title: 'Góp ý theo đối tượng góp ý',
    description: 'Góp ý đã công khai theo người góp ý: cá nhân, doanh nghiệp, cơ quan, tổ chức.',
    columns: [label('Đối tượng'), count('Số góp ý')],
    rows: (r) => r.consultation.byCategory.map((x) => ({ ...x })),
    chart: (r) => bars(r.consultation.byCategory),
    unit: 'góp ý',
  },
  {
    id: 'du-thao-tiep-thu-thoi-han',
    group: 'consultation',
    title: 'Trả lời góp ý và thời hạn lấy ý kiến',
    description:
      'Tỷ lệ góp ý đã công khai được tiếp thu hoặc giải trình trong báo cáo; tỷ lệ dự thảo được lấy ý kiến đủ thời hạn tối thiểu của loại văn bản (dự thảo chưa có thời hạn tối thiểu không được tính).',
    columns: [label('Chỉ tiêu'), count('Số đạt'), { key: 'base', header: 'Trên tổng số', numeric: true }, share],
    rows: (r) => {
      const c = r.consultation
      const judged = c.draftsMeetingMinimum + c.draftsBelowMinimum.length
      return [
        { label: 'Góp ý được tiếp thu, giải trình', count: Math.round(c.answeredShare * c.totalComments), base: c.totalComments, percent: percent(c.answeredShare) },
        { label: 'Dự thảo đủ thời hạn lấy ý kiến tối thiểu', count: c.draftsMeetingMinimum, base: judged, percent: percent(c.metMinimumShare) },
      ]
    },
    chart: (r) => [
      { label: 'Góp ý được tiếp thu, giải trình', value: percent(r.consultation.answeredShare) },
      { label: 'Dự thảo đủ thời hạn tối thiểu', value: percent(r.consultation.metMinimumShare) },
    ],
    unit: '%',
  },
  {
    id: 'du-thao-thieu-thoi-han',
    group: 'consultation',
    title: 'Dự thảo lấy ý kiến ngắn hơn thời hạn tối thiểu',
    description: 'Dự thảo có thời gian lấy ý kiến ngắn hơn mức tối thiểu của loại văn bản.',
    columns: [
      { key: 'title', header: 'Dự thảo' },
      { key: 'documentType', header: 'Loại văn bản' },
      { key: 'opensAt', header: 'Bắt đầu', date: true },
      { key: 'periodDays', header: 'Số ngày', numeric: true },
      { key: 'minimumDays', header: 'Tối thiểu (ngày)', numeric: true },
      { key: 'url', header: 'Địa chỉ', csvOnly: true },
    ],
    rows: (r) => r.consultation.draftsBelowMinimum.map((d) => ({ ...d })),
  },
  {
    id: 'hoi-dap-thoi-han',
    group: 'questions',
    title: 'Câu hỏi tiếp nhận và thời hạn trả lời',
    description: `Câu hỏi của người dân, doanh nghiệp gửi qua cổng, theo năm tiếp nhận; cơ quan trả lời trong ${ANSWER_WORKING_DAYS} ngày làm việc kể từ ngày nhận (Nghị định 43/2011/NĐ-CP, Điều 17), không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết. Tính cả câu hỏi không công khai.`,
    columns: [label('Kết quả'), count('Số câu hỏi'), share],
    rows: (r) => {
      const q = r.questions
      const of = (n: number) => (q.received > 0 ? percent(n / q.received) : 0)
      return [
        { label: 'Đã trả lời đúng hạn', count: q.answeredOnTime, percent: of(q.answeredOnTime) },
        { label: 'Đã trả lời quá hạn', count: q.answeredLate, percent: of(q.answeredLate) },
        { label: 'Chưa trả lời, còn hạn', count: q.openOnTime, percent: of(q.openOnTime) },
        { label: 'Chưa trả lời, quá hạn', count: q.openLate, percent: of(q.openLate) },
        { label: 'Từ chối trả lời (có nêu lý do)', count: q.declined, percent: of(q.declined) },
        { label: 'Tổng số câu hỏi tiếp nhận', count: q.received, percent: q.received > 0 ? 100 : 0 },
      ]
    },
    chart: (r) => [
      { label: 'Đúng hạn', value: r.questions.answeredOnTime },
      { label: 'Trả lời quá hạn', value: r.questions.answeredLate },
      { label: 'Còn hạn', value: r.questions.openOnTime },
      { label: 'Quá hạn, chưa trả lời', value: r.questions.openLate },
    ],
    unit: 'câu hỏi',
  },
  {
    id: 'hoi-dap-so-ngay-tra-loi',
    group: 'questions',
    title: 'Số ngày làm việc để trả lời câu hỏi',
    description: 'Trung vị số ngày làm việc từ ngày nhận câu hỏi (không tính ngày nhận) đến ngày trả lời, của các câu hỏi đã được trả lời; tỷ lệ đúng hạn tính trên câu hỏi đã trả lời và câu hỏi đã quá hạn mà chưa trả lời.',
    columns: [label('Chỉ tiêu'), { key: 'value', header: 'Giá trị', numeric: true }],
    rows: (r) => [
      { label: 'Trung vị số ngày làm việc để trả lời', value: r.questions.medianWorkingDays },
      { label: 'Thời hạn trả lời (ngày làm việc)', value: ANSWER_WORKING_DAYS },
      { label: 'Tỷ lệ trả lời đúng hạn (%)', value: percent(r.questions.onTimeShare) },
    ],
  },
  {
    id: 'hoi-dap-theo-nam',
    group: 'questions',
    title: 'Câu hỏi theo năm',
    description: 'Số câu hỏi tiếp nhận, trả lời đúng hạn và quá hạn (đã trả lời muộn hoặc chưa trả lời khi đã hết hạn), theo năm tiếp nhận.',
    allYears: true,
    columns: [{ key: 'year', header: 'Năm' }, { key: 'received', header: 'Tiếp nhận', numeric: true }, { key: 'answeredOnTime', header: 'Trả lời đúng hạn', numeric: true }, { key: 'late', header: 'Quá hạn', numeric: true }],
    rows: (r) => r.questions.byYear.map((y) => ({ year: String(y.year), received: y.received, answeredOnTime: y.answeredOnTime, late: y.late })),
    chart: (r) => r.questions.byYear.map((y) => ({ label: String(y.year), value: y.received })),
    unit: 'câu hỏi',
  },
  ...RATING_FIGURES,
]

/** Returns the figure with that id, or undefined. */
export function figureById(id: string): Figure | undefined {
  return FIGURES.find((f) => f.id === id)
}
