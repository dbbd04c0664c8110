import { describe, expect, it } from 'vitest'

import { describeFlag, emailFlags, indexAddresses } from '../../../cms/lib/agencies/flags'

const agencies = [
  { id: 1, name: 'UBND tỉnh Ví Dụ', emails: [{ address: 'vanthu@ubnd.vidu.gov.vn' }, { address: 'VANTHU@ubnd.vidu.gov.vn' }] },
  { id: 2, name: 'UBND xã Ví Dụ Tây', emails: [{ address: 'xa@gmail.com', nonGovReason: 'Chờ cấp hộp thư' }, { address: 'vanthu@ubnd.vidu.gov.vn' }] },
  { id: 3, name: 'Sở A', emails: [{ address: 'a@vidu.gov.vn' }] },
]

describe('email warnings', () => {
  const index = indexAddresses(agencies)

  it('flags an address outside .gov.vn with its reason, and addresses shared across agencies', () => {
    const flags = emailFlags(agencies[1]!, index)
    expect(flags).toEqual([
      { address: 'xa@gmail.com', kind: 'outside-gov-vn', reason: 'Chờ cấp hộp thư' },
      { address: 'vanthu@ubnd.vidu.gov.vn', kind: 'duplicate', otherAgencies: ['UBND tỉnh Ví Dụ'] },
    ])
    expect(describeFlag(flags[0]!)).toBe('Địa chỉ xa@gmail.com không thuộc miền .gov.vn — lý do: Chờ cấp hộp thư.')
    expect(describeFlag(flags[1]!)).toBe('Địa chỉ vanthu@ubnd.vidu.gov.vn cũng được khai cho: UBND tỉnh Ví Dụ.')
  })

  it('does not flag one agency listing its own address twice, nor a clean agency', () => {
    expect(emailFlags(agencies[0]!, index).map((f) => f.otherAgencies)).toEqual([['UBND xã Ví Dụ Tây']])
    expect(emailFlags(agencies[2]!, index)).toEqual([])
  })
})
