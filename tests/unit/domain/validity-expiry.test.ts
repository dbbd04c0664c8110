import { describe, expect, it } from 'vitest'

import { computeValidity, expiryDay, VALIDITY_LABELS } from '../../../cms/lib/validity'

// Decree 43/2011 (in force 01/10/2011), replaced by Decree 42/2022 from 15/08/2022.
const DECREE_43 = { effectiveAt: '2011-10-01T00:00:00+07:00', incoming: [{ type: 'replaces', effectiveAt: '2022-08-15T00:00:00+07:00', fromNumber: '42/2022/NĐ-CP' }] }

describe('one computation for validity and the expiry date', () => {
  it('a replaced decree: out of force, and its expiry date is the replacing decree’s effective date', () => {
    const v = computeValidity(DECREE_43, '2026-12-04')
    expect(v.label).toBe('Hết hiệu lực')
    expect(v.since).toBe('2022-08-15')
    expect(v.expiresOn).toBe('2022-08-15')
  })

  it('a known replacement not yet in force: still in force, the expiry date already shown', () => {
    const v = computeValidity({ effectiveAt: '2020-01-01', incoming: [{ type: 'replaces', effectiveAt: '2027-01-01' }] }, '2026-12-04')
    expect(v.status).toBe('inForce')
    expect(v.expiresOn).toBe('2027-01-01')
  })

  it('a wholly repealed document expires on the repeal’s date; a repeal of one article is no expiry', () => {
    expect(computeValidity({ effectiveAt: '2020-01-01', incoming: [{ type: 'repeals', effectiveAt: '2024-07-01' }] }, '2026-01-01').expiresOn).toBe('2024-07-01')
    const partly = computeValidity({ effectiveAt: '2020-01-01', incoming: [{ type: 'repeals', effectiveAt: '2024-07-01', article: 'dieu-3' }] }, '2026-01-01')
    expect(partly.status).toBe('partlyOutOfForce')
    expect(partly.expiresOn).toBeNull()
  })

  it('the earlier of the own term and a replacement is the expiry date', () => {
    expect(expiryDay({ expiresAt: '2022-12-31T00:00:00+07:00', incoming: [{ type: 'replaces', effectiveAt: '2022-08-15' }] })).toBe('2022-08-15')
    expect(expiryDay({ expiresAt: '2021-12-31T00:00:00+07:00', incoming: [{ type: 'replaces', effectiveAt: '2022-08-15' }] })).toBe('2021-12-31')
    expect(expiryDay({})).toBeNull()
  })

  it('a suspended document is "Ngưng hiệu lực", not "Hết hiệu lực", and has no expiry date', () => {
    const v = computeValidity({ effectiveAt: '2020-01-01', incoming: [{ type: 'suspends', effectiveAt: '2025-03-01', fromNumber: '99/QĐ-TTg' }] }, '2026-01-01')
    expect(v.status).toBe('suspended')
    expect(v.label).toBe('Ngưng hiệu lực')
    expect(v.schemaOrg).toBe('NotInForce')
    expect(v.expiresOn).toBeNull()
    expect(VALIDITY_LABELS.suspended).toBe('Ngưng hiệu lực')
  })

  it('suspended, then replaced: out of force from the replacement', () => {
    const v = computeValidity({ effectiveAt: '2020-01-01', incoming: [{ type: 'suspends', effectiveAt: '2025-03-01' }, { type: 'replaces', effectiveAt: '2025-09-01' }] }, '2026-01-01')
    expect(v.status).toBe('outOfForce')
    expect(v.expiresOn).toBe('2025-09-01')
  })

  it('an editor’s override changes the status, not the expiry date the relations give', () => {
    const v = computeValidity({ ...DECREE_43, override: { status: 'inForce', reason: 'Thử' } }, '2026-12-04')
    expect(v.status).toBe('inForce')
    expect(v.expiresOn).toBe('2022-08-15')
  })
})
