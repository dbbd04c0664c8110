import { describe, expect, it } from 'vitest'

import { readDocumentFilters } from '../../../site/lib/document-filters'

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
