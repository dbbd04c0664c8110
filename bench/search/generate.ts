/**
 * Reproducible generator of Vietnamese legal corpora for the search benchmark.
 *
 * Seeded PRNG (mulberry32); a few hundred real legal words and phrases with diacritics drawn with
 * Zipf-like frequencies (function words first, then common legal phrases, then a long tail);
 * documents of 20–80 articles of ~40–120 words; number-symbols of every form (normative with a
 * year, administrative without, laws with QH codes, Đ/D codes); issuers, types, fields, signers,
 * validity, years 2000–2026. Records are produced lazily (50,000 full documents are ~1 GB of text).
 */
import type { SearchRecord, SearchUnit } from '../../cms/search/types'

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Ordered from most to least frequent; multi-syllable entries are phrases. */
export const VOCABULARY: string[] = [
  // function words
  'của', 'và', 'các', 'trong', 'được', 'có', 'theo', 'về', 'cho', 'với', 'những', 'này', 'đã', 'để', 'là',
  'tại', 'từ', 'không', 'phải', 'một', 'hoặc', 'khi', 'đến', 'trên', 'do', 'thì', 'người', 'việc', 'đối với',
  'trường hợp', 'bao gồm', 'sau đây', 'quy định', 'cơ quan', 'thực hiện', 'nhà nước', 'tổ chức', 'cá nhân',
  'trách nhiệm', 'quản lý', 'hoạt động', 'thông tin', 'văn bản', 'điều', 'khoản', 'điểm', 'luật', 'nghị định',
  'thông tư', 'quyết định', 'cơ quan nhà nước', 'ủy ban nhân dân', 'chính phủ', 'thủ tướng chính phủ',
  'bộ trưởng', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'địa phương', 'trung ương', 'pháp luật', 'hồ sơ',
  'thủ tục hành chính', 'giải quyết', 'tiếp nhận', 'kết quả', 'thời hạn', 'ngày làm việc', 'kể từ ngày',
  'đề nghị', 'báo cáo', 'kiểm tra', 'thanh tra', 'giám sát', 'xử lý', 'vi phạm', 'xử phạt', 'hành chính',
  'văn bản điện tử', 'chữ ký số', 'dịch vụ công trực tuyến', 'cổng thông tin điện tử', 'công nghệ thông tin',
  'cơ sở dữ liệu', 'hệ thống thông tin', 'an toàn thông tin', 'chuyển đổi số', 'môi trường mạng',
  'ngân sách nhà nước', 'kinh phí', 'dự toán', 'quyết toán', 'thuế', 'phí', 'lệ phí', 'tài chính',
  'đất đai', 'quyền sử dụng đất', 'giấy chứng nhận', 'bồi thường', 'hỗ trợ', 'tái định cư', 'thu hồi đất',
  'giá đất', 'quy hoạch', 'kế hoạch sử dụng đất', 'xây dựng', 'nhà ở', 'đô thị', 'nông thôn',
  'hộ tịch', 'khai sinh', 'kết hôn', 'khai tử', 'cư trú', 'căn cước', 'công dân', 'hộ gia đình',
  'doanh nghiệp', 'đầu tư', 'dự án', 'đấu thầu', 'hợp đồng', 'giấy phép', 'đăng ký', 'cấp phép',
  'lao động', 'việc làm', 'tiền lương', 'bảo hiểm xã hội', 'bảo hiểm y tế', 'người lao động', 'người sử dụng lao động',
  'giáo dục', 'đào tạo', 'học sinh', 'sinh viên', 'nhà giáo', 'y tế', 'khám bệnh', 'chữa bệnh', 'dược',
  'môi trường', 'tài nguyên', 'nước', 'khoáng sản', 'rừng', 'biển', 'đảo', 'khí tượng', 'thủy văn',
  'nông nghiệp', 'thủy lợi', 'thủy sản', 'chăn nuôi', 'trồng trọt', 'lâm nghiệp', 'đê điều', 'thiên tai',
  'giao thông', 'vận tải', 'đường bộ', 'đường sắt', 'hàng không', 'hàng hải', 'cảng', 'phương tiện',
  'văn hóa', 'thể thao', 'du lịch', 'di sản', 'báo chí', 'xuất bản', 'quảng cáo', 'viễn thông',
  'quốc phòng', 'an ninh', 'trật tự', 'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ',
  'tư pháp', 'công chứng', 'chứng thực', 'luật sư', 'trợ giúp pháp lý', 'hòa giải', 'thi hành án',
  'khiếu nại', 'tố cáo', 'tiếp công dân', 'phòng, chống tham nhũng', 'kê khai tài sản',
  'cán bộ', 'công chức', 'viên chức', 'tuyển dụng', 'bổ nhiệm', 'khen thưởng', 'kỷ luật', 'biên chế',
  'ban hành', 'sửa đổi', 'bổ sung', 'bãi bỏ', 'thay thế', 'hướng dẫn', 'quy định chi tiết', 'có hiệu lực',
  'thi hành', 'chịu trách nhiệm', 'phối hợp', 'chủ trì', 'tham mưu', 'đề xuất', 'phê duyệt', 'thẩm định',
  'công khai', 'minh bạch', 'lấy ý kiến', 'dự thảo', 'góp ý', 'tiếp thu', 'giải trình',
  'lưu trữ', 'văn thư', 'hồ sơ điện tử', 'số hóa', 'tra cứu', 'tìm kiếm', 'thư điện tử', 'mạng',
  'điện tử', 'trực tuyến', 'thanh toán', 'ngân hàng', 'tín dụng', 'chứng khoán', 'bảo hiểm', 'kế toán',
  'kiểm toán', 'thống kê', 'đo lường', 'chất lượng', 'tiêu chuẩn', 'quy chuẩn', 'an toàn thực phẩm',
  'hải quan', 'xuất khẩu', 'nhập khẩu', 'thương mại', 'cạnh tranh', 'người tiêu dùng', 'sở hữu trí tuệ',
  'khoa học', 'công nghệ', 'đổi mới sáng tạo', 'năng lượng', 'điện lực', 'dầu khí', 'hạ tầng',
  'dân tộc', 'tôn giáo', 'tín ngưỡng', 'trẻ em', 'người cao tuổi', 'người khuyết tật', 'bình đẳng giới',
  'phụ nữ', 'thanh niên', 'gia đình', 'dân số', 'biên giới', 'ngoại giao', 'điều ước quốc tế',
  'bầu cử', 'đại biểu', 'hội đồng nhân dân', 'quốc hội', 'ủy ban thường vụ', 'chủ tịch', 'phó chủ tịch',
  'sở', 'phòng', 'ban', 'ngành', 'huyện', 'xã', 'phường', 'thị trấn', 'tỉnh', 'thành phố',
  'ổn định', 'bền vững', 'hiệu quả', 'kịp thời', 'đầy đủ', 'chính xác', 'thống nhất', 'đồng bộ',
  'tăng cường', 'nâng cao', 'đẩy mạnh', 'triển khai', 'tổ chức thực hiện', 'đôn đốc', 'tổng hợp', 'định kỳ',
  'hằng năm', 'hằng quý', 'hằng tháng', 'sáu tháng', 'năm', 'tháng', 'ngày', 'giờ',
  'mẫu', 'biểu mẫu', 'phụ lục', 'danh mục', 'tiêu chí', 'định mức', 'chế độ', 'chính sách',
  'ưu đãi', 'miễn', 'giảm', 'hoàn', 'truy thu', 'nộp', 'khấu trừ', 'quyết toán thuế',
  'nghĩa vụ', 'quyền', 'lợi ích hợp pháp', 'bảo vệ', 'bảo đảm', 'phòng ngừa', 'khắc phục', 'hậu quả',
  'tranh chấp', 'tòa án', 'viện kiểm sát', 'trọng tài', 'bồi thường thiệt hại', 'trách nhiệm hình sự',
  'sáp nhập', 'hợp nhất', 'chia', 'tách', 'giải thể', 'phá sản', 'cổ phần hóa', 'thoái vốn',
  'khu công nghiệp', 'khu kinh tế', 'khu chế xuất', 'cụm công nghiệp', 'làng nghề', 'hợp tác xã',
]

