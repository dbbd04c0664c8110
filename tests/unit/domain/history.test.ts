import { describe, expect, it } from 'vitest'

import { documentTimeline } from '../../../cms/lib/history/timeline'
import { computeValidity } from '../../../cms/lib/validity'

const by = (n: string) => ({ numberSymbol: n, url: `/van-ban/x/${n.replace(/\W+/g, '-').toLowerCase()}` })

describe('documentTimeline', () => {
  const input = {
    issuedAt: '2011-06-13T00:00:00+07:00',
    publishedAt: '2026-12-01T09:30:00+07:00',
    effectiveAt: '2011-10-01T00:00:00+07:00',
    incoming: [
      { type: 'replaces', effectiveAt: '2022-08-15T00:00:00+07:00', from: by('42/2022/NĐ-CP') },
      { type: 'amends', effectiveAt: '2015-01-01T00:00:00+07:00', article: 'dieu-5-khoan-2', from: by('10/2014/NĐ-CP') },
      { type: 'guides', effectiveAt: '2012-01-01T00:00:00+07:00', from: by('01/2012/TT-BTTTT') },
      { type: 'corrects', effectiveAt: '2011-07-01T00:00:00+07:00', from: by('01/ĐC-CP') },
    ],
    provisionUrl: (a: string) => `/van-ban/2011/43-2011-nd-cp/${a}`,
  }

  it('lists issue, correction, entry into force, amendment and replacement in date order, each with its link', () => {
    const events = documentTimeline(input, '2026-12-04')
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ['issued', '2011-06-13'],
      ['corrected', '2011-07-01'],
      ['effective', '2011-10-01'],
      ['amended', '2015-01-01'],
      ['replaced', '2022-08-15'],
      ['published', '2026-12-01'],
    ])
    const amended = events.find((e) => e.kind === 'amended')!
    expect(amended.by?.numberSymbol).toBe('10/2014/NĐ-CP')
    expect(amended.articleUrl).toBe('/van-ban/2011/43-2011-nd-cp/dieu-5-khoan-2')
    expect(events.find((e) => e.kind === 'replaced')!.label).toBe('Bị thay thế bởi')
    // Guidance is not a change to the document: not history.
    expect(events.some((e) => e.by?.numberSymbol === '01/2012/TT-BTTTT')).toBe(false)
  })

  it('dates the replacement on the expiry date the validity gives', () => {
    const replaced = documentTimeline(input, '2026-12-04').find((e) => e.kind === 'replaced')!
    const v = computeValidity({ effectiveAt: input.effectiveAt, incoming: input.incoming.map((r) => ({ ...r, fromNumber: r.from.numberSymbol })) }, '2026-12-04')
    expect(replaced.date).toBe(v.expiresOn)
  })

  it('marks events after today as coming, and puts the same day in the order of a document’s life', () => {
    const events = documentTimeline({ issuedAt: '2026-12-04', effectiveAt: '2026-12-04', publishedAt: '2026-12-04', incoming: [{ type: 'suspends', effectiveAt: '2027-01-01', from: by('99/QĐ-TTg') }] }, '2026-12-04')
    expect(events.map((e) => e.kind)).toEqual(['issued', 'published', 'effective', 'suspended'])
    expect(events.map((e) => e.future)).toEqual([false, false, false, true])
  })

  it('ends with the withdrawal and its reason; takes effects recorded elsewhere as they are', () => {
    const events = documentTimeline({
      issuedAt: '2020-01-01',
      withdrawn: { at: '2026-05-05', reason: 'Nhập nhầm' },
      extra: [{ kind: 'effect', date: '2021-01-01', label: 'Khoản 2 Điều 5 được sửa đổi', by: by('1/2021/NĐ-CP') }],
    })
    expect(events.map((e) => e.kind)).toEqual(['issued', 'effect', 'withdrawn'])
    expect(events.at(-1)!.label).toBe('Gỡ bỏ khỏi cổng thông tin: Nhập nhầm')
  })
})
