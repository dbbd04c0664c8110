import { describe, expect, it } from 'vitest'

import { parseLegalText } from '../../../cms/lib/legal-text'
import { articleAnchor, findProvision, provisionHitUrl, provisionLabel, touchesProvision } from '../../../cms/lib/provisions/provisions'
import { namedArticle } from '../../../cms/search/articles'

const TEXT = `NGHỊ ĐỊNH
Quy định thử

Điều 1. Phạm vi
Nghị định này quy định thử.
Điều 2. Trách nhiệm
1. Cơ quan công khai thông tin.
2. Cơ quan trả lời:
a) Trong 5 ngày;
b) Bằng thư điện tử.
Điều 3. Hiệu lực
Nghị định có hiệu lực từ ngày ký.`

describe('provisions', () => {
  const parsed = parseLegalText(TEXT)

  it('finds a clause by the anchor the document page uses, with its article and neighbours', () => {
    const found = findProvision(parsed, 'dieu-2-khoan-2')!
    expect(provisionLabel(found)).toBe('Khoản 2 Điều 2')
    expect(found.ancestors.map((a) => a.anchor)).toEqual(['dieu-2'])
    expect(found.previous?.anchor).toBe('dieu-2-khoan-1')
    expect(found.next).toBeNull()
    expect(provisionLabel(findProvision(parsed, 'dieu-2-khoan-2-diem-a')!)).toBe('Điểm a khoản 2 Điều 2')
  })

  it('moves between articles in order; an unknown or malformed anchor is nothing', () => {
    const first = findProvision(parsed, 'dieu-1')!
    expect(first.previous).toBeNull()
    expect(first.next?.anchor).toBe('dieu-2')
    expect(findProvision(parsed, 'dieu-3')!.next).toBeNull()
    expect(findProvision(parsed, 'dieu-9')).toBeNull()
    expect(findProvision(parsed, '../dieu-1')).toBeNull()
  })

  it('reads a relation’s article as an anchor or a citation, and matches it to the provision it touches', () => {
    expect(articleAnchor('khoản 2 Điều 5')).toBe('dieu-5-khoan-2')
    expect(articleAnchor('điểm đ khoản 1 Điều 3')).toBe('dieu-3-khoan-1-diem-dd')
    expect(articleAnchor('Phụ lục')).toBeNull()
    expect(touchesProvision('Điều 5', 'dieu-5-khoan-2')).toBe(true)
    expect(touchesProvision('dieu-5-khoan-2', 'dieu-5')).toBe(true)
    expect(touchesProvision('dieu-50', 'dieu-5')).toBe(false)
    expect(touchesProvision(null, 'dieu-5')).toBe(false)
  })

  it('sends a search hit inside a document’s article to the provision page, others unchanged', () => {
    expect(provisionHitUrl({ kind: 'document', url: '/van-ban/2012/15-ct-ttg#dieu-2', unit: { anchor: 'dieu-2' } })).toBe('/van-ban/2012/15-ct-ttg/dieu-2')
    expect(provisionHitUrl({ kind: 'draft', url: '/du-thao/a#dieu-2', unit: { anchor: 'dieu-2' } })).toBe('/du-thao/a#dieu-2')
    expect(provisionHitUrl({ kind: 'document', url: '/van-ban/2012/15-ct-ttg' })).toBe('/van-ban/2012/15-ct-ttg')
  })

  it('recognises a query naming an article, with or without accents', () => {
    expect(namedArticle('điều 2 chỉ thị 15/CT-TTg')).toBe('dieu-2')
    expect(namedArticle('Dieu 34 bo luat lao dong')).toBe('dieu-34')
    expect(namedArticle('điều kiện kinh doanh')).toBeNull()
  })
})