export const DOCUMENT_TYPES: { name: string; code: string; normative: boolean }[] = [
  { name: 'Nghị định', code: 'NĐ', normative: true },
  { name: 'Thông tư', code: 'TT', normative: true },
  { name: 'Quyết định', code: 'QĐ', normative: true },
  { name: 'Nghị quyết', code: 'NQ', normative: true },
  { name: 'Luật', code: 'QH', normative: true },
  { name: 'Thông tư liên tịch', code: 'TTLT', normative: true },
  { name: 'Chỉ thị', code: 'CT', normative: false },
  { name: 'Kế hoạch', code: 'KH', normative: false },
  { name: 'Thông báo', code: 'TB', normative: false },
  { name: 'Công văn', code: '', normative: false },
  { name: 'Quyết định', code: 'QĐ', normative: false },
  { name: 'Hướng dẫn', code: 'HD', normative: false },
]

export const ISSUERS: { name: string; code: string }[] = [
  { name: 'Chính phủ', code: 'CP' },
  { name: 'Thủ tướng Chính phủ', code: 'TTg' },
  { name: 'Quốc hội', code: 'QH' },
  { name: 'Bộ Tài chính', code: 'BTC' },
  { name: 'Bộ Nội vụ', code: 'BNV' },
  { name: 'Bộ Tư pháp', code: 'BTP' },
  { name: 'Bộ Thông tin và Truyền thông', code: 'BTTTT' },
  { name: 'Bộ Tài nguyên và Môi trường', code: 'BTNMT' },
  { name: 'Bộ Xây dựng', code: 'BXD' },
  { name: 'Bộ Giáo dục và Đào tạo', code: 'BGDĐT' },
  { name: 'Bộ Y tế', code: 'BYT' },
  { name: 'Bộ Giao thông vận tải', code: 'BGTVT' },
  { name: 'Bộ Lao động - Thương binh và Xã hội', code: 'BLĐTBXH' },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', code: 'BNNPTNT' },
  { name: 'Bộ Công an', code: 'BCA' },
  { name: 'Ngân hàng Nhà nước Việt Nam', code: 'NHNN' },
  { name: 'UBND tỉnh Cao Bằng', code: 'UBND' },
  { name: 'UBND thành phố Hà Nội', code: 'UBND' },
  { name: 'UBND tỉnh Lào Cai', code: 'UBND' },
  { name: 'HĐND tỉnh Cao Bằng', code: 'HĐND' },
]

