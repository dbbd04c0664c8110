/**
 * Proposes effects from the text of an amending document. Each amending provision starts
 * with a formula ("Sửa đổi, bổ sung khoản 2 Điều 5 như sau:", "Bổ sung Điều 10a vào sau
 * Điều 10 như sau:", "Bãi bỏ điểm c khoản 1 Điều 3", "Thay cụm từ “…” bằng cụm từ “…” tại …")
 * followed by the quoted new wording, which the parser keeps inside that provision
 * (legal-text/quotes.ts). The editor confirms every proposal; what is not recognised is
 * returned as unplaced for manual entry.
 */
import type { ParsedLegalText, TextUnit } from '../legal-text/types'
import { findRefs, refAnchor, type ProvisionRef } from './refs'
import type { EffectOperation, ProposedEffect, UnplacedInstruction } from './types'

/** Proposals and what could not be placed. */
export interface Proposal {
  effects: ProposedEffect[]
  unplaced: UnplacedInstruction[]
}

const FORMULAS: Array<[RegExp, EffectOperation]> = [
  [/^thay\s+(?:thế\s+)?(?:cụm\s+)?từ(?!\p{L})/iu, 'substitute'],
  [/^sửa\s+đổi(?:\s*,\s*bổ\s+sung)?\s/iu, 'amend'],
  [/^bổ\s+sung\s/iu, 'insert'],
  [/^thay\s+thế\s/iu, 'replace'],
  [/^bãi\s+bỏ\s/iu, 'repeal'],
  [/^đình\s+chỉ\s/iu, 'suspend'],
  [/^ngưng\s+hiệu\s+lực\s/iu, 'cease'],
]
const PHRASE = /cụm\s+từ\s+[“"«](.+?)[”"»]\s+(?:bằng|thành)\s+(?:cụm\s+từ\s+)?[“"«](.+?)[”"»]\s*(?:tại|ở|trong)\s+(.+)$/iu

/** Removes the numbering of a quoted line's surrounding quotes: '“Điều 5. …' → 'Điều 5. …'. */
function unquote(lines: string[]): string[] {
  const out = lines.map((l) => l.trim())
  if (out.length) out[0] = out[0]!.replace(/^[“"«„]/u, '')
  if (out.length) out[out.length - 1] = out.at(-1)!.replace(/[”"»“]([.;,]?)$/u, '')
  return out.filter((l) => l !== '')
}

/** 'khoản 2 Điều 1' for anchor 'dieu-1-khoan-2' of the amending document. */
function sourceLabel(path: TextUnit[]): string {
  const names: Record<string, string> = { article: 'Điều', clause: 'khoản', point: 'điểm' }
  return path
    .filter((u) => names[u.kind])
    .reverse()
    .map((u) => `${names[u.kind]} ${u.number}`)
    .join(' ')
}

function operationOf(text: string): EffectOperation | null {
  for (const [re, op] of FORMULAS) if (re.test(text)) return op
  return null
}

function blank(op: EffectOperation, source: TextUnit, label: string): ProposedEffect {
  return { operation: op, target: '', after: '', wording: [], phraseFrom: '', phraseTo: '', source: source.anchor, sourceLabel: label }
}

/** Reads one instruction; returns null when the unit is not an instruction, [] when it could not be placed. */
function readInstruction(unit: TextUnit, path: TextUnit[], context: string): ProposedEffect[] | null {
  const first = (unit.paragraphs[0] ?? unit.title).trim()
  const op = operationOf(first)
  if (!op) return null
  const label = sourceLabel(path)
  const head = first.replace(/\s*như\s+sau\s*:?\s*$/iu, '').replace(/[.:;]\s*$/u, '')
  const wording = unquote(unit.paragraphs.slice(unit.paragraphs[0] === undefined ? 0 : 1))
  if (op === 'substitute') {
    const m = PHRASE.exec(head)
    if (!m) return []
    return findRefs(m[3]!, context).map((ref) => ({
      ...blank(op, unit, label),
      target: refAnchor(ref),
      phraseFrom: m[1]!,
      phraseTo: m[2]!,
    }))
  }
  if (op === 'insert') {
    const [added, where = ''] = head.split(/\s+vào\s+(?:sau\s+|cuối\s+|trước\s+)?/iu)
    const container = findRefs(where, context)
    const anchorOf = container[0]
    const article = anchorOf?.article || context
    let targets = findRefs(added!, article)
    if (!targets.length) {
      // 'Bổ sung Điều 10a' is the article itself: the relative form has no Điều.
      const art = /điều\s+(\d+[a-zđ]?)/iu.exec(added!)
      if (art) targets = [{ article: art[1]!.toLowerCase(), clause: '', point: '' }]
    }
    if (targets.length !== 1 || !wording.length) return []
    const target = targets[0]!
    let after = ''
    if (/vào\s+sau/iu.test(head) && anchorOf) after = refAnchor(anchorOf)
    else if (anchorOf && target.point && !anchorOf.point && anchorOf.clause && anchorOf.clause === target.clause) after = ''
    return [{ ...blank(op, unit, label), target: refAnchor(target), after, wording }]
  }
  const refs: ProvisionRef[] = findRefs(head, context)
  if (!refs.length) return []
  if (op === 'amend' || op === 'replace') {
    if (refs.length !== 1 || !wording.length) return []
    return [{ ...blank(op, unit, label), target: refAnchor(refs[0]!), wording }]
  }
  return refs.map((ref) => ({ ...blank(op, unit, label), target: refAnchor(ref) }))
}

function walk(units: TextUnit[], path: TextUnit[], context: string, out: Proposal): void {
  for (const unit of units) {
    if (unit.kind !== 'article' && unit.kind !== 'clause' && unit.kind !== 'point') {
      walk(unit.children, [...path, unit], context, out)
      continue
    }
    const here = [...path, unit]
    const first = (unit.paragraphs[0] ?? unit.title).trim()
    const result = unit.kind === 'article' && !unit.children.length ? readInstruction(unit, here, context) : unit.kind === 'article' ? null : readInstruction(unit, here, context)
    if (result === null) {
      walk(unit.children, here, context, out)
      continue
    }
    if (result.length) {
      out.effects.push(...result)
      continue
    }
    // "Sửa đổi, bổ sung Điều 5 như sau:" over points that each say what they change.
    const article = findRefs(first)[0]?.article
    if (unit.children.length && article) {
      const before = out.effects.length
      walk(unit.children, here, article, out)
      if (out.effects.length > before) continue
    }
    out.unplaced.push({ source: unit.anchor, sourceLabel: sourceLabel(here), text: first })
  }
}

/** Proposes the effects of an amending document (parsed with parseLegalText). */
export function proposeEffects(parsed: ParsedLegalText): Proposal {
  const out: Proposal = { effects: [], unplaced: [] }
  walk(parsed.body, [], '', out)
  return out
}

/** The stored fields of a proposed effect of `amending` on `document`, in force from `effectiveAt` (the admin's proposal and the seed). */
export function effectRecord(e: ProposedEffect, document: number | string, amending: number | string, effectiveAt: string) {
  return {
    document: document as number,
    amending: amending as number,
    targetAnchor: e.target,
    operation: e.operation,
    after: e.after || undefined,
    wording: e.wording.join('\n') || undefined,
    phraseFrom: e.phraseFrom || undefined,
    phraseTo: e.phraseTo || undefined,
    source: e.source,
    effectiveAt,
  }
}
