/**
 * The text in force on a date: confirmed effects whose effective date is on or before that
 * date are applied, in date order, to the parsed original. Each changed provision is
 * recorded so the page can mark it and the consolidated text can footnote it (VBHN form,
 * Ordinance/Law on consolidation: a footnote per changed provision).
 */
import { parseLegalText } from '../legal-text/parse'
import type { ParsedLegalText, TextUnit } from '../legal-text/types'
import type { AppliedEffect } from './types'

/** A provision changed by an effect, for marks and footnotes. */
export interface ChangeMark {
  anchor: string
  kind: TextUnit['kind']
  effect: AppliedEffect
}

/** The text on a date and the split of effects around it. */
export interface PointInTime {
  text: ParsedLegalText
  applied: AppliedEffect[]
  /** Known effects not applied: effective after the date. */
  pending: AppliedEffect[]
  changes: ChangeMark[]
  /** Effects whose target was not found in the text (reported, never guessed). */
  missed: AppliedEffect[]
}

function clone(units: TextUnit[]): TextUnit[] {
  return units.map((u) => ({ ...u, paragraphs: [...u.paragraphs], children: clone(u.children) }))
}

/** Finds the unit with `anchor` and the array holding it. */
function locate(units: TextUnit[], anchor: string): { list: TextUnit[]; index: number } | null {
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.anchor === anchor) return { list: units, index: i }
    const inner = locate(units[i]!.children, anchor)
    if (inner) return inner
  }
  return null
}

/** The anchor of the unit holding `anchor` ('dieu-5-khoan-2' → 'dieu-5'); '' for an article. */
function parentAnchor(anchor: string): string {
  const m = /^(.*)-(?:khoan|diem)-[^-]+$/.exec(anchor)
  return m ? m[1]! : ''
}

/**
 * Parses quoted wording as the unit it replaces or adds, inside synthetic parents carrying
 * the target's numbers so its anchors come out as the original's ('dieu-5-khoan-2').
 */
export function wordingUnit(target: string, wording: string[]): TextUnit | null {
  const m = /^dieu-([^-]+)(?:-khoan-([^-]+))?(?:-diem-([^-]+))?$/.exec(target)
  if (!m) return null
  const [, article, clause, point] = m
  const lines: string[] = []
  if (clause) lines.push(`Điều ${article}. X`)
  if (point) lines.push(`${clause}. X`)
  const parsed = parseLegalText([...lines, ...wording].join('\n'))
  let unit: TextUnit | undefined = parsed.body[0]
  if (clause) unit = unit?.children[0]
  if (point) unit = unit?.children[0]
  // Wording that is not a numbered unit (plain words) does not parse into the target.
  return unit && unit.anchor === target ? unit : null
}

function substitute(unit: TextUnit, from: string, to: string): void {
  unit.paragraphs = unit.paragraphs.map((p) => p.split(from).join(to))
  unit.title = unit.title.split(from).join(to)
  unit.children.forEach((c) => substitute(c, from, to))
}

/** Applies one effect in place; false when its target cannot be found. */
function applyOne(body: TextUnit[], effect: AppliedEffect): TextUnit | null {
  if (effect.operation === 'insert') {
    const unit = wordingUnit(effect.target, effect.wording)
    if (!unit) return null
    if (effect.after) {
      const at = locate(body, effect.after)
      if (!at) return null
      at.list.splice(at.index + 1, 0, unit)
      return unit
    }
    const parent = parentAnchor(effect.target)
    if (!parent) return body.push(unit), unit
    const at = locate(body, parent)
    if (!at) return null
    at.list[at.index]!.children.push(unit)
    return unit
  }
  const at = locate(body, effect.target)
  if (!at) return null
  const unit = at.list[at.index]!
  switch (effect.operation) {
    case 'amend':
    case 'replace': {
      const next = wordingUnit(effect.target, effect.wording)
      if (next) {
        at.list[at.index] = next
        return next
      }
      // Wording without its own label: the provision's words change, its number stays.
      unit.paragraphs = [...effect.wording]
      unit.children = []
      return unit
    }
    case 'repeal':
      unit.title = ''
      unit.paragraphs = ['(được bãi bỏ)']
      unit.children = []
      return unit
    case 'substitute':
      substitute(unit, effect.phraseFrom, effect.phraseTo)
      return unit
    case 'suspend':
    case 'cease':
      return unit
  }
  return null
}

/** Effects in date order, then by amending provision, so later amendments win. */
export function sortEffects(effects: AppliedEffect[]): AppliedEffect[] {
  return [...effects].sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt) || a.source.localeCompare(b.source, 'en', { numeric: true }))
}

/** Returns the text in force on `day` (yyyy-mm-dd, Vietnam calendar day). */
export function textOnDate(original: ParsedLegalText, effects: AppliedEffect[], day: string): PointInTime {
  const text: ParsedLegalText = { ...original, body: clone(original.body) }
  const result: PointInTime = { text, applied: [], pending: [], changes: [], missed: [] }
  for (const effect of sortEffects(effects)) {
    if (effect.effectiveAt > day) {
      result.pending.push(effect)
      continue
    }
    const unit = applyOne(text.body, effect)
    if (!unit) {
      result.missed.push(effect)
      continue
    }
    result.applied.push(effect)
    result.changes.push({ anchor: unit.anchor, kind: unit.kind, effect })
  }
  return result
}