export const FIELDS = [
  'Công nghệ thông tin', 'Bộ máy hành chính', 'Đất đai', 'Tài chính nhà nước', 'Thuế - Phí - Lệ phí', 'Hộ tịch',
  'Xây dựng - Đô thị', 'Giáo dục', 'Y tế', 'Lao động - Tiền lương', 'Tài nguyên - Môi trường', 'Giao thông - Vận tải',
  'Thủ tục hành chính', 'Thương mại', 'Doanh nghiệp', 'Đầu tư', 'Văn hóa - Xã hội', 'Tư pháp', 'Nông nghiệp',
  'Bảo hiểm', 'Quốc phòng - An ninh', 'Khoa học - Công nghệ',
]

export const VALIDITY = ['Còn hiệu lực', 'Còn hiệu lực', 'Còn hiệu lực', 'Hết hiệu lực một phần', 'Hết hiệu lực', 'Chưa có hiệu lực']

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Xuân', 'Thanh', 'Hữu', 'Quốc', 'Ngọc', 'Tấn']
const GIVEN = ['Dũng', 'Hùng', 'Phúc', 'Khái', 'Hòa', 'Thủy', 'Lan', 'Hương', 'Tuấn', 'Nam', 'Bình', 'Quang', 'Sơn', 'Hà']

export interface CorpusOptions {
  count: number
  seed?: number
  /** false: records carry no articles (metadata-only). */
  fullText?: boolean
}

export interface GeneratedSample {
  id: string
  numberSymbol: string
  documentType: string
  issuer: string
  year: number
}

