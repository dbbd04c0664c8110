/**
 * A fixed, small corpus for the search relevance suite: the two seed directives (abridged to their
 * key passages), the documents they cite, and ~20 more realistic entries with articles. Some are
 * metadata-only (no text), some are drafts, an agency, a news item and a page.
 */
import type { SearchRecord, SearchUnit } from '../../../cms/search/types'

function dieu(n: number | string, title: string, text: string): SearchUnit {
  return { anchor: `dieu-${n}`, label: `Điều ${n}`, title, text }
}

function muc(n: number, text: string): SearchUnit {
  return { anchor: `muc-${n}`, label: `Mục ${n}`, title: '', text }
}

const doc = (r: Omit<SearchRecord, 'kind' | 'url'> & { kind?: SearchRecord['kind']; url?: string }): SearchRecord => ({
  kind: r.kind ?? 'document',
  url: r.url ?? `/van-ban/${r.id}`,
  ...r,
})

export const CT_15 = doc({
  id: 'ct-15-2012',
  numberSymbol: '15/CT-TTg',
  title: 'Chỉ thị về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước',
  summary: 'Về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước',
  issuer: 'Thủ tướng Chính phủ',
  documentType: 'Chỉ thị',
  signer: 'Nguyễn Tấn Dũng',
  fields: ['Công nghệ thông tin', 'Bộ máy hành chính'],
  year: 2012,
  validity: 'Còn hiệu lực',
  date: '2012-05-22',
  units: [
    {
      anchor: 'mo-dau',
      label: '',
      title: '',
      text: 'Thực hiện Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 của Chính phủ về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước và các chương trình, kế hoạch ứng dụng công nghệ thông tin đã được Thủ tướng Chính phủ phê duyệt, trong thời gian qua, các cơ quan nhà nước đã nỗ lực ứng dụng công nghệ thông tin trong công tác quản lý, điều hành, trao đổi văn bản, tài liệu. Để khắc phục tình trạng này, nhằm tăng cường sử dụng văn bản điện tử như một hoạt động cải cách hành chính, phát triển Chính phủ điện tử, Thủ tướng Chính phủ chỉ thị:',
    },
    muc(
      1,
      'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương có trách nhiệm: a) Tăng cường sử dụng văn bản điện tử trong hoạt động nội bộ của mỗi cơ quan nhà nước: các cơ quan nhà nước phải sử dụng hệ thống thư điện tử để trao đổi giấy mời họp nội bộ, tài liệu phục vụ họp; triển khai việc số hóa các văn bản, tài liệu lưu trữ để phục vụ việc tra cứu, tìm kiếm và xử lý thông tin của cán bộ, công chức, viên chức qua mạng. b) Sử dụng ngay các trang thông tin điện tử, cổng thông tin điện tử của đơn vị để đăng tải các văn bản quy phạm pháp luật và các loại thông tin khác nêu tại Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ; đăng tải các dự thảo văn bản cần xin ý kiến rộng rãi các tổ chức, cá nhân. Các loại tài liệu, văn bản hành chính đã được xác thực bằng chữ ký số và gửi qua mạng thì không phải gửi thêm văn bản giấy. Công khai địa chỉ thư điện tử hoặc hệ thống thông tin dùng để gửi nhận văn bản điện tử của cơ quan.',
    ),
    muc(
      3,
      'Cán bộ, công chức, viên chức trong cơ quan nhà nước các cấp có trách nhiệm: sử dụng hộp thư điện tử với địa chỉ tên miền .gov.vn được cấp phát để trao đổi văn bản điện tử trong công việc; thay đổi lề lối, thói quen làm việc, hướng tới môi trường làm việc điện tử, hiện đại, hiệu quả.',
    ),
    muc(
      4,
      'Bộ Thông tin và Truyền thông có trách nhiệm: bảo đảm đạt mục tiêu đến năm 2015 có 60% văn bản, tài liệu chính thức trao đổi giữa cơ quan nhà nước được trao đổi hoàn toàn dưới dạng điện tử; hoàn chỉnh hệ thống tiêu chuẩn, quy chuẩn kỹ thuật về chữ ký số.',
    ),
    muc(
      7,
      'Ban Cơ yếu Chính phủ có trách nhiệm: khẩn trương phát triển và nâng cao năng lực Hệ thống chứng thực chữ ký số chuyên dùng phục vụ các cơ quan thuộc hệ thống chính trị; xây dựng các quy định về sử dụng chữ ký số trong các cơ quan nhà nước.',
    ),
    muc(
      8,
      'Bộ Kế hoạch và Đầu tư, Bộ Tài chính có trách nhiệm: ưu tiên bố trí kinh phí đủ, kịp thời từ ngân sách nhà nước để triển khai các nhiệm vụ, dự án xây dựng, duy trì hoạt động các hệ thống về quản lý văn bản và điều hành, hệ thống thư điện tử.',
    ),
  ],
})

