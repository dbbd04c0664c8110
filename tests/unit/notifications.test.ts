import { describe, expect, it } from 'vitest'

import { defaultDigest, digestBlocks, digestEmpty } from '../../cms/notifications/digest'
import { commentEventHolds, commentEvents, eventKey, questionEventHolds, questionEvents } from '../../cms/notifications/events'
import { commentHiddenBlocks, renderMessage } from '../../cms/notifications/messages'
import { parseStream, unsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from '../../cms/notifications/unsubscribe'

const T1 = '2026-12-05T03:00:00.000Z'
const T2 = '2026-12-06T03:00:00.000Z'

describe('which comment changes a commenter hears of', () => {
  it('publication and hiding (each time they happen), and a first answer', () => {
    expect(commentEvents({ status: 'pending' }, { status: 'published', moderatedAt: T1 })).toEqual([{ event: 'published', at: T1 }])
    expect(commentEvents({ status: 'published' }, { status: 'hidden', hiddenAt: T2, moderatedAt: T2 })).toEqual([{ event: 'hidden', at: T2 }])
    expect(commentEvents({ status: 'hidden', response: {} }, { status: 'hidden', response: { kind: 'accepted', respondedAt: T2 } })).toEqual([{ event: 'answered', at: T2 }])
  })

  it('not a return to pending, a corrected answer, a save that changes neither, or a creation', () => {
    expect(commentEvents({ status: 'published' }, { status: 'pending', moderatedAt: T1 })).toEqual([])
    expect(commentEvents({ status: 'published', response: { kind: 'accepted' } }, { status: 'published', response: { kind: 'explained', respondedAt: T2 } })).toEqual([])
    expect(commentEvents({ status: 'published' }, { status: 'published' })).toEqual([])
    expect(commentEvents(undefined, { status: 'published', moderatedAt: T1 })).toEqual([])
  })

  it('the key names the item, the event and its time: the same occurrence twice is one key, a second hiding another', () => {
    const a = eventKey('comment', 12, { event: 'hidden', at: T1 })
    expect(a).toBe(`comment:12:hidden:${T1}`)
    expect(eventKey('comment', 12, { event: 'hidden', at: T1 })).toBe(a)
    expect(eventKey('comment', 12, { event: 'hidden', at: T2 })).not.toBe(a)
  })

  it('an event corrected before its message goes out is not told', () => {
    expect(commentEventHolds('published', { status: 'hidden' })).toBe(false)
    expect(commentEventHolds('hidden', { status: 'hidden' })).toBe(true)
    expect(commentEventHolds('answered', { response: { kind: null } })).toBe(false)
  })
})

describe('which question changes an asker hears of', () => {
  it('answered, published and declined, each with its own time', () => {
    expect(questionEvents({ status: 'assigned' }, { status: 'answered', answeredAt: T1 })).toEqual([{ event: 'answered', at: T1 }])
    expect(questionEvents({ status: 'answered' }, { status: 'published', publishedAt: T2 })).toEqual([{ event: 'published', at: T2 }])
    expect(questionEvents({ status: 'received' }, { status: 'declined', declinedAt: T1 })).toEqual([{ event: 'declined', at: T1 }])
  })

  it('never assignment, reopening, or taking a published answer down', () => {
    expect(questionEvents({ status: 'received' }, { status: 'assigned' })).toEqual([])
    expect(questionEvents({ status: 'declined' }, { status: 'received' })).toEqual([])
    expect(questionEvents({ status: 'published' }, { status: 'answered', answeredAt: T1 })).toEqual([])
  })

  it('an answer published before its "answered" message went out is told once, as published', () => {
    expect(questionEventHolds('answered', { status: 'published' })).toBe(false)
    expect(questionEventHolds('published', { status: 'published' })).toBe(true)
  })
})

describe('unsubscribe links', () => {
  const secret = 'bí-mật-của-máy-chủ'

  it('carry the stream and a signature, never an address, and verify only unaltered', () => {
    const token = unsubscribeToken(secret, { kind: 'comments', commentId: '12' })
    expect(token).toMatch(/^gy-12\.[\w-]{32}$/)
    expect(verifyUnsubscribeToken(secret, token)).toEqual({ kind: 'comments', commentId: '12' })
    expect(verifyUnsubscribeToken(secret, token.replace('gy-12', 'gy-13'))).toBeNull()
    expect(verifyUnsubscribeToken(secret, token.replace('gy-12', 'hd-12'))).toBeNull()
    expect(verifyUnsubscribeToken('another-secret', token)).toBeNull()
    expect(verifyUnsubscribeToken(secret, `${token}x`)).toBeNull()
    expect(verifyUnsubscribeToken(secret, '')).toBeNull()
    expect(verifyUnsubscribeToken(secret, null)).toBeNull()
  })

  it('name the three kinds of stream', () => {
    expect(parseStream('hd-4')).toEqual({ kind: 'question', questionId: '4' })
    expect(parseStream('ns-3')).toEqual({ kind: 'digest', userId: '3' })
    expect(parseStream('xx-3')).toBeNull()
    expect(parseStream('gy-1;DROP')).toBeNull()
  })

  it('are absolute, from PUBLIC_HOST', () => {
    process.env.PUBLIC_HOST = 'congthongtin.vidu.gov.vn'
    try {
      expect(unsubscribeUrl(secret, { kind: 'question', questionId: '4' })).toMatch(/^https:\/\/congthongtin\.vidu\.gov\.vn\/thong-bao\/ngung-nhan\?t=hd-4\.[\w-]{32}$/)
    } finally {
      delete process.env.PUBLIC_HOST
    }
  })
})

describe('the message', () => {
  const facts = { code: 'GY-2026-000012', draftTitle: 'Dự thảo <Quyết định> về "trông giữ xe"', articleLabel: 'Điều 5', commentUrl: 'https://vidu.gov.vn/c', statusUrl: 'https://vidu.gov.vn/s' }

  it('is plain text and escaped HTML with the reason quoted, the stop link and the sender', () => {
    const { subject, blocks } = commentHiddenBlocks(facts, T1, 'Nội dung <b>không</b> liên quan\nđến dự thảo')
    const m = renderMessage(subject, blocks, { why: 'Vì bạn chọn nhận.', unsubscribeUrl: 'https://vidu.gov.vn/thong-bao/ngung-nhan?t=gy-12.x&y', stopLabel: 'Ngừng nhận:', portalName: 'Cổng thông tin Sở' })
    expect(m.subject).toBe('Góp ý GY-2026-000012 đã bị ẩn')
    expect(m.text).toContain('đã bị ẩn ngày 05/12/2026')
    expect(m.text).toContain('  Nội dung <b>không</b> liên quan\n  đến dự thảo')
    expect(m.text).toContain('Ngừng nhận:\nhttps://vidu.gov.vn/thong-bao/ngung-nhan?t=gy-12.x&y')
    expect(m.text).toContain('Cổng thông tin Sở')
    expect(m.html).toContain('lang="vi"')
    expect(m.html).toContain('Nội dung &lt;b&gt;không&lt;/b&gt; liên quan')
    expect(m.html).toContain('&lt;Quyết định&gt; về &quot;trông giữ xe&quot;')
    expect(m.html).toContain('<a href="https://vidu.gov.vn/thong-bao/ngung-nhan?t=gy-12.x&amp;y">')
    expect(m.html).not.toMatch(/<b>/)
  })
})

describe('the staff digest', () => {
  it('is on by default for moderators and approvers only', () => {
    expect(['admin', 'editor', 'approver', 'moderator', null].map((r) => defaultDigest(r))).toEqual(['off', 'off', 'daily', 'daily', 'off'])
  })

  it('names counts, codes and dates, and is not sent when nothing waits', () => {
    const empty = { comments: { total: 0, drafts: [] }, documents: null, questions: { total: 0, late: 0, assignedOnly: true, items: [] } }
    expect(digestEmpty(empty)).toBe(true)
    const content = {
      comments: { total: 7, drafts: [{ title: 'Dự thảo A', count: 7, oldest: T1 }] },
      documents: { total: 1, items: [{ label: '12/2026/QĐ-UBND — Quy định trông giữ xe', since: T1 }] },
      questions: { total: 2, late: 1, assignedOnly: false, items: [{ code: 'HD-2026-000004', deadline: 'Quá hạn 1 ngày làm việc (hạn 04/12/2026)' }] },
    }
    expect(digestEmpty(content)).toBe(false)
    const { subject, blocks } = digestBlocks(content, new Date(T2))
    expect(subject).toBe('Việc cần xử lý ngày 06/12/2026: 7 góp ý chờ kiểm duyệt, 1 văn bản chờ phê duyệt, 2 câu hỏi sắp đến hạn hoặc quá hạn')
    const text = renderMessage(subject, blocks, { why: '', unsubscribeUrl: 'https://x', stopLabel: '', portalName: '' }).text
    expect(text).toContain('• Dự thảo A: 7 góp ý, cũ nhất nhận lúc 05/12/2026 10:00')
    expect(text).toContain('• HD-2026-000004: Quá hạn 1 ngày làm việc (hạn 04/12/2026)')
    expect(text).toContain('(1 quá hạn)')
  })
})
