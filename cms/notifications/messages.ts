/**
 * The words of every notification, in Vietnamese, as plain text and simple HTML from one list of
 * blocks. Pure: the caller reads the item and passes what may be said. What a message may say:
 * the item's code and the public facts about it (the draft's title, the article, the public
 * reason of a hiding, the agency's answer to this person) — never what anyone typed about
 * themselves, and nothing about anyone else, so a mistyped address sends a stranger nothing
 * personal.
 */
import { escapeHtml } from '../lib/html'
import { formatDateTimeVN, formatDateVN } from '../lib/dates'

/** A paragraph, a link (with a label before it), a quoted text the agency wrote, or a heading. */
export type Block = string | { label: string; url: string } | { quote: string } | { heading: string }

/** A message ready for the mail adapter. */
export interface Message {
  subject: string
  text: string
  html: string
}

/** Returns the message of a subject and blocks, with the footer (why this mail, how to stop it, who sent it). */
export function renderMessage(subject: string, blocks: Block[], footer: { why: string; unsubscribeUrl: string; stopLabel: string; portalName: string }): Message {
  const all: Block[] = [...blocks, { label: footer.why, url: '' }, { label: footer.stopLabel, url: footer.unsubscribeUrl }, `${footer.portalName}`, 'Thư này được gửi tự động, vui lòng không trả lời.']
  const text = all
    .map((b) => {
      if (typeof b === 'string') return b
      if ('heading' in b) return b.heading
      if ('quote' in b) return b.quote.split('\n').map((l) => `  ${l}`).join('\n')
      return b.url ? `${b.label}\n${b.url}` : b.label
    })
    .join('\n\n')
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${all
    .map((b) => {
      if (typeof b === 'string') return `<p>${escapeHtml(b)}</p>`
      if ('heading' in b) return `<h2>${escapeHtml(b.heading)}</h2>`
      if ('quote' in b) return `<blockquote style="white-space:pre-line;margin:0 0 1em 1em;padding-left:1em;border-left:3px solid #ccc">${escapeHtml(b.quote)}</blockquote>`
      return b.url ? `<p>${escapeHtml(b.label)}<br><a href="${escapeHtml(b.url)}">${escapeHtml(b.url)}</a></p>` : `<p>${escapeHtml(b.label)}</p>`
    })
    .join('')}</body></html>`
  return { subject, text: `${text}\n`, html }
}

/** What a commenter's message is about. */
export interface CommentFacts {
  code: string
  draftTitle: string
  articleLabel: string | null
  /** Absolute URLs: the comment on its article's page, the status look-up, the draft's report. */
  commentUrl: string
  statusUrl: string
}

const about = (c: CommentFacts) => `Góp ý ${c.code} của ông/bà về ${c.articleLabel ?? 'toàn bộ dự thảo'}, dự thảo «${c.draftTitle}»`

/** The commenter's message when their comment is published. */
export function commentPublishedBlocks(c: CommentFacts, at: Date | string): { subject: string; blocks: Block[] } {
  return {
    subject: `Góp ý ${c.code} đã được công khai`,
    blocks: [`${about(c)}, đã được kiểm duyệt và công khai lúc ${formatDateTimeVN(at)} (giờ Việt Nam).`, { label: 'Xem góp ý trên cổng:', url: c.commentUrl }],
  }
}

/** The commenter's message when their comment is hidden, with the reason shown to the public instead of it. */
export function commentHiddenBlocks(c: CommentFacts, at: Date | string, reason: string): { subject: string; blocks: Block[] } {
  return {
    subject: `Góp ý ${c.code} đã bị ẩn`,
    blocks: [
      `${about(c)}, đã bị ẩn ngày ${formatDateVN(at)}. Trên cổng, thay cho nội dung góp ý là dòng “Ý kiến đã được ẩn” kèm lý do sau:`,
      { quote: reason },
      'Nếu cho rằng việc ẩn chưa đúng, ông/bà có thể liên hệ đơn vị tiếp nhận góp ý ghi trên trang dự thảo, kèm mã góp ý.',
      { label: 'Tra cứu trạng thái góp ý (cần mã góp ý và địa chỉ thư điện tử này):', url: c.statusUrl },
    ],
  }
}

/** The commenter's message when the drafting agency answers their comment (tiếp thu / giải trình). */
export function commentAnsweredBlocks(c: CommentFacts, kindLabel: string, answer: string): { subject: string; blocks: Block[] } {
  return {
    subject: `Cơ quan chủ trì soạn thảo đã trả lời góp ý ${c.code}`,
    blocks: [`${about(c)}, đã được cơ quan chủ trì soạn thảo trả lời.`, `Hình thức: ${kindLabel}`, 'Nội dung:', { quote: answer }, { label: 'Tra cứu trạng thái góp ý:', url: c.statusUrl }],
  }
}

/** The commenter's message when the draft's report (báo cáo tổng hợp, tiếp thu, giải trình) is published. */
export function reportPublishedBlocks(draftTitle: string, at: Date | string, reportUrl: string): { subject: string; blocks: Block[] } {
  return {
    subject: `Đã công bố báo cáo tiếp thu, giải trình dự thảo «${draftTitle}»`,
    blocks: [
      `Cơ quan chủ trì soạn thảo đã công bố báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với dự thảo «${draftTitle}» từ ${formatDateTimeVN(at)} (giờ Việt Nam). Báo cáo nêu việc tiếp thu hoặc giải trình từng ý kiến, trong đó có góp ý của ông/bà.`,
      { label: 'Xem báo cáo:', url: reportUrl },
    ],
  }
}

/** What an asker's message is about. */
export interface QuestionFacts {
  code: string
  /** Absolute URLs: the status look-up, and the public page once published. */
  statusUrl: string
  publicUrl: string
}

/** The asker's message when their question is answered (privately). */
export function questionAnsweredBlocks(q: QuestionFacts, answer: string): { subject: string; blocks: Block[] } {
  return {
    subject: `Câu hỏi ${q.code} đã được trả lời`,
    blocks: [`Cơ quan đã trả lời câu hỏi ${q.code} của ông/bà.`, 'Nội dung trả lời:', { quote: answer }, { label: 'Tra cứu câu hỏi (cần mã câu hỏi và địa chỉ thư điện tử này):', url: q.statusUrl }],
  }
}

/** The asker's message when their question and its answer are published (as they agreed), without their name or contact details. */
export function questionPublishedBlocks(q: QuestionFacts, answer: string): { subject: string; blocks: Block[] } {
  return {
    subject: `Câu hỏi ${q.code} đã được trả lời và công khai`,
    blocks: [
      `Cơ quan đã trả lời câu hỏi ${q.code} của ông/bà và công khai câu hỏi cùng câu trả lời trên cổng, như ông/bà đã đồng ý. Trang công khai không ghi họ tên, thư điện tử, số điện thoại hay tệp đính kèm của ông/bà.`,
      'Nội dung trả lời:',
      { quote: answer },
      { label: 'Xem trên cổng:', url: q.publicUrl },
    ],
  }
}

/** The asker's message when the agency declines to answer, with its reason. */
export function questionDeclinedBlocks(q: QuestionFacts, reason: string): { subject: string; blocks: Block[] } {
  return {
    subject: `Câu hỏi ${q.code}: cơ quan từ chối trả lời`,
    blocks: [`Cơ quan từ chối trả lời câu hỏi ${q.code} của ông/bà.`, 'Lý do:', { quote: reason }, { label: 'Tra cứu câu hỏi:', url: q.statusUrl }],
  }
}