export const CT_02_BNV = doc({
  id: 'ct-02-bnv-2012',
  numberSymbol: '02/CT-BNV',
  title: 'Chỉ thị về việc tăng cường sử dụng văn bản điện tử trong hoạt động của Bộ Nội vụ',
  issuer: 'Bộ Nội vụ',
  documentType: 'Chỉ thị',
  signer: 'Văn Tất Thu',
  fields: ['Công nghệ thông tin', 'Bộ máy hành chính'],
  year: 2012,
  validity: 'Còn hiệu lực',
  date: '2012-09-11',
  units: [
    muc(
      1,
      'Các đơn vị, tổ chức thuộc và trực thuộc Bộ trong phạm vi chức năng, nhiệm vụ, quyền hạn được giao có trách nhiệm: a) Tăng cường sử dụng văn bản điện tử trong hoạt động nội bộ của đơn vị, tổ chức; các đơn vị, tổ chức phải sử dụng hệ thống thư điện tử công vụ để trao đổi giấy mời họp, tài liệu phục vụ họp, văn bản để biết, để báo cáo. b) Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ, tiến tới chủ yếu làm việc qua mạng với văn bản điện tử, giảm chi phí in ấn, photocopy.',
    ),
  ],
})

export const ND_43_2011 = doc({
  id: 'nd-43-2011',
  numberSymbol: '43/2011/NĐ-CP',
  title: 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  signer: 'Nguyễn Tấn Dũng',
  fields: ['Công nghệ thông tin'],
  year: 2011,
  validity: 'Hết hiệu lực',
  date: '2011-06-13',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Nghị định này quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước.'),
    dieu(3, 'Giải thích từ ngữ', 'Dịch vụ công trực tuyến là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước được cung cấp cho các tổ chức, cá nhân trên môi trường mạng.'),
    dieu(
      10,
      'Thông tin chủ yếu trên cổng thông tin điện tử',
      'Cổng thông tin điện tử phải có các thông tin chủ yếu sau: thông tin giới thiệu về sơ đồ, cơ cấu tổ chức, chức năng, nhiệm vụ; tin tức, sự kiện; thông tin chỉ đạo, điều hành; thông tin tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật; chiến lược, định hướng, quy hoạch; hệ thống văn bản quy phạm pháp luật; danh mục dịch vụ công trực tuyến; chương trình, đề tài khoa học; mục lấy ý kiến góp ý của tổ chức, cá nhân về dự thảo văn bản.',
    ),
    dieu(15, 'Chức năng tìm kiếm', 'Cổng thông tin điện tử phải có chức năng tìm kiếm thông tin, bảo đảm tìm kiếm được đầy đủ và chính xác nội dung thông tin cần tìm; hỗ trợ chức năng in ấn cho từng nội dung thông tin.'),
  ],
})

export const ND_42_2022 = doc({
  id: 'nd-42-2022',
  numberSymbol: '42/2022/NĐ-CP',
  title: 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  signer: 'Lê Minh Khái',
  fields: ['Công nghệ thông tin'],
  year: 2022,
  validity: 'Còn hiệu lực',
  date: '2022-06-24',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Nghị định này quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng; thay thế Nghị định số 43/2011/NĐ-CP.'),
    dieu(11, 'Mức độ dịch vụ công trực tuyến', 'Dịch vụ công trực tuyến toàn trình là dịch vụ bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính, người sử dụng thực hiện trực tuyến các bước từ nộp hồ sơ đến nhận kết quả.'),
  ],
})

