import type { TextUnit, UnitKind } from './types'
import { numberSlug } from './numbering'

/**
 * Returns the anchor a unit would get. Articles are not prefixed by their chapter: article
 * numbers are unique in a document and citations say "Điều 5", so `#dieu-5` stays stable.
 */
export function baseAnchor(kind: UnitKind, number: string, parent: TextUnit | undefined): string {
  const under = (suffix: string) => (parent ? `${parent.anchor}-${suffix}` : suffix)
  switch (kind) {
    case 'part':
      return `phan-${numberSlug(number)}`
    case 'chapter':
      return `chuong-${numberSlug(number)}`
    case 'section':
      return under(`muc-${numberSlug(number)}`)
    case 'article':
      return `dieu-${numberSlug(number)}`
    case 'clause':
      return under(`khoan-${numberSlug(number)}`)
    case 'subclause':
      return under(`muc-${numberSlug(number)}`)
    case 'point':
      return under(`diem-${numberSlug(number)}`)
    case 'item':
      return under(`y-${number}`)
  }
}

/** Hands out anchors unique within one document, suffixing repeats with -2, -3… */
export class AnchorRegistry {
  private readonly used = new Set<string>()

  /** Returns `base`, or `base-2`, `base-3`… if it was already taken. */
  claim(base: string): string {
    let anchor = base
    for (let n = 2; this.used.has(anchor); n++) anchor = `${base}-${n}`
    this.used.add(anchor)
    return anchor
  }
}
