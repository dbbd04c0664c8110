import { describe, expect, it } from 'vitest'

import { otherLanguagePath, pathLang } from '../../site/lib/language'

describe('the header language switch', () => {
  it('tells English pages from Vietnamese ones', () => {
    expect(pathLang('/en')).toBe('en')
    expect(pathLang('/en/co-quan')).toBe('en')
    expect(pathLang('/entry')).toBe('vi')
    expect(pathLang('/')).toBe('vi')
  })

  it('goes to the same page in the other language when both exist', () => {
    expect(otherLanguagePath('/co-quan/bo-noi-vu')).toBe('/en/co-quan/bo-noi-vu')
    expect(otherLanguagePath('/en/co-quan/bo-noi-vu')).toBe('/co-quan/bo-noi-vu')
    expect(otherLanguagePath('/gioi-thieu')).toBe('/en/gioi-thieu')
    expect(otherLanguagePath('/en/lien-he/')).toBe('/lien-he')
    expect(otherLanguagePath('/en')).toBe('/')
  })

  it('keeps the search when switching between /tim-kiem and /en/search', () => {
    expect(otherLanguagePath('/tim-kiem', '?q=15%2FCT-TTg&kind=document')).toBe('/en/search?q=15%2FCT-TTg&kind=document')
    expect(otherLanguagePath('/en/search', '?q=chuyen+doi+so')).toBe('/tim-kiem?q=chuyen+doi+so')
    expect(otherLanguagePath('/en/search/')).toBe('/tim-kiem')
    // Other pages drop the query string.
    expect(otherLanguagePath('/co-quan', '?q=noi+vu')).toBe('/en/co-quan')
  })

  it("goes to the section or the home page when the item has no translation under the same path", () => {
    // English introduction items have slugs of their own.
    expect(otherLanguagePath('/gioi-thieu/lanh-dao-so')).toBe('/en/gioi-thieu')
    expect(otherLanguagePath('/en/gioi-thieu/functions-and-duties')).toBe('/gioi-thieu')
    expect(otherLanguagePath('/van-ban/2012/15-ct-ttg')).toBe('/en')
    expect(otherLanguagePath('/')).toBe('/en')
  })
})
