import { describe, expect, it } from 'vitest'
import {
  articleLabel,
  computeValidity,
  VALIDITY_LABELS,
  type IncomingRelation,
  type ValidityStatus,
} from '../../../cms/lib/validity'

type Row = [
  name: string,
  today: string,
  input: { effectiveAt?: string | null; expiresAt?: string | null; incoming?: IncomingRelation[] },
  status: ValidityStatus,
  reason: string | RegExp,
  since: string | null,
]

const E = '2012-01-01'

describe('computeValidity', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['before the effective date', '2011-12-31', { effectiveAt: E }, 'notYetInForce', 'Có hiệu lực từ ngày 01/01/2012', null],
    ['on the effective date', '2012-01-01', { effectiveAt: E }, 'inForce', 'Có hiệu lực từ ngày 01/01/2012', '2012-01-01'],
    ['no dates at all', '2020-01-01', {}, 'inForce', 'Chưa có thông tin ngày có hiệu lực', null],
    ['the day before expiry', '2015-06-30', { effectiveAt: E, expiresAt: '2015-07-01' }, 'inForce', /Có hiệu lực/, '2012-01-01'],
    ['on the expiry date', '2015-07-01', { effectiveAt: E, expiresAt: '2015-07-01' }, 'outOfForce', 'Hết thời hạn có hiệu lực từ ngày 01/07/2015', '2015-07-01'],
    ['replaced, not yet', '2022-08-14', { effectiveAt: E, incoming: [{ type: 'replaces', effectiveAt: '2022-08-15', fromNumber: '42/2022/NĐ-CP' }] }, 'inForce', /Có hiệu lực/, '2012-01-01'],
    ['replaced, from its date', '2022-08-15', { effectiveAt: E, incoming: [{ type: 'replaces', effectiveAt: '2022-08-15', fromNumber: '42/2022/NĐ-CP' }] }, 'outOfForce', 'Bị thay thế bởi 42/2022/NĐ-CP từ ngày 15/08/2022', '2022-08-15'],
    ['replaced, number unknown', '2023-01-01', { effectiveAt: E, incoming: [{ type: 'replaces', effectiveAt: '2022-08-15' }] }, 'outOfForce', 'Bị thay thế bởi văn bản khác từ ngày 15/08/2022', '2022-08-15'],
    ['wholly repealed, no date = at once', '2013-01-01', { effectiveAt: E, incoming: [{ type: 'repeals', fromNumber: '1/2013/NĐ-CP' }] }, 'outOfForce', 'Bị bãi bỏ bởi 1/2013/NĐ-CP', null],
    ['repealed before it took effect', '2011-12-01', { effectiveAt: E, incoming: [{ type: 'repeals', effectiveAt: '2011-11-01' }] }, 'outOfForce', /Bị bãi bỏ bởi/, '2011-11-01'],
    ['amended, in effect', '2016-01-01', { effectiveAt: E, incoming: [{ type: 'amends', effectiveAt: '2015-01-01', fromNumber: '5/2015/NĐ-CP' }] }, 'partlyOutOfForce', 'Được sửa đổi, bổ sung một phần bởi 5/2015/NĐ-CP từ ngày 01/01/2015', '2015-01-01'],
    ['amended, not yet in effect', '2014-12-31', { effectiveAt: E, incoming: [{ type: 'amends', effectiveAt: '2015-01-01' }] }, 'inForce', /Có hiệu lực/, '2012-01-01'],
    ['one article repealed', '2016-01-01', { effectiveAt: E, incoming: [{ type: 'repeals', article: 'dieu-5-khoan-2', effectiveAt: '2015-03-01', fromNumber: '10/2015/NĐ-CP' }] }, 'partlyOutOfForce', 'Khoản 2 Điều 5 bị bãi bỏ bởi 10/2015/NĐ-CP từ ngày 01/03/2015', '2015-03-01'],
    ['one article suspended', '2016-01-01', { effectiveAt: E, incoming: [{ type: 'suspends', article: 'Điều 7', effectiveAt: '2015-03-01' }] }, 'partlyOutOfForce', 'Điều 7 bị đình chỉ bởi văn bản khác từ ngày 01/03/2015', '2015-03-01'],
    ['wholly suspended', '2016-01-01', { effectiveAt: E, incoming: [{ type: 'suspends', effectiveAt: '2015-03-01', fromNumber: '99/QĐ-TTg' }] }, 'suspended', 'Bị đình chỉ bởi 99/QĐ-TTg từ ngày 01/03/2015', '2015-03-01'],
    ['stopsEffect wholly', '2016-01-01', { effectiveAt: E, incoming: [{ type: 'stopsEffect', effectiveAt: '2015-03-01' }] }, 'suspended', /Bị tạm ngưng hiệu lực bởi/, '2015-03-01'],
    ['amended then replaced', '2023-01-01', { effectiveAt: E, incoming: [{ type: 'amends', effectiveAt: '2015-01-01' }, { type: 'replaces', effectiveAt: '2022-08-15' }] }, 'outOfForce', /Bị thay thế/, '2022-08-15'],
    ['non-effect relations are ignored', '2016-01-01', { effectiveAt: E, incoming: [{ type: 'guides' }, { type: 'cites' }, { type: 'corrects' }, { type: 'bogus' }] }, 'inForce', /Có hiệu lực/, '2012-01-01'],
    ['earliest ending wins', '2023-01-01', { effectiveAt: E, expiresAt: '2022-12-31', incoming: [{ type: 'replaces', effectiveAt: '2022-08-15' }] }, 'outOfForce', /Bị thay thế/, '2022-08-15'],
    ['many amendments, earliest first', '2023-01-01', { effectiveAt: E, incoming: [
      { type: 'amends', effectiveAt: '2020-01-01', fromNumber: 'B' }, { type: 'amends', effectiveAt: '2014-01-01', fromNumber: 'A' },
      { type: 'amends', effectiveAt: '2021-01-01', fromNumber: 'C' }, { type: 'amends', effectiveAt: '2022-01-01', fromNumber: 'D' },
    ] }, 'partlyOutOfForce', /^Được sửa đổi, bổ sung một phần bởi A .*; và 1 thay đổi khác$/, '2014-01-01'],
  ]

  it.each(rows)('%s (on %s)', (_name, today, input, status, reason, since) => {
    const v = computeValidity(input, today)
    expect(v.status).toBe(status)
    expect(v.label).toBe(VALIDITY_LABELS[status])
    if (typeof reason === 'string') expect(v.reason).toBe(reason)
    else expect(v.reason).toMatch(reason)
    expect(v.since).toBe(since)
    expect(v.overridden).toBe(false)
  })

  it('compares calendar days in Vietnam time', () => {
    const input = { effectiveAt: '2012-01-01T00:00:00+07:00' }
    // 31/12/2011 17:00 UTC is 01/01/2012 00:00 in Vietnam: already in force.
    expect(computeValidity(input, new Date('2011-12-31T17:00:00Z')).status).toBe('inForce')
    expect(computeValidity(input, new Date('2011-12-31T16:59:59Z')).status).toBe('notYetInForce')
  })

  it('maps to schema.org LegalForceStatus', () => {
    expect(computeValidity({ effectiveAt: E }, '2011-01-01').schemaOrg).toBe('NotInForce')
    expect(computeValidity({ effectiveAt: E }, '2013-01-01').schemaOrg).toBe('InForce')
    expect(computeValidity({ effectiveAt: E, incoming: [{ type: 'amends' }] }, '2013-01-01').schemaOrg).toBe(
      'PartiallyInForce',
    )
    expect(computeValidity({ effectiveAt: E, expiresAt: '2012-06-01' }, '2013-01-01').schemaOrg).toBe('NotInForce')
  })

  it('lets an override win and keeps its reason', () => {
    const v = computeValidity(
      {
        effectiveAt: E,
        override: { status: 'outOfForce', reason: 'Bị bãi bỏ theo Quyết định công bố 12/QĐ-UBND', since: '2020-05-01' },
      },
      '2021-01-01',
    )
    expect(v).toMatchObject({
      status: 'outOfForce',
      label: 'Hết hiệu lực',
      reason: 'Bị bãi bỏ theo Quyết định công bố 12/QĐ-UBND',
      since: '2020-05-01',
      overridden: true,
    })
    // Without a reason of its own the computed explanation stays.
    expect(
      computeValidity({ effectiveAt: E, override: { status: 'inForce', reason: '' } }, '2011-01-01'),
    ).toMatchObject({
      status: 'inForce',
      reason: 'Có hiệu lực từ ngày 01/01/2012',
      overridden: true,
    })
  })
})

describe('articleLabel', () => {
  it.each([
    ['dieu-5', 'Điều 5'],
    ['dieu-5a', 'Điều 5a'],
    ['dieu-5-khoan-2-diem-a', 'Điểm a khoản 2 Điều 5'],
    ['chuong-ii', 'Chương II'],
    ['Điều 12', 'Điều 12'],
  ])('%s → %s', (anchor, label) => {
    expect(articleLabel(anchor)).toBe(label)
  })
})