export const ND_224_2026 = doc({
  id: 'nd-224-2026',
  numberSymbol: '224/2026/NĐ-CP',
  title: 'Nghị định quy định về cung cấp thông tin và dịch vụ công trực tuyến trên môi trường mạng',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  fields: ['Công nghệ thông tin'],
  year: 2026,
  validity: 'Chưa có hiệu lực',
  date: '2026-04-20',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Nghị định này quy định về cung cấp thông tin và dịch vụ công trực tuyến trên môi trường mạng, thay thế Nghị định số 42/2022/NĐ-CP.'),
    dieu(20, 'Đánh giá mức độ hài lòng', 'Cổng thông tin điện tử phải có chức năng để người dân, doanh nghiệp đánh giá trực tuyến mức độ hài lòng đối với thông tin và dịch vụ được cung cấp.'),
  ],
})

export const ND_64_2007 = doc({
  id: 'nd-64-2007',
  numberSymbol: '64/2007/NĐ-CP',
  title: 'Nghị định về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  signer: 'Nguyễn Tấn Dũng',
  fields: ['Công nghệ thông tin'],
  year: 2007,
  validity: 'Hết hiệu lực một phần',
  date: '2007-04-10',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Nghị định này quy định về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, bao gồm việc xây dựng hạ tầng kỹ thuật, cơ sở dữ liệu và phát triển nguồn nhân lực.'),
    dieu(26, 'Thư điện tử', 'Cơ quan nhà nước có trách nhiệm thiết lập hệ thống thư điện tử phục vụ công việc cho cán bộ, công chức.'),
  ],
})

export const QD_19_2014 = doc({
  id: 'qd-19-2014',
  numberSymbol: '19/2014/QĐ-TTg',
  title: 'Quyết định về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước',
  issuer: 'Thủ tướng Chính phủ',
  documentType: 'Quyết định',
  signer: 'Nguyễn Tấn Dũng',
  fields: ['Bộ máy hành chính'],
  year: 2014,
  validity: 'Hết hiệu lực',
  date: '2014-03-05',
})

export const CV_1950 = doc({
  id: 'cv-1950-2013',
  numberSymbol: '1950/TTg-KGVX',
  title: 'Công văn về việc đôn đốc thực hiện Chỉ thị số 15/CT-TTg về tăng cường sử dụng văn bản điện tử',
  issuer: 'Thủ tướng Chính phủ',
  documentType: 'Công văn',
  fields: ['Công nghệ thông tin'],
  year: 2013,
  validity: 'Còn hiệu lực',
  date: '2013-11-15',
})

/** A letter whose title cites Directive 15 of 2012 in the words people type: the directive must still come first. */
export const CV_BAO_CAO_CT_15 = doc({
  id: 'cv-2468-2014',
  numberSymbol: '2468/BNV-VP',
  title: 'Công văn về việc báo cáo kết quả thực hiện Chỉ thị 15 năm 2012 của Thủ tướng Chính phủ',
  summary: 'Báo cáo kết quả thực hiện Chỉ thị số 15/CT-TTg ngày 22 tháng 5 năm 2012 về tăng cường sử dụng văn bản điện tử',
  issuer: 'Bộ Nội vụ',
  documentType: 'Công văn',
  year: 2014,
  validity: 'Còn hiệu lực',
  date: '2014-07-01',
})

/** Another Directive 15/CT-TTg, of 2020: the number-symbol has no year, the year tells them apart (not in CORPUS: added where a test needs it). */
export const CT_15_2020 = doc({
  id: 'ct-15-2020',
  numberSymbol: '15/CT-TTg',
  title: 'Chỉ thị về quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19',
  issuer: 'Thủ tướng Chính phủ',
  documentType: 'Chỉ thị',
  year: 2020,
  validity: 'Hết hiệu lực',
  date: '2020-03-27',
})

export const CT_14_CAO_BANG = doc({
  id: 'ct-14-cao-bang-2013',
  numberSymbol: '14/CT-UBND',
  title: 'Chỉ thị về tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước trên địa bàn tỉnh Cao Bằng',
  issuer: 'UBND tỉnh Cao Bằng',
  documentType: 'Chỉ thị',
  fields: ['Công nghệ thông tin'],
  year: 2013,
  validity: 'Còn hiệu lực',
  date: '2013-08-23',
})

