import { describe, expect, it } from 'vitest'
import {
  assignSimilarityGroup,
  exactKey,
  hammingDistance,
  jaccard,
  normaliseForDuplicate,
  shingles,
  simhash64,
} from '../../../cms/consultation/comments/similarity'

// A campaign text circulated on social media, and how people actually re-send it.
const campaign =
  'Kính gửi Ban soạn thảo. Tôi đề nghị giữ nguyên quy định tại Điều 5 dự thảo về việc miễn phí gửi xe cho học sinh, ' +
  'sinh viên tại các điểm trông giữ xe công cộng. Việc thu phí sẽ làm tăng gánh nặng chi phí cho các gia đình có thu nhập ' +
  'thấp, trong khi hạ tầng giao thông công cộng của thành phố chưa đáp ứng được nhu cầu đi lại. Đề nghị cơ quan soạn thảo ' +
  'xem xét lộ trình thu phí phù hợp sau năm 2030. Trân trọng cảm ơn.'
const newGreeting = campaign.replace('Kính gửi Ban soạn thảo.', 'Kính gửi Quý cơ quan,').replace('Trân trọng cảm ơn.', 'Xin cảm ơn!')
const personalised = campaign.replace('Tôi đề nghị', 'Gia đình tôi đề nghị').replace('thành phố', 'thành phố Hà Nội')
const withoutAccents = campaign.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')

const opposing =
  'Tôi không tán thành Điều 5. Miễn phí gửi xe cho mọi học sinh, sinh viên sẽ gây thất thu ngân sách và tình trạng lạm ' +
  'dụng thẻ. Nên chỉ miễn phí cho học sinh thuộc hộ nghèo, hộ cận nghèo, và thu phí ở mức thấp đối với các đối tượng còn lại.'
const otherArticle =
  'Đề nghị bổ sung vào Điều 7 quy định về trách nhiệm của đơn vị trông giữ xe trong việc bảo đảm an toàn phòng cháy, ' +
  'chữa cháy, đặc biệt đối với xe điện sạc tại chỗ.'
const partly =
  'Tôi đồng ý một phần với Điều 5 dự thảo về việc miễn phí gửi xe cho học sinh, sinh viên, nhưng đề nghị chỉ áp dụng tại ' +
  'các điểm trông giữ xe gần trường học.'

describe('normaliseForDuplicate and exactKey', () => {
  it('ignores accents, case, punctuation, spacing and invisible characters', () => {
    expect(normaliseForDuplicate('  Đề nghị   GIỮ nguyên\u200B Điều 5!!! ')).toBe('de nghi giu nguyen dieu 5')
    expect(exactKey('Tôi tán thành dự thảo.')).toBe(exactKey('toi  tan thanh DU THAO'))
    expect(exactKey('Tán thành.'.normalize('NFD'))).toBe(exactKey('Tán thành.'))
  })

  it('tells different comments apart and returns sha256 hex', () => {
    expect(exactKey('Tôi tán thành dự thảo.')).not.toBe(exactKey('Tôi không tán thành dự thảo.'))
    expect(exactKey('x')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps keys of different scopes (e.g. senders) apart', () => {
    expect(exactKey('Tán thành', 'draft-1|a@example.vn')).not.toBe(exactKey('Tán thành', 'draft-1|b@example.vn'))
    expect(exactKey('Tán thành', 'draft-1|a@example.vn')).toBe(exactKey('tan thanh', 'draft-1|a@example.vn'))
  })
})

describe('shingles and jaccard', () => {
  it('builds word 3-shingles, or one shingle for short texts', () => {
    expect([...shingles('Tôi tán thành dự thảo')]).toEqual(['toi tan thanh', 'tan thanh du', 'thanh du thao'])
    expect([...shingles('Tán thành')]).toEqual(['tan thanh'])
    expect(shingles('  ...  ').size).toBe(0)
  })

  it('measures overlap', () => {
    expect(jaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3)
    expect(jaccard(shingles(campaign), shingles(campaign))).toBe(1)
    expect(jaccard(new Set(), new Set())).toBe(1)
  })
})

describe('simhash', () => {
  it('puts near-identical comments closer than different opinions', () => {
    const h = simhash64(campaign)
    expect(h).toMatch(/^[0-9a-f]{16}$/)
    expect(hammingDistance(h, simhash64(withoutAccents))).toBe(0)
    const near = Math.max(hammingDistance(h, simhash64(newGreeting)), hammingDistance(h, simhash64(personalised)))
    const far = Math.min(...[opposing, otherArticle, partly].map((t) => hammingDistance(h, simhash64(t))))
    expect(near).toBeLessThan(far)
  })

  it('counts differing bits and refuses malformed hashes', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64)
    expect(hammingDistance('00000000000000f0', '0000000000000010')).toBe(3)
    expect(() => hammingDistance('00', '000')).toThrow()
    expect(() => hammingDistance('zz', '00')).toThrow()
  })
})

describe('assignSimilarityGroup', () => {
  const existing = [
    { id: 'c1', text: campaign, group: null },
    { id: 'c2', text: opposing },
    { id: 'c3', text: otherArticle },
  ]

  it.each([
    ['a new greeting and sign-off', newGreeting],
    ['a personalised sentence', personalised],
    ['the text typed without accents', withoutAccents],
  ])('groups the campaign text with %s', (_, text) => {
    expect(assignSimilarityGroup(text, existing)).toBe('c1')
  })

  it('joins the existing group of the most similar comment', () => {
    const grouped = [
      { id: 'c9', text: opposing },
      { id: 'c10', text: campaign, group: 'c1' },
    ]
    expect(assignSimilarityGroup(personalised, grouped)).toBe('c1')
  })

  it.each([
    ['an opposing opinion', opposing.replace('Tôi không tán thành', 'Chúng tôi không đồng ý với')],
    ['a comment on another article', 'Đề nghị sửa Điều 7 về phòng cháy, chữa cháy tại điểm trông giữ xe điện.'],
    ['a partial agreement quoting the campaign', partly],
  ])('does not group %s with the campaign', (_, text) => {
    expect(assignSimilarityGroup(text, [existing[0]!])).toBeNull()
  })

  it('does not group empty or punctuation-only comments', () => {
    expect(assignSimilarityGroup('...', [{ id: 'x', text: '!!!' }])).toBeNull()
  })

  it('respects the threshold', () => {
    const score = jaccard(shingles(campaign), shingles(newGreeting))
    expect(assignSimilarityGroup(newGreeting, existing, score + 0.01)).toBeNull()
    expect(assignSimilarityGroup(newGreeting, existing, score)).toBe('c1')
  })
})
