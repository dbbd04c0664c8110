/**
 * Relations between legal documents, as data. vbpl.vn (the national legal database) uses 13
 * pairs and shows each relation from both sides; we store one record per relation, from the
 * active document (`from`, e.g. the amending decree) to the passive one (`to`, the amended
 * decree), and derive the inverse wording for display. Validity is computed from these
 * records (see validity.ts), not typed by hand.
 */

/** What a relation does to the legal force of its target (`to`). */
export type RelationEffect = 'amends' | 'replaces' | 'repeals' | 'suspends' | 'none'

/** One relation type: code name, Vietnamese labels for both sides, effect on validity. */
export interface RelationType {
  readonly value: string
  /** Label from the active side: "A {label} B". */
  readonly label: string
  /** Label from the passive side: "B {inverseLabel} A". */
  readonly inverseLabel: string
  readonly effect: RelationEffect
  /** schema.org property for the active side in `Legislation` JSON-LD, where one fits. */
  readonly schemaOrg?: string
}

/** The 13 relation pairs of vbpl.vn, in display order. */
export const RELATION_TYPES = [
  {
    value: 'amends',
    label: 'Sửa đổi, bổ sung',
    inverseLabel: 'Được sửa đổi, bổ sung bởi',
    effect: 'amends',
    schemaOrg: 'legislationAmends',
  },
  {
    value: 'replaces',
    label: 'Thay thế',
    inverseLabel: 'Bị thay thế bởi',
    effect: 'replaces',
    // schema.org has no "replaces"; legislationChanges covers "amendment, replacement, … repeal".
    schemaOrg: 'legislationChanges',
  },
  {
    value: 'repeals',
    label: 'Bãi bỏ',
    inverseLabel: 'Bị bãi bỏ bởi',
    effect: 'repeals',
    schemaOrg: 'legislationRepeals',
  },
  {
    value: 'guides',
    label: 'Hướng dẫn',
    inverseLabel: 'Được hướng dẫn bởi',
    effect: 'none',
    // A circular guiding a decree is an implementing act with legal meaning (eli:ensures_implementation_of).
    schemaOrg: 'legislationEnsuresImplementationOf',
  },
  {
    value: 'details',
    label: 'Quy định chi tiết',
    inverseLabel: 'Được quy định chi tiết bởi',
    effect: 'none',
    schemaOrg: 'legislationEnsuresImplementationOf',
  },
  {
    value: 'consolidates',
    label: 'Hợp nhất',
    inverseLabel: 'Được hợp nhất bởi',
    effect: 'none',
    schemaOrg: 'legislationConsolidates',
  },
  {
    value: 'corrects',
    label: 'Đính chính',
    inverseLabel: 'Được đính chính bởi',
    effect: 'none',
    schemaOrg: 'legislationCorrects',
  },
  // CreativeWork properties (Legislation inherits them) where the Legislation vocabulary has none.
  { value: 'cites', label: 'Dẫn chiếu', inverseLabel: 'Được dẫn chiếu bởi', effect: 'none', schemaOrg: 'citation' },
  { value: 'basedOn', label: 'Căn cứ', inverseLabel: 'Là căn cứ của', effect: 'none', schemaOrg: 'isBasedOn' },
  // Đình chỉ việc thi hành: the target stops having effect until the competent body decides (Law 80/2015 Art 153).
  { value: 'suspends', label: 'Đình chỉ', inverseLabel: 'Bị đình chỉ bởi', effect: 'suspends' },
  {
    value: 'stopsEffect',
    label: 'Tạm ngưng hiệu lực',
    inverseLabel: 'Bị tạm ngưng hiệu lực bởi',
    effect: 'suspends',
  },
  { value: 'interprets', label: 'Giải thích', inverseLabel: 'Được giải thích bởi', effect: 'none' },
  { value: 'announces', label: 'Công bố', inverseLabel: 'Được công bố bởi', effect: 'none' },
] as const satisfies readonly RelationType[]

/** Code name of a relation type. */
export type RelationTypeValue = (typeof RELATION_TYPES)[number]['value']

/** Document ids as Payload gives them (string for MongoDB, number for SQL adapters). */
export type DocId = string | number

/** One stored relation: `from` does `type` to `to` (e.g. from amends to). */
export interface RelationRecord {
  type: string
  from: DocId
  to: DocId
  /** Anchor (`dieu-5-khoan-2`) or label (`Điều 5`) of the affected part of `to`; absent = whole document. */
  article?: string | null
  /** ISO date from which the relation takes effect (usually the `from` document's effective date). */
  effectiveAt?: string | null
}

/** Whether a relation touches the whole target document or only part of it. */
export type RelationScope = 'whole' | 'partial'

/** One side of a relation as shown on a document page. */
export type RelationDirection = 'outgoing' | 'incoming'

/** A relation as listed under one document, with the id of the other document. */
export type RelationItem<R extends RelationRecord = RelationRecord> = R & {
  otherId: DocId
  scope: RelationScope
}

/** A group of relations of one type and direction, with the label for that side. */
export interface RelationGroup<R extends RelationRecord = RelationRecord> {
  label: string
  type: RelationTypeValue
  direction: RelationDirection
  items: RelationItem<R>[]
}

const BY_VALUE: ReadonlyMap<string, RelationType> = new Map(RELATION_TYPES.map((t) => [t.value, t]))

/** Returns the relation type with that code name, or undefined. */
export function getRelationType(value: string): RelationType | undefined {
  return BY_VALUE.get(value)
}

/** Returns the label of a relation type seen from one side, or '' for an unknown type. */
export function relationLabel(type: string, direction: RelationDirection): string {
  const t = BY_VALUE.get(type)
  if (!t) return ''
  return direction === 'outgoing' ? t.label : t.inverseLabel
}

/**
 * Returns 'partial' when the relation touches only part of the target: always for an
 * amendment (it changes some provisions and the rest stays in force), and for any relation
 * naming an article; otherwise 'whole'.
 */
export function relationScope(relation: Pick<RelationRecord, 'type' | 'article'>): RelationScope {
  if (relation.type === 'amends') return 'partial'
  return relation.article && relation.article.trim() !== '' ? 'partial' : 'whole'
}

/**
 * Groups the relations touching `docId` by type and direction, in RELATION_TYPES order with
 * outgoing before incoming; empty groups and unknown types are left out, items keep input order.
 */
export function groupRelations<R extends RelationRecord>(docId: DocId, relations: readonly R[]): RelationGroup<R>[] {
  const id = String(docId)
  const buckets = new Map<string, RelationItem<R>[]>()
  const push = (type: string, direction: RelationDirection, item: RelationItem<R>) => {
    const key = `${type}:${direction}`
    const list = buckets.get(key)
    if (list) list.push(item)
    else buckets.set(key, [item])
  }
  for (const r of relations) {
    if (!BY_VALUE.has(r.type)) continue
    const scope = relationScope(r)
    if (String(r.from) === id) push(r.type, 'outgoing', { ...r, otherId: r.to, scope })
    // A self-relation is a data error; show it once, from the active side.
    else if (String(r.to) === id) push(r.type, 'incoming', { ...r, otherId: r.from, scope })
  }
  const groups: RelationGroup<R>[] = []
  for (const t of RELATION_TYPES) {
    for (const direction of ['outgoing', 'incoming'] as const) {
      const items = buckets.get(`${t.value}:${direction}`)
      if (items)
        groups.push({ label: direction === 'outgoing' ? t.label : t.inverseLabel, type: t.value, direction, items })
    }
  }
  return groups
}