export const LUAT_DAT_DAI = doc({
  id: 'luat-45-2013',
  numberSymbol: '45/2013/QH13',
  title: 'Luật Đất đai',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  signer: 'Nguyễn Sinh Hùng',
  fields: ['Đất đai'],
  year: 2013,
  validity: 'Hết hiệu lực',
  date: '2013-11-29',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Luật này quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai và thống nhất quản lý về đất đai.'),
    dieu(99, 'Trường hợp sử dụng đất được cấp Giấy chứng nhận', 'Nhà nước cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất cho người đang sử dụng đất ổn định.'),
    dieu(203, 'Thẩm quyền giải quyết tranh chấp đất đai', 'Tranh chấp đất đai đã được hòa giải tại Ủy ban nhân dân cấp xã mà không thành thì được giải quyết tại Tòa án nhân dân.'),
  ],
})

export const DU_THAO_DAT_DAI = doc({
  kind: 'draft',
  id: 'du-thao-luat-dat-dai-sua-doi',
  url: '/du-thao/luat-dat-dai-sua-doi',
  title: 'Dự thảo Luật Đất đai (sửa đổi)',
  summary: 'Lấy ý kiến nhân dân về dự thảo Luật Đất đai (sửa đổi)',
  issuer: 'Bộ Tài nguyên và Môi trường',
  documentType: 'Luật',
  fields: ['Đất đai'],
  year: 2023,
  date: '2023-01-03',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Luật này quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai.'),
    dieu(159, 'Bảng giá đất', 'Bảng giá đất được xây dựng định kỳ hằng năm và công bố công khai vào ngày 01 tháng 01 của năm.'),
  ],
})

export const ND_123_HO_TICH = doc({
  id: 'nd-123-2015',
  numberSymbol: '123/2015/NĐ-CP',
  title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  signer: 'Nguyễn Tấn Dũng',
  fields: ['Hộ tịch'],
  year: 2015,
  validity: 'Còn hiệu lực',
  date: '2015-11-15',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Nghị định này quy định chi tiết về đăng ký khai sinh, đăng ký kết hôn, cơ sở dữ liệu hộ tịch điện tử.'),
    dieu(9, 'Đăng ký khai sinh', 'Hồ sơ đăng ký khai sinh gồm tờ khai theo mẫu quy định và giấy chứng sinh; người đi đăng ký khai sinh xuất trình bản chính giấy tờ tùy thân.'),
  ],
})

export const LUAT_NGAN_SACH = doc({
  id: 'luat-83-2015',
  numberSymbol: '83/2015/QH13',
  title: 'Luật Ngân sách nhà nước',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  signer: 'Nguyễn Sinh Hùng',
  fields: ['Tài chính nhà nước'],
  year: 2015,
  validity: 'Còn hiệu lực',
  date: '2015-06-25',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Luật này quy định về lập, chấp hành, kiểm toán, quyết toán, giám sát ngân sách nhà nước; nhiệm vụ, quyền hạn của cơ quan, tổ chức, đơn vị, cá nhân có liên quan.'),
    dieu(8, 'Nguyên tắc cân đối ngân sách nhà nước', 'Tổng số thu từ thuế, phí, lệ phí phải lớn hơn tổng số chi thường xuyên và góp phần tích lũy ngày càng cao để chi đầu tư phát triển.'),
  ],
})

export const ND_30_VAN_THU = doc({
  id: 'nd-30-2020',
  numberSymbol: '30/2020/NĐ-CP',
  title: 'Nghị định về công tác văn thư',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  signer: 'Nguyễn Xuân Phúc',
  fields: ['Bộ máy hành chính'],
  year: 2020,
  validity: 'Còn hiệu lực',
  date: '2020-03-05',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Nghị định này quy định về công tác văn thư và quản lý nhà nước về công tác văn thư, bao gồm soạn thảo, ký ban hành văn bản; quản lý văn bản; lập hồ sơ và nộp lưu hồ sơ, tài liệu vào lưu trữ cơ quan.'),
    dieu(8, 'Thể thức văn bản', 'Thể thức văn bản hành chính bao gồm quốc hiệu và tiêu ngữ, tên cơ quan ban hành văn bản, số, ký hiệu của văn bản, địa danh và thời gian ban hành văn bản.'),
    dieu(13, 'Ký ban hành văn bản', 'Người đứng đầu cơ quan, tổ chức có thẩm quyền ký tất cả văn bản do cơ quan, tổ chức ban hành; văn bản điện tử được ký số bởi người có thẩm quyền.'),
  ],
})

