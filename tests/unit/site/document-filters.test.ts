import { describe, expect, it } from 'vitest'

import { readDocumentFilters, readSearchFilters } from '../../../site/lib/document-filters'

const read = (qs: string) => readDocumentFilters(new URLSearchParams(qs))

describe('readDocumentFilters', () => {
  it('applies good values and lists none as ignored', () => {
    const f = read('year=2012&validity=inForce&from=2012-01-01&to=31/12/2012&sort=effective&page=2')
    expect(f).toMatchObject({ year: 2012, validity: 'inForce', sort: 'effective', page: 2, ignored: [] })
    expect(f.issuedFrom).toBe(new Date('2012-01-01T00:00:00+07:00').getTime())
  })

  it('names every value it cannot use instead of silently showing everything', () => {
    const f = read('year=1900&validity=het-hieu-luc&from=30/02/2020&sort=cu-nhat&page=abc')
    expect(f).toMatchObject({ year: undefined, validity: undefined, issuedFrom: undefined, sort: 'issued', page: 1 })
    expect(f.ignored.map((i) => `${i.label} «${i.value}»: ${i.reason}`)).toEqual([
      'Năm ban hành «1900»: phải từ 1945 đến 2100',
      'Tình trạng hiệu lực «het-hieu-luc»: không có giá trị này',
      'Từ ngày «30/02/2020»: không phải ngày (dd/mm/yyyy)',
      'Sắp xếp «cu-nhat»: không có cách sắp xếp này',
      'Trang «abc»: không phải số nguyên dương',
    ])
  })

  it('treats empty values as no filter', () => {
    expect(read('year=&validity=&page=&sort=').ignored).toEqual([])
  })
})

describe('site search filters', () => {
  const catalogue = {
    types: [{ value: '3', label: 'Nghị định' }],
    issuers: [{ value: '7', label: 'Chính phủ' }],
    fields: [{ value: '9', label: 'Công nghệ thông tin' }],
  }
  const read = (query: string) => readSearchFilters(new URLSearchParams(query), catalogue)

  it('takes the list page’s ids or the index’s names, validity codes or names', () => {
    const r = read('type=3&issuer=Chính phủ&field=9&year=2012&validity=inForce&kind=document&sort=date&page=2')
    expect(r.filters).toEqual({ documentType: 'Nghị định', issuer: 'Chính phủ', field: 'Công nghệ thông tin', year: 2012, validity: 'Còn hiệu lực', kind: 'document' })
    expect(r.sort).toBe('date')
    expect(r.page).toBe(2)
    expect(r.ignored).toEqual([])
    expect(read('validity=Hết hiệu lực').filters.validity).toBe('Hết hiệu lực')
  })

  it('lists what it cannot use instead of filtering to nothing', () => {
    const r = read('type=Luật giả&year=1900&validity=het-hieu-luc&kind=video&sort=abc&page=-1')
    expect(Object.values(r.filters).filter((v) => v !== undefined)).toEqual([])
    expect(r.sort).toBe('relevance')
    expect(r.page).toBe(1)
    expect(r.ignored.map((i) => `${i.label} «${i.value}»: ${i.reason}`)).toEqual([
      'Loại văn bản «Luật giả»: không có trong danh mục',
      'Năm ban hành «1900»: phải là năm từ 1945 đến 2100',
      'Tình trạng hiệu lực «het-hieu-luc»: không có giá trị này',
      'Loại nội dung «video»: không có loại nội dung này',
      'Sắp xếp «abc»: không có cách sắp xếp này',
      'Trang «-1»: không phải số nguyên dương',
    ])
  })

  it('explains what it cannot use in English on the English page', () => {
    const r = readSearchFilters(new URLSearchParams('type=Luật giả&year=1900&kind=video&page=0'), catalogue, 'en')
    expect(r.ignored.map((i) => `${i.label} “${i.value}”: ${i.reason}`)).toEqual([
      'Document type “Luật giả”: not in the catalogue',
      'Year issued “1900”: must be a year from 1945 to 2100',
      'Content type “video”: no such content type',
      'Page “0”: not a positive whole number',
    ])
  })
})
