import { EventEmitter } from 'node:events'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/** A change to public content: listeners (search index, catalogues) update themselves. */
export interface ContentChange {
  collection: string
  id: string | number
  operation: 'create' | 'update' | 'delete'
}

declare global {
  var __portalContentEvents: EventEmitter | undefined
  var __portalContentVersion: number | undefined
  var __portalContentChangedAt: number | undefined
}

/**
 * Returns the process-wide emitter. It lives on globalThis because the admin (Next bundle),
 * the site (Astro bundle) and the server load separate copies of this module in one process.
 */
function emitter(): EventEmitter {
  globalThis.__portalContentEvents ??= new EventEmitter().setMaxListeners(50)
  return globalThis.__portalContentEvents
}

/** Returns a number that grows with every content change (cheap staleness check for caches). */
export function contentVersion(): number {
  return globalThis.__portalContentVersion ?? 0
}

/** Announces a change. */
export function emitContentChange(change: ContentChange): void {
  globalThis.__portalContentVersion = contentVersion() + 1
  globalThis.__portalContentChangedAt = Date.now()
  emitter().emit('change', change)
}

/** Subscribes to changes; returns the unsubscribe function. */
export function onContentChange(listener: (change: ContentChange) => void): () => void {
  emitter().on('change', listener)
  return () => emitter().off('change', listener)
}

/**
 * afterChange hook announcing a change. It runs before the request's transaction commits, so
 * listeners that read the database must wait a moment (they debounce) rather than read at once.
 */
export const announceChange: CollectionAfterChangeHook = ({ doc, collection, operation }) => {
  emitContentChange({ collection: collection.slug, id: doc.id, operation })
  return doc
}

/** afterDelete hook announcing a deletion. */
export const announceDelete: CollectionAfterDeleteHook = ({ doc, collection }) => {
  emitContentChange({ collection: collection.slug, id: doc.id, operation: 'delete' })
  return doc
}