export const LUAT_BAN_HANH_VB = doc({
  id: 'luat-80-2015',
  numberSymbol: '80/2015/QH13',
  title: 'Luật Ban hành văn bản quy phạm pháp luật',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  signer: 'Nguyễn Sinh Hùng',
  fields: ['Bộ máy hành chính'],
  year: 2015,
  validity: 'Hết hiệu lực',
  date: '2015-06-22',
  units: [
    dieu(57, 'Lấy ý kiến đối với dự thảo nghị định', 'Cơ quan chủ trì soạn thảo có trách nhiệm đăng tải toàn văn dự thảo nghị định trên cổng thông tin điện tử của Chính phủ trong thời gian ít nhất là 60 ngày để các cơ quan, tổ chức, cá nhân góp ý kiến.'),
  ],
})

export const ND_61_MOT_CUA = doc({
  id: 'nd-61-2018',
  numberSymbol: '61/2018/NĐ-CP',
  title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  signer: 'Nguyễn Xuân Phúc',
  fields: ['Thủ tục hành chính'],
  year: 2018,
  validity: 'Còn hiệu lực',
  date: '2018-04-23',
  units: [
    dieu(1, 'Phạm vi điều chỉnh', 'Nghị định này quy định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính cho tổ chức, cá nhân.'),
    dieu(12, 'Nhiệm vụ của Bộ phận Một cửa', 'Bộ phận Một cửa hướng dẫn, tiếp nhận hồ sơ, giải quyết hoặc chuyển hồ sơ giải quyết thủ tục hành chính, trả kết quả giải quyết thủ tục hành chính.'),
  ],
})

export const LUAT_GIAO_DICH_DT = doc({
  id: 'luat-20-2023',
  numberSymbol: '20/2023/QH15',
  title: 'Luật Giao dịch điện tử',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  signer: 'Vương Đình Huệ',
  fields: ['Công nghệ thông tin', 'Thương mại'],
  year: 2023,
  validity: 'Còn hiệu lực',
  date: '2023-06-22',
  units: [
    dieu(3, 'Giải thích từ ngữ', 'Thông điệp dữ liệu là thông tin được tạo ra, gửi đi, nhận và lưu trữ bằng phương tiện điện tử. Chữ ký điện tử là chữ ký được tạo lập dưới dạng dữ liệu điện tử gắn liền với thông điệp dữ liệu.'),
    dieu(22, 'Chữ ký số', 'Chữ ký số là chữ ký điện tử sử dụng thuật toán khóa không đối xứng, gồm khóa bí mật và khóa công khai.'),
  ],
})

export const ND_130_CHU_KY_SO = doc({
  id: 'nd-130-2018',
  numberSymbol: '130/2018/NĐ-CP',
  title: 'Nghị định quy định chi tiết thi hành Luật Giao dịch điện tử về chữ ký số và dịch vụ chứng thực chữ ký số',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  signer: 'Nguyễn Xuân Phúc',
  fields: ['Công nghệ thông tin'],
  year: 2018,
  validity: 'Hết hiệu lực',
  date: '2018-09-27',
  units: [
    dieu(8, 'Giá trị pháp lý của chữ ký số', 'Trong trường hợp pháp luật quy định văn bản cần có chữ ký thì yêu cầu đối với một thông điệp dữ liệu được xem là đáp ứng nếu thông điệp dữ liệu đó được ký bằng chữ ký số.'),
  ],
})

export const LUAT_TIEP_CAN_TT = doc({
  id: 'luat-104-2016',
  numberSymbol: '104/2016/QH13',
  title: 'Luật Tiếp cận thông tin',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  signer: 'Nguyễn Thị Kim Ngân',
  fields: ['Bộ máy hành chính'],
  year: 2016,
  validity: 'Còn hiệu lực',
  date: '2016-04-06',
  units: [
    dieu(17, 'Thông tin phải được công khai rộng rãi', 'Dự thảo văn bản quy phạm pháp luật theo quy định của Luật Ban hành văn bản quy phạm pháp luật phải được công khai rộng rãi.'),
    dieu(18, 'Hình thức công khai thông tin', 'Đăng tải trên cổng thông tin điện tử, trang thông tin điện tử; công khai trên phương tiện thông tin đại chúng; đăng Công báo; niêm yết.'),
  ],
})