/** Zipf-like sampler over VOCABULARY (exponent ~1.05). */
function zipfSampler(rand: () => number, n: number, s = 1.05): () => number {
  const cdf = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < n; i++) {
    sum += 1 / Math.pow(i + 1, s)
    cdf[i] = sum
  }
  for (let i = 0; i < n; i++) cdf[i]! /= sum
  return () => {
    const x = rand()
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cdf[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** Lazily generates `count` records; the same seed gives the same corpus. */
export function* generateCorpus(options: CorpusOptions, samples?: GeneratedSample[]): Generator<SearchRecord> {
  const rand = mulberry32(options.seed ?? 42)
  const pick = <T>(arr: readonly T[]): T => arr[Math.floor(rand() * arr.length)]!
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  const word = zipfSampler(rand, VOCABULARY.length)
  const phrase = (syllables: number): string => {
    const out: string[] = []
    let n = 0
    while (n < syllables) {
      const w = VOCABULARY[word()]!
      out.push(w)
      n += w.split(' ').length
    }
    return out.join(' ')
  }
  const sentence = (syllables: number): string => {
    const parts: string[] = []
    let left = syllables
    while (left > 0) {
      const len = Math.min(left, int(6, 16))
      parts.push(phrase(len))
      left -= len
    }
    return capitalize(parts.join(', ')) + '.'
  }
  const fullText = options.fullText !== false
  const usedNumbers = new Set<string>()
  for (let i = 0; i < options.count; i++) {
    const type = pick(DOCUMENT_TYPES)
    const issuer = type.name === 'Luật' ? ISSUERS[2]! : type.code === 'NĐ' ? ISSUERS[0]! : pick(ISSUERS)
    const year = int(2000, 2026)
    let numberSymbol = ''
    for (let attempt = 0; attempt < 20; attempt++) {
      const num = String(int(1, rand() < 0.8 ? 300 : 3000)).padStart(rand() < 0.3 ? 2 : 1, '0')
      if (type.name === 'Luật') numberSymbol = `${num}/${year}/QH${int(10, 15)}`
      else if (type.code === '') numberSymbol = `${num}/${issuer.code}-${pick(['KGVX', 'KTTH', 'NC', 'QHQT', 'CN', 'V.I'])}`
      else if (type.normative) numberSymbol = `${num}/${year}/${type.code}-${issuer.code}`
      else numberSymbol = `${num}/${type.code}-${issuer.code}`
      const key = `${numberSymbol}|${year}`
      if (!usedNumbers.has(key)) {
        usedNumbers.add(key)
        break
      }
    }
    const month = int(1, 12)
    const day = int(1, 28)
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const title = `${type.name} ${pick(['về', 'quy định', 'hướng dẫn', 'về việc'])} ${phrase(int(6, 22))}`
    const fields = [pick(FIELDS)]
    if (rand() < 0.4) fields.push(pick(FIELDS))
    const id = `doc-${options.seed ?? 42}-${i}`
    const record: SearchRecord = {
      kind: rand() < 0.03 ? 'draft' : 'document',
      id,
      url: `/van-ban/${id}`,
      title,
      numberSymbol,
      issuer: issuer.name,
      documentType: type.name,
      signer: `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      fields: [...new Set(fields)],
      year,
      validity: pick(VALIDITY),
      date,
    }
    if (rand() < 0.5) record.summary = capitalize(phrase(int(10, 30)))
    if (fullText) {
      const units: SearchUnit[] = []
      const articles = int(20, 80)
      for (let a = 1; a <= articles; a++) {
        const words = int(40, 120)
        const sentences: string[] = []
        let left = words
        while (left > 0) {
          const len = Math.min(left, int(12, 35))
          sentences.push(sentence(len))
          left -= len
        }
        units.push({ anchor: `dieu-${a}`, label: `Điều ${a}`, title: capitalize(phrase(int(3, 8))), text: sentences.join(' ') })
      }
      record.units = units
    }
    if (samples && (i % 97 === 0 || i < 5)) {
      samples.push({ id, numberSymbol, documentType: type.name, issuer: issuer.name, year })
    }
    yield record
  }
}
