import { describe, expect, it } from 'vitest'
import { AUTO_NUMBERING_WARNING, docxToText, parseLegalText } from '../../../cms/lib/legal-text'
import { docx } from './fixtures/zip'

describe('docxToText', () => {
  it('extracts one paragraph per line, in NFC, ready for the parser', async () => {
    const file = docx([
      'CHỈ THỊ'.normalize('NFD'),
      'Về việc thử',
      '1. Bộ A có trách nhiệm:',
      'a) Làm việc đ.'.normalize('NFD'),
    ])
    const { text, warnings } = await docxToText(file)
    expect(text).toBe(text.normalize('NFC'))
    expect(text.split('\n').filter(Boolean)).toEqual([
      'CHỈ THỊ',
      'Về việc thử',
      '1. Bộ A có trách nhiệm:',
      'a) Làm việc đ.',
    ])
    expect(warnings).toEqual([])
    const parsed = parseLegalText(text)
    expect(parsed.body[0]!.children[0]!.anchor).toBe('dieu-1-diem-a')
  })

  it('warns when Word list numbering was used, since the numbers are not in the text', async () => {
    const { text, warnings } = await docxToText(docx(['Điều 1. Phạm vi', { numbered: 'Khoản đánh số tự động' }]))
    expect(text).toContain('Khoản đánh số tự động')
    expect(warnings).toContain(AUTO_NUMBERING_WARNING)
  })

  it('rejects a file that is not a .docx with a Vietnamese message', async () => {
    await expect(docxToText(Buffer.from('Đây không phải tệp Word'))).rejects.toThrow(/^Không đọc được tệp Word/)
  })
})