export const TT_24_2011 = doc({
  id: 'tt-24-2011',
  numberSymbol: '24/2011/TT-BTTTT',
  title: 'Thông tư quy định về việc tạo lập, sử dụng và lưu trữ dữ liệu đặc tả trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
  issuer: 'Bộ Thông tin và Truyền thông',
  documentType: 'Thông tư',
  signer: 'Nguyễn Minh Hồng',
  fields: ['Công nghệ thông tin'],
  year: 2011,
  validity: 'Còn hiệu lực',
  date: '2011-09-20',
  units: [
    dieu(4, 'Các yếu tố dữ liệu đặc tả', 'Dữ liệu đặc tả gồm các yếu tố bắt buộc: nhan đề, tác giả, ngày tháng, mô tả, cơ quan ban hành, định danh.'),
  ],
})

export const LUAT_HOA_GIAI = doc({
  id: 'luat-35-2013',
  numberSymbol: '35/2013/QH13',
  // Old-style tone placement ("hoà") on purpose.
  title: 'Luật Hoà giải ở cơ sở',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  signer: 'Nguyễn Sinh Hùng',
  fields: ['Tư pháp'],
  year: 2013,
  validity: 'Còn hiệu lực',
  date: '2013-06-20',
  units: [
    dieu(2, 'Giải thích từ ngữ', 'Hoà giải ở cơ sở là việc hoà giải viên hướng dẫn, giúp đỡ các bên đạt được thoả thuận, tự nguyện giải quyết với nhau các mâu thuẫn, tranh chấp, vi phạm pháp luật.'),
  ],
})

export const LUAT_THUY_LOI = doc({
  id: 'luat-08-2017',
  numberSymbol: '08/2017/QH14',
  // New-style tone placement ("thủy").
  title: 'Luật Thủy lợi',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  signer: 'Nguyễn Thị Kim Ngân',
  fields: ['Nông nghiệp'],
  year: 2017,
  validity: 'Còn hiệu lực',
  date: '2017-06-19',
  units: [
    dieu(4, 'Nguyên tắc hoạt động thủy lợi', 'Hoạt động thủy lợi phải phù hợp với chiến lược phát triển kinh tế - xã hội, quy hoạch phòng, chống thiên tai và thủy lợi.'),
  ],
})

export const ND_THUE_NHA = doc({
  id: 'nd-thue-nha-cong-vu',
  numberSymbol: '30/2021/NĐ-CP',
  title: 'Nghị định quy định về nhà ở công vụ và việc cho thuê nhà ở công vụ',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  fields: ['Xây dựng'],
  year: 2021,
  validity: 'Còn hiệu lực',
  date: '2021-03-26',
  units: [
    dieu(6, 'Giá thuê nhà ở công vụ', 'Giá thuê nhà ở công vụ được xác định trên cơ sở tính đủ chi phí bảo trì; người thuê nhà ở công vụ trả tiền thuê nhà hằng tháng.'),
  ],
})

export const LUAT_THUE_DAT = doc({
  id: 'luat-48-2010',
  numberSymbol: '48/2010/QH12',
  title: 'Luật Thuế sử dụng đất phi nông nghiệp',
  issuer: 'Quốc hội',
  documentType: 'Luật',
  fields: ['Thuế', 'Đất đai'],
  year: 2010,
  validity: 'Còn hiệu lực',
  date: '2010-06-17',
  units: [
    dieu(2, 'Đối tượng chịu thuế', 'Đất ở tại nông thôn, đất ở tại đô thị chịu thuế; thuế nhà đất trước đây được thay thế bằng thuế sử dụng đất phi nông nghiệp.'),
  ],
})

export const ND_AN_TOAN_DIEN = doc({
  id: 'nd-an-toan-dien',
  numberSymbol: '14/2014/NĐ-CP',
  title: 'Nghị định quy định chi tiết thi hành Luật Điện lực về an toàn điện',
  issuer: 'Chính phủ',
  documentType: 'Nghị định',
  fields: ['Năng lượng'],
  year: 2014,
  validity: 'Còn hiệu lực',
  date: '2014-02-26',
  units: [
    // "điện" and "tử" are both here, but never adjacent.
    dieu(5, 'Bảo vệ an toàn lưới điện', 'Tổ chức, cá nhân phải tuân thủ quy định về hành lang bảo vệ an toàn lưới điện cao áp để phòng ngừa tai nạn, hạn chế các trường hợp tử vong do điện giật.'),
  ],
})

