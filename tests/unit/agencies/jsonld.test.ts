import { describe, expect, it } from 'vitest'

import { agencyJsonLd } from '../../../cms/lib/agencies/jsonld'
import { jsonForScript } from '../../../cms/lib/html'

const agency = {
  name: 'Bộ Nội vụ',
  nameEn: 'Ministry of Home Affairs',
  abbreviation: 'BNV',
  emails: [{ address: 'vanthu@bnv.gov.vn', purpose: 'edocs' }],
  phone: '024 0000 0201',
  focalPoint: { name: 'Phạm Văn Mẫu', email: 'thongtin@bnv.gov.vn' },
  officials: [{ name: 'Nguyễn Thị A', position: 'Chánh Văn phòng', email: 'nta@bnv.gov.vn' }],
  lastVerifiedAt: '2026-03-01T17:00:00.000Z',
}

describe('GovernmentOrganization JSON-LD', () => {
  it('describes the agency with one ContactPoint per address and one for the focal point', () => {
    const ld = agencyJsonLd(agency, { url: 'https://vidu.gov.vn/co-quan/bo-noi-vu', parent: { name: 'Chính phủ', url: 'https://vidu.gov.vn/co-quan/chinh-phu' } })
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: 'Bộ Nội vụ',
      alternateName: ['Ministry of Home Affairs', 'BNV'],
      email: 'vanthu@bnv.gov.vn',
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'Chính phủ' },
      dateModified: '2026-03-02',
    })
    expect(ld.contactPoint).toEqual([
      { '@type': 'ContactPoint', contactType: 'Gửi, nhận văn bản điện tử', email: 'vanthu@bnv.gov.vn' },
      { '@type': 'ContactPoint', contactType: 'Đầu mối cung cấp thông tin', name: 'Phạm Văn Mẫu', email: 'thongtin@bnv.gov.vn' },
    ])
    expect(ld.employee).toEqual([{ '@type': 'Person', name: 'Nguyễn Thị A', jobTitle: 'Chánh Văn phòng', email: 'nta@bnv.gov.vn' }])
    expect(agencyJsonLd(agency, { url: 'https://x.vn/en/co-quan/bo-noi-vu', lang: 'en' }).name).toBe('Ministry of Home Affairs')
  })

  it('cannot break out of its script element', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' })
    expect(text).not.toContain('</script')
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>')
  })
})
