import { describe, expect, it } from 'vitest'

import { ratablePath } from '../../cms/consultation/ratings/levels'
import { agencyPath, agencyVcardPath, askQuestionPath, commentReceiptPath, commentStatusPath, documentPath, draftPath, questionPath, questionReceiptPath, questionStatusPath } from '../../cms/lib/paths'
import { isSlug, shortSlug, slugify } from '../../cms/lib/slug'
import { STORED_PAGE_PATH } from '../../site/lib/stored-pages'

describe('public paths, one builder per kind', () => {
  it('builds a document path from its year and slug', () => {
    expect(documentPath({ year: 2012, slug: '15-ct-ttg' })).toBe('/van-ban/2012/15-ct-ttg')
  })

  it('falls back to the list when a draft or an agency has no slug yet', () => {
    expect(draftPath('du-thao-luat-a')).toBe('/du-thao/du-thao-luat-a')
    expect(draftPath(null)).toBe('/du-thao')
    expect(agencyPath(undefined)).toBe('/co-quan')
    expect(agencyPath(null, 'en')).toBe('/en/co-quan')
  })

  it('puts English agency pages under /en and the contact card beside the page', () => {
    expect(agencyPath('bo-tu-phap', 'en')).toBe('/en/co-quan/bo-tu-phap')
    expect(agencyVcardPath('bo-tu-phap')).toBe('/co-quan/bo-tu-phap/vcard')
  })

  it('puts every question page under /hoi-dap, with codes encoded', () => {
    expect(questionPath('HD-2026-000045')).toBe('/hoi-dap/HD-2026-000045')
    expect(questionPath(null)).toBe('/hoi-dap')
    expect(askQuestionPath()).toBe('/hoi-dap/gui-cau-hoi')
    expect(questionStatusPath('a&b')).toBe('/hoi-dap/tra-cuu?ma=a%26b')
    expect(questionReceiptPath('HD-2026-000045', 'k_y-1')).toBe('/hoi-dap/da-gui?ma=HD-2026-000045&k=k_y-1#bien-nhan')
  })

  it('encodes a tracking code so it cannot break out of the query string', () => {
    expect(commentStatusPath('GY-2026-000001')).toBe('/du-thao/tra-cuu?ma=GY-2026-000001')
    expect(commentStatusPath('a&b=c#d')).toBe('/du-thao/tra-cuu?ma=a%26b%3Dc%23d')
    expect(commentStatusPath()).toBe('/du-thao/tra-cuu')
    expect(commentReceiptPath('du-thao-a', 'X 1')).toBe('/du-thao/du-thao-a/da-gui?ma=X%201#bien-nhan')
    expect(commentReceiptPath('du-thao-a', 'GY-2026-000001', 'k_y-1')).toBe('/du-thao/du-thao-a/da-gui?ma=GY-2026-000001&k=k_y-1#bien-nhan')
  })
})

describe('one slug rule', () => {
  it('folds Vietnamese to the slug every route accepts', () => {
    const made = slugify('Dự thảo Luật Đất đai (sửa đổi) — lần 2')
    expect(made).toBe('du-thao-luat-dat-dai-sua-doi-lan-2')
    expect(isSlug(made)).toBe(true)
  })

  it('refuses what a route must never pass to the database', () => {
    for (const bad of ['', 'A', 'dieu 5', 'dieu_5', '../etc', 'x'.repeat(121), 'đ']) expect(isSlug(bad), bad).toBe(false)
    expect(isSlug('x'.repeat(120))).toBe(true)
  })

  it('cuts a long derived slug at a hyphen, never inside a word', () => {
    const long = shortSlug('Quyết định về việc phê duyệt kế hoạch triển khai thực hiện chương trình chuyển đổi số quốc gia giai đoạn 2026 2030')
    expect(long.length).toBeLessThanOrEqual(80)
    expect('quyet-dinh-ve-viec-phe-duyet-ke-hoach-trien-khai-thuc-hien-chuong-trinh-chuyen-doi-so-quoc-gia-giai-doan-2026-2030'.startsWith(`${long}-`)).toBe(true)
  })

  it('builds the stored-page and rating path patterns from the same rule', () => {
    expect(STORED_PAGE_PATH.test('/van-ban/2012/15-ct-ttg')).toBe(true)
    expect(STORED_PAGE_PATH.test('/van-ban/2012/15_CT')).toBe(false)
    expect(ratablePath('/tin-tuc/khai-truong')).toBe('/tin-tuc/khai-truong')
    expect(ratablePath('/tin-tuc/Khai truong')).toBeNull()
  })
})