export const TT_THU_TUC = doc({
  id: 'tt-02-2017-vpcp',
  numberSymbol: '02/2017/TT-VPCP',
  title: 'Thông tư hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính',
  issuer: 'Văn phòng Chính phủ',
  documentType: 'Thông tư',
  fields: ['Thủ tục hành chính'],
  year: 2017,
  validity: 'Còn hiệu lực',
  date: '2017-10-31',
  units: [
    // "quyết" and "định" are both here, only apart (giải quyết, quy định).
    dieu(3, 'Nguyên tắc kiểm soát', 'Việc giải quyết thủ tục hành chính phải đúng quy định, công khai, minh bạch; cán bộ giải quyết phải hướng dẫn tổ chức, cá nhân.'),
  ],
})

export const QD_28_2018 = doc({
  id: 'qd-28-2018',
  numberSymbol: '28/2018/QĐ-TTg',
  title: 'Quyết định về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước',
  issuer: 'Thủ tướng Chính phủ',
  documentType: 'Quyết định',
  signer: 'Nguyễn Xuân Phúc',
  fields: ['Công nghệ thông tin'],
  year: 2018,
  validity: 'Còn hiệu lực',
  date: '2018-07-12',
  units: [
    dieu(4, 'Văn bản điện tử gửi, nhận', 'Văn bản điện tử gửi, nhận giữa các cơ quan phải được ký số theo quy định; quyết định hành chính được gửi dưới dạng điện tử.'),
  ],
})

export const KH_40_UBND = doc({
  id: 'kh-40-2024',
  numberSymbol: '40/KH-UBND',
  title: 'Kế hoạch chuyển đổi số năm 2024',
  issuer: 'UBND tỉnh Cao Bằng',
  documentType: 'Kế hoạch',
  fields: ['Công nghệ thông tin'],
  year: 2024,
  validity: 'Còn hiệu lực',
  date: '2024-02-01',
  units: [
    muc(1, 'Phát triển chính quyền số: 100% văn bản điện tử trao đổi giữa các cơ quan nhà nước được ký số; tích hợp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia.'),
  ],
})

export const AGENCY_STTTT = doc({
  kind: 'agency',
  id: 'so-tttt-cao-bang',
  url: '/co-quan/so-tttt-cao-bang',
  title: 'Sở Thông tin và Truyền thông tỉnh Cao Bằng',
  body: 'Địa chỉ thư điện tử chính thức: stttt@caobang.gov.vn. Đầu mối gửi, nhận văn bản điện tử của Sở. Điện thoại: 0206 3852 000.',
  date: '2024-05-01',
})

export const NEWS_HOI_NGHI = doc({
  kind: 'news',
  id: 'tin-hoi-nghi-chuyen-doi-so',
  url: '/tin-tuc/hoi-nghi-chuyen-doi-so',
  title: 'Hội nghị triển khai chuyển đổi số trong cơ quan nhà nước',
  body: 'Ngày 10/3, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai chuyển đổi số, đẩy mạnh sử dụng chữ ký số và dịch vụ công trực tuyến.',
  date: '2024-03-10',
})

export const PAGE_GIOI_THIEU = doc({
  kind: 'page',
  id: 'gioi-thieu',
  url: '/gioi-thieu',
  title: 'Giới thiệu cơ cấu tổ chức',
  body: 'Sơ đồ cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn và tiểu sử tóm tắt của lãnh đạo.',
  date: '2020-01-01',
})

export const CORPUS: SearchRecord[] = [
  CT_15,
  CT_02_BNV,
  ND_43_2011,
  ND_42_2022,
  ND_224_2026,
  ND_64_2007,
  QD_19_2014,
  CV_1950,
  CV_BAO_CAO_CT_15,
  CT_14_CAO_BANG,
  LUAT_DAT_DAI,
  DU_THAO_DAT_DAI,
  ND_123_HO_TICH,
  LUAT_NGAN_SACH,
  ND_30_VAN_THU,
  LUAT_BAN_HANH_VB,
  ND_61_MOT_CUA,
  LUAT_GIAO_DICH_DT,
  ND_130_CHU_KY_SO,
  LUAT_TIEP_CAN_TT,
  TT_24_2011,
  LUAT_HOA_GIAI,
  LUAT_THUY_LOI,
  ND_THUE_NHA,
  LUAT_THUE_DAT,
  ND_AN_TOAN_DIEN,
  TT_THU_TUC,
  QD_28_2018,
  KH_40_UBND,
  AGENCY_STTTT,
  NEWS_HOI_NGHI,
  PAGE_GIOI_THIEU,
]
