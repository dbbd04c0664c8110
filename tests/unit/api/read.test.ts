import { describe, expect, it } from 'vitest'

import { Agency, Document, read } from '../../../site/lib/api/schemas'

const ORIGIN = 'https://cong.example.gov.vn'

describe('read: an API answer is its declaration filled from the stored record', () => {
  it('keeps declared fields only, trims and normalises text, and leaves out what is malformed', () => {
    const row = {
      id: 7,
      slug: 'bo-x',
      name: 'Bộ X',
      nameEn: '  Ministry X ',
      abbreviation: '',
      level: 'ho\u0300a',
      parent: 3,
      reviewNote: 'ghi chú nội bộ',
      needsReview: true,
      emails: [{ address: 'van.thu@x.gov.vn', purpose: ' nhận văn bản ' }, { address: 'không phải địa chỉ', purpose: null }],
      phone: null,
      address: 'Số 1',
      website: 'javascript:alert(1)',
      documentSystemUrl: 'https://vb.x.gov.vn/',
      focalPoint: { name: ' ', email: 'sai' },
      officials: [{ name: 'Nguyễn A', position: '' }, { name: 'Trần B', position: 'Vụ trưởng', email: 'b@x.gov.vn', note: 'riêng' }],
      lastVerifiedAt: '2025-01-31T17:00:00.000Z',
      updatedAt: '2025-02-01T01:00:00.000Z',
    }
    expect(read(Agency, row, ORIGIN)).toEqual({
      id: '7',
      slug: 'bo-x',
      name: 'Bộ X',
      nameEn: 'Ministry X',
      abbreviation: null,
      level: 'hòa',
      // A parent that is a bare id is not readable by the public.
      parent: null,
      emails: [{ address: 'van.thu@x.gov.vn', purpose: 'nhận văn bản', isGovVn: true }],
      phone: null,
      fax: null,
      address: 'Số 1',
      website: null,
      documentSystemUrl: 'https://vb.x.gov.vn/',
      focalPoint: null,
      officials: [{ name: 'Trần B', position: 'Vụ trưởng', unit: null, phone: null, email: 'b@x.gov.vn' }],
      lastVerifiedAt: '2025-02-01',
      updatedAt: '2025-02-01T08:00:00+07:00',
      url: `${ORIGIN}/co-quan/bo-x`,
    })
  })

  it('names a document type or issuer by id even when unreadable, and drops fields the public cannot see', () => {
    const row = {
      id: 12,
      numberSymbol: '43/2011/NĐ-CP',
      documentType: 3,
      issuer: { id: 1, name: 'Chính phủ', abbreviation: 'CP', internalCode: 'x' },
      fields: [5, { id: 6, name: 'Công nghệ thông tin' }],
      validity: 'bogus',
      language: 'fr',
    }
    const doc = read(Document, row, { origin: ORIGIN })
    expect(doc).toMatchObject({
      id: '12',
      documentType: { id: '3', name: '', code: null },
      issuer: { id: '1', name: 'Chính phủ', abbreviation: 'CP' },
      fields: [{ id: '6', name: 'Công nghệ thông tin' }],
      validity: 'inForce',
      language: 'vi',
      apiUrl: `${ORIGIN}/api/v1/documents/12`,
    })
    expect(doc.issuer).toEqual({ id: '1', name: 'Chính phủ', abbreviation: 'CP' })
  })
})
