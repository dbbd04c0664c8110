/**
 * A large legal text (hundreds of articles of Vietnamese full text, shaped like the seeds in
 * /work/shared/seeds and content/documents: preamble, chapters, articles, clauses, points,
 * signature, recipients) whose every article carries a generation mark, so a reader can tell
 * whether a stored text is entirely one save or a mix of two.
 */

const SENTENCES = [
  'Cơ quan nhà nước có trách nhiệm cung cấp thông tin đầy đủ, chính xác, kịp thời trên cổng thông tin điện tử',
  'Văn bản điện tử được gửi, nhận qua hệ thống quản lý văn bản và điều hành có giá trị như văn bản giấy',
  'Thủ trưởng cơ quan, đơn vị chịu trách nhiệm tổ chức thực hiện và kiểm tra việc thực hiện quy định này',
  'Việc tiếp nhận, xử lý ý kiến góp ý của tổ chức, cá nhân phải được công khai theo quy định của pháp luật',
  'Kinh phí thực hiện được bố trí trong dự toán ngân sách nhà nước hằng năm của cơ quan, đơn vị',
  'Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương hướng dẫn, đôn đốc các cơ quan thuộc phạm vi quản lý',
]

/** The mark every article of generation `g` carries (in its title and in each clause). */
export const generationMark = (g: number) => `[lần lưu ${g}]`
/** Every generation mark found in a text. */
export const generationsIn = (text: string) => new Set([...text.matchAll(/\[lần lưu (\d+)\]/g)].map((m) => Number(m[1])))

/** Returns the full text of generation `g` with `articles` articles (about 600 characters each). */
export function largeLegalText(g: number, articles = 400): string {
  const lines = [
    'NGHỊ ĐỊNH',
    'Quy định về cung cấp thông tin và dịch vụ công trực tuyến trên cổng thông tin điện tử',
    '',
    'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    'Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;',
    'Theo đề nghị của Bộ trưởng Bộ Thông tin và Truyền thông;',
    'Chính phủ ban hành Nghị định quy định về cung cấp thông tin và dịch vụ công trực tuyến.',
    '',
  ]
  const perChapter = 40
  for (let i = 1; i <= articles; i++) {
    if ((i - 1) % perChapter === 0) lines.push(`Chương ${toRoman(Math.floor((i - 1) / perChapter) + 1)}`, `QUY ĐỊNH NHÓM ${Math.floor((i - 1) / perChapter) + 1}`)
    const s = (k: number) => SENTENCES[(i + k) % SENTENCES.length]
    lines.push(
      `Điều ${i}. Nội dung quy định số ${i} ${generationMark(g)}`,
      `1. ${s(0)} ${generationMark(g)}.`,
      `2. ${s(1)}:`,
      `a) ${s(2)} ${generationMark(g)};`,
      `b) ${s(3)}.`,
      `3. ${s(4)} ${generationMark(g)}.`,
    )
  }
  lines.push('', 'TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Nguyễn Văn A', '', 'Nơi nhận:', '- Ban Bí thư Trung ương Đảng;', '- Các Bộ, cơ quan ngang Bộ;', '- Lưu: VT, KSTT.')
  return lines.join('\n')
}

function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v)
  return out
}
