import { describe, expect, it } from 'vitest'

import { addressParts } from '../../../site/lib/format'
import { scrollableTables } from '../../../site/lib/rich-tables'

describe('addresses on a phone', () => {
  it('break after slashes and @, before dots, never inside a word', () => {
    expect(addressParts('vanthu@moha.gov.vn')).toEqual(['vanthu@', 'moha', '.gov', '.vn'])
    expect(addressParts('https://vbpl.vn/tw/Pages/home.aspx?ItemID=1')).toEqual(['https://', 'vbpl', '.vn/', 'tw/', 'Pages/', 'home', '.aspx', '?ItemID', '=1'])
    expect(addressParts('invalid_parameter')).toEqual(['invalid', '_parameter'])
    expect(addressParts('signatures[].validAtSigningTime')).toEqual(['signatures[]', '.validAtSigningTime'])
    expect(addressParts('Nguyễn').join('')).toBe('Nguyễn')
    expect(addressParts('/api/v1/documents.csv').join('')).toBe('/api/v1/documents.csv')
  })
})

describe("editors' tables", () => {
  it('each sit in a named region that takes keyboard focus, nested ones too', () => {
    const html = '<p>a</p><table><tbody><tr><td><table><tbody><tr><td>x</td></tr></tbody></table></td></tr></tbody></table>'
    expect(scrollableTables(html)).toBe(
      '<p>a</p><div role="region" tabindex="0" aria-label="Bảng 1"><table><tbody><tr><td>' +
        '<div role="region" tabindex="0" aria-label="Bảng 2"><table><tbody><tr><td>x</td></tr></tbody></table></div>' +
        '</td></tr></tbody></table></div>',
    )
    expect(scrollableTables('<table></table>', 'en')).toBe('<div role="region" tabindex="0" aria-label="Table 1"><table></table></div>')
    expect(scrollableTables('<p>no table</p>')).toBe('<p>no table</p>')
  })
})
