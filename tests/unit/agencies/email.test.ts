import { describe, expect, it } from 'vitest'

import { checkEmail, checkWebAddress, isEmailSyntax, isGovVnAddress, normaliseEmail } from '../../../cms/lib/agencies/email'

describe('official email addresses', () => {
  it('accepts plain addresses and refuses malformed ones', () => {
    for (const ok of ['vanthu@vidu.gov.vn', 'van.thu+ubnd@so-tttt.caobang.gov.vn', 'a@b.vn']) expect(isEmailSyntax(ok), ok).toBe(true)
    for (const bad of ['', 'vanthu', 'vanthu@', '@vidu.gov.vn', 'van thu@vidu.gov.vn', 'a@@b.vn', 'a@b', 'a@-b.vn', 'a@b.v1', 'văn@vidu.gov.vn', 'a..b@vidu.gov.vn', `${'a'.repeat(65)}@b.vn`])
      expect(isEmailSyntax(bad), bad).toBe(false)
  })

  it('recognises .gov.vn and its subdomains only', () => {
    expect(isGovVnAddress('VanThu@VIDU.GOV.VN')).toBe(true)
    expect(isGovVnAddress('x@ubnd.caobang.gov.vn')).toBe(true)
    expect(isGovVnAddress('x@gov.vn')).toBe(true)
    expect(isGovVnAddress('x@notgov.vn')).toBe(false)
    expect(isGovVnAddress('x@gov.vn.example.com')).toBe(false)
    expect(isGovVnAddress('x@gmail.com')).toBe(false)
  })

  it('normalises case and spaces', () => {
    expect(normaliseEmail('  VanThu@Vidu.Gov.Vn ')).toBe('vanthu@vidu.gov.vn')
  })

  it('gives Vietnamese messages that name the field', () => {
    expect(checkEmail('', 'Thư điện tử', true)).toBe('Thư điện tử: bắt buộc, chưa nhập.')
    expect(checkEmail('', 'Thư điện tử')).toBe(true)
    expect(checkEmail('abc', 'Thư điện tử')).toMatch(/^Thư điện tử: "abc" không đúng định dạng/)
    expect(checkWebAddress('ftp://x.vn', 'Trang web')).toMatch(/^Trang web: "ftp:\/\/x\.vn" không phải địa chỉ web hợp lệ/)
    expect(checkWebAddress('https://vidu.gov.vn/', 'Trang web')).toBe(true)
  })
})
