/**
 * Makes the seed's sample signed original (content/samples/): a clearly labelled sample decision
 * as a PDF with Vietnamese text, signed by a sample CA made for the purpose, and that CA's root
 * certificate for the seed's trust list (content/samples/trust/). The CA's private keys live only
 * in this process: nobody can sign anything else with the sample CA. Run again to renew
 * (`npx tsx scripts/make-sample-signed.ts`); the output is committed, so seeding needs no
 * signing tools.
 */
import fs from 'node:fs'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'

import { fromRoot } from '../cms/paths'
import { makeTestCa, signPdf } from '../tests/helpers/signing'

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'

/** The text of the sample, line by line; `**` marks a bold line. */
export const SAMPLE_LINES = [
  '**VĂN PHÒNG CHÍNH PHỦ (DỮ LIỆU MẪU)',
  'Số: 01/QĐ-MAU',
  '',
  '**QUYẾT ĐỊNH',
  '**Ban hành văn bản mẫu minh họa chữ ký số',
  '(Văn bản mẫu của cổng thông tin — không có giá trị pháp lý)',
  '',
  'Điều 1. Phạm vi',
  'Văn bản này là dữ liệu mẫu, dùng để minh họa việc kiểm tra chữ ký số',
  'của văn bản điện tử đăng trên cổng (Chỉ thị 15/CT-TTg, mục 1.b).',
  'Điều 2. Chữ ký số',
  'Tệp được ký bằng chứng thư số do «CA gốc MẪU» cấp. Chứng thư gốc này',
  'chỉ có trong danh sách tin cậy của dữ liệu mẫu; khóa bí mật đã bị hủy.',
  'Điều 3. Hiệu lực',
  'Quyết định này có hiệu lực kể từ ngày ký.',
  '',
  'KT. CHỦ NHIỆM — PHÓ CHỦ NHIỆM (MẪU)',
  'Nguyễn Văn Mẫu',
]

async function main() {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  doc.setTitle('Quyết định 01/QĐ-MAU (dữ liệu mẫu)')
  const regular = await doc.embedFont(fs.readFileSync(FONT), { subset: true })
  const bold = await doc.embedFont(fs.readFileSync(FONT_BOLD), { subset: true })
  const page = doc.addPage([595.28, 841.89])
  let y = 780
  for (const line of SAMPLE_LINES) {
    const strong = line.startsWith('**')
    page.drawText(strong ? line.slice(2) : line, { x: 64, y, size: strong ? 13 : 11.5, font: strong ? bold : regular })
    y -= 20
  }
  const signingTime = new Date('2026-11-30T02:00:00Z')
  const ca = await makeTestCa({ label: 'MẪU', signer: { cn: 'Nguyễn Văn Mẫu', o: 'Văn phòng Chính phủ (dữ liệu mẫu)' } })
  const signed = await signPdf(await doc.save({ useObjectStreams: false }), ca, signingTime)
  const out = fromRoot('content/samples')
  fs.writeFileSync(path.join(out, 'mau-quyet-dinh-ky-so.pdf'), signed)
  fs.writeFileSync(path.join(out, 'trust', 'ca-goc-mau.pem'), ca.root.pem)
  console.log(`${path.join(out, 'mau-quyet-dinh-ky-so.pdf')}: ${signed.length} bytes; root: ${path.join(out, 'trust', 'ca-goc-mau.pem')}`)
}

await main()
