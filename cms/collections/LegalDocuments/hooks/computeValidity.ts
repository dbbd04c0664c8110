import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { incomingRelations, refreshValidity, validityFields, validityOf } from '../validity'

/** Stores the computed validity with every save (dates or an override may have changed). */
export const computeValidityOnSave: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const incoming = originalDoc?.id ? await incomingRelations(req.payload, originalDoc.id, req) : []
  const v = validityOf(merged, incoming)
  return { ...data, ...validityFields(v) }
}

function targetsOf(doc: { relations?: { target?: unknown }[] | null } | undefined): string[] {
  return (doc?.relations ?? []).map((r) => (typeof r.target === 'object' && r.target ? (r.target as { id: unknown }).id : r.target)).filter((t) => t != null).map(String)
}

/** When a document's relations change, the documents it points at (before and after) are recomputed. */
export const cascadeValidity: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context?.skipValidityCascade) return doc
  const targets = new Set([...targetsOf(doc), ...targetsOf(previousDoc)])
  for (const id of targets) await refreshValidity(req.payload, /^\d+$/.test(id) ? Number(id) : id, req)
  return doc
}

/** A deleted document no longer affects the documents it pointed at. */
export const cascadeValidityOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  for (const id of targetsOf(doc)) await refreshValidity(req.payload, /^\d+$/.test(id) ? Number(id) : id, req)
  return doc
}
