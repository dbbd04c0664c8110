import { describe, expect, it } from 'vitest'

import { hiddenStub, toPublicComment } from '../../../cms/consultation/comments/public'

const base = {
  trackingCode: 'GY-2026-000007',
  status: 'published',
  showName: true,
  fullName: 'Trần Thị Mẫu',
  organisation: 'Hợp tác xã Ví Dụ',
  submitterCategory: 'organisation',
  stance: 'partlyAgree',
  article: 'dieu-3',
  articleLabel: 'Điều 3',
  draftVersion: 1,
  body: 'Đề nghị <b>sửa</b>\n\nđoạn hai',
  createdAt: '2026-06-02T02:00:00.000Z',
  response: { kind: 'accepted', text: 'Đã sửa khoản 1.' },
}

describe('toPublicComment', () => {
  it('shows a published comment with its escaped text, name (when allowed), labels and response', () => {
    const c = toPublicComment(base)!
    expect(c).toMatchObject({ kind: 'published', displayName: 'Trần Thị Mẫu (Hợp tác xã Ví Dụ)', stanceLabel: 'Đồng ý một phần', categoryLabel: 'Cơ quan, tổ chức' })
    expect(c.bodyHtml).toBe('<p>Đề nghị &lt;b&gt;sửa&lt;/b&gt;</p>\n<p>đoạn hai</p>')
    expect(c.response).toEqual({ kind: 'accepted', label: 'Tiếp thu', text: 'Đã sửa khoản 1.' })
  })

  it('never carries an email or phone even when the input has them', () => {
    const c = toPublicComment({ ...base, email: 'a@b.vn', phone: '0900000000' } as never)!
    expect(JSON.stringify(c)).not.toMatch(/a@b\.vn|0900000000/)
  })

  it('hides the name unless the commenter chose to show it', () => {
    expect(toPublicComment({ ...base, showName: false })!.displayName).toBe('Người góp ý không công khai tên')
  })

  it('reduces a hidden comment to its dated stub: no text, name or response', () => {
    const c = toPublicComment({ ...base, status: 'hidden', hiddenAt: '2026-06-10T03:00:00.000Z', hiddenReason: 'Quảng cáo' })!
    expect(c).toMatchObject({ kind: 'hidden', stub: 'Ý kiến đã được ẩn ngày 10/06/2026: Quảng cáo', bodyHtml: '', bodyText: '', response: null })
    expect(c.displayName).toBe('Người góp ý không công khai tên')
    expect(hiddenStub('2026-06-10T18:00:00.000Z', '')).toBe('Ý kiến đã được ẩn ngày 11/06/2026: không phù hợp quy định về góp ý')
  })

  it('shows a purged comment as a purge stub and a pending one not at all', () => {
    expect(toPublicComment({ ...base, purgedAt: '2026-07-01T01:00:00.000Z' })).toMatchObject({ kind: 'purged', bodyText: '', stub: expect.stringMatching(/xóa dữ liệu cá nhân.*01\/07\/2026/) })
    expect(toPublicComment({ ...base, status: 'pending' })).toBeNull()
  })
})
