import { describe, expect, it } from 'vitest'

import { describeStructure } from '../../../cms/collections/LegalDocuments/hooks/renderFullText'
import { parseLegalText } from '../../../cms/lib/legal-text'

describe('what the editor is told the parser found', () => {
  it('calls a decree’s units articles and a directive’s numbered sections what they are', () => {
    const decree = parseLegalText('Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về cổng thông tin.\nĐiều 2. Đối tượng áp dụng\n1. Cơ quan nhà nước.\n2. Tổ chức, cá nhân.')
    expect(describeStructure(decree).split('\n')[0]).toBe('Nhận diện được: 2 điều, 2 khoản.')
    const directive = parseLegalText('Để đẩy mạnh sử dụng văn bản điện tử, Thủ tướng Chính phủ chỉ thị:\n1. Các Bộ, cơ quan ngang Bộ có trách nhiệm:\na) Quán triệt việc sử dụng văn bản điện tử;\nb) Bảo đảm hạ tầng.\n2. Bộ Nội vụ có trách nhiệm:\na) Hướng dẫn lưu trữ.')
    const first = describeStructure(directive).split('\n')[0]!
    expect(first).toMatch(/^Nhận diện được: 2 mục đánh số \(1\., 2\., …\)/)
    expect(first).not.toContain('điều')
  })

  it('tells the editor about Roman sections, sub-items and annexes (issue 14)', () => {
    const parsed = parseLegalText(
      'Để bảo đảm an toàn, Chủ tịch chỉ thị:\nI. MỤC TIÊU\n1. Phòng ngừa.\nII. NHIỆM VỤ\n1. Sở Tài chính:\n1.1. Bố trí kinh phí.\n1.2. Hướng dẫn quyết toán.\nCHỦ TỊCH\n(Đã ký)\nPHỤ LỤC I\nDANH MỤC CÔNG TRÌNH',
    )
    const summary = describeStructure(parsed)
    expect(summary.split('\n')[0]).toBe('Nhận diện được: 2 mục, 2 mục đánh số (1., 2., …), 2 tiểu mục (2.1, 2.2, …).')
    expect(summary).toContain('Phụ lục: PHỤ LỤC I.')
  })
})
