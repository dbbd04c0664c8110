import type { Line } from './lines'
import { isAllCaps } from './frontmatter'

const RECIPIENTS_HEADING = /^nơi\s+nhận\s*:?\s*(.*)$/iu
const SIGNING_PREFIX = /^(KT|TM|TL|TUQ|Q|PP|K\/T|T\/M|T\/L)\s*\.?\s*\p{Lu}/u
const SIGNING_TITLE =
  /(TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|CHỦ NHIỆM|GIÁM ĐỐC|THỐNG ĐỐC|BÍ THƯ|TỔNG KIỂM TOÁN|CHÁNH ÁN|CHÁNH VĂN PHÒNG)/u
const SIGNED_MARK = /^[([]?\s*(đã ký|ký tên|ký|đã ký và đóng dấu|ký và đóng dấu|ký, đóng dấu)[^)\]]{0,30}[)\]]?$/iu
const NAME = /^\p{Lu}\p{L}*(\s+\p{Lu}\p{L}*){1,4}$/u
const LIST_MARK = /^[-–—+•]\s*/u

/** True for a signing-authority line: 'THỦ TƯỚNG', 'KT. BỘ TRƯỞNG', 'TM. ỦY BAN NHÂN DÂN'. */
export function isSigningTitle(text: string): boolean {
  if (!isAllCaps(text) || text.split(' ').length > 10 || /\d/.test(text)) return false
  return SIGNING_PREFIX.test(text) || SIGNING_TITLE.test(text)
}

/** True for a line that can belong to a signature block: a title, '(Đã ký)' or a person's name. */
function isSignatureCell(text: string): boolean {
  return isSigningTitle(text) || SIGNED_MARK.test(text) || NAME.test(text)
}

/** True for the 'Nơi nhận:' heading line. */
export function isRecipientsHeading(text: string): boolean {
  return RECIPIENTS_HEADING.test(text)
}

/**
 * Returns the index where the trailer (recipients and signature) starts, searching after
 * `from`: the last 'Nơi nhận:' line, moved up over a signature block printed just before it;
 * without recipients, the signature block at the very end. Returns lines.length if none.
 */
export function findTrailerStart(lines: Line[], quoted: boolean[], from: number): number {
  let start = lines.length
  for (let i = lines.length - 1; i > from; i--) {
    if (!quoted[i] && isRecipientsHeading(lines[i]!.text)) {
      start = i
      break
    }
  }
  let k = start
  while (k - 1 > from && !quoted[k - 1] && lines[k - 1]!.cells.every(isSignatureCell)) k--
  // A block of bare names proves nothing; a signature needs a title or a 'signed' mark.
  const block = lines.slice(k, start).flatMap((l) => l.cells)
  const signed = block.some((c) => isSigningTitle(c) || SIGNED_MARK.test(c))
  return signed ? k : start
}

/** Recipients and signature lines of a trailer. */
export interface Trailer {
  recipients: string[]
  signature: string[]
}

/** Appends a recipient cell, joining a wrapped line onto the previous entry ('…TTCP,' + 'Cổng TTĐT…'). */
function addRecipient(recipients: string[], cell: string): void {
  const previous = recipients.at(-1)
  if (previous !== undefined && !LIST_MARK.test(cell) && !/[;.:]$/.test(previous)) {
    recipients[recipients.length - 1] = `${previous} ${cell}`
  } else recipients.push(cell)
}

/**
 * Sorts trailer lines into recipients and signature. Cells are classified one by one
 * because pasted two-column layouts interleave both blocks, separated by tabs.
 */
export function splitTrailer(lines: Line[]): Trailer {
  const recipients: string[] = []
  const signature: string[] = []
  for (const cell of lines.flatMap((l) => l.cells)) {
    const heading = RECIPIENTS_HEADING.exec(cell)
    if (heading) {
      if (heading[1]) recipients.push(heading[1])
      continue
    }
    const previous = recipients.at(-1)
    const wrapsRecipient = previous !== undefined && !/[;.:]$/.test(previous)
    if (isSigningTitle(cell) || SIGNED_MARK.test(cell) || (NAME.test(cell) && !wrapsRecipient)) signature.push(cell)
    else addRecipient(recipients, cell)
  }
  return { recipients, signature }
}
