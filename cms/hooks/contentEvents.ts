import { EventEmitter } from 'node:events'
import { runtime } from '../runtime'

/**
 * A committed change to content, as this process learns of it from the change feed
 * (cms/feed/tailer.ts), whichever process made it. Listeners (search index, stored pages,
 * caches) update themselves. The feed is written by hooks in the change's own transaction
 * (cms/feed/append.ts), so a change is announced only once it is in the database.
 */
export interface ContentChange {
  collection: string
  id: string | number
  operation: 'create' | 'update' | 'delete'
  /** The change's number in the feed. */
  seq?: number
}

declare module '../runtime' {
  interface Runtime {
    contentEvents?: EventEmitter
    contentVersion?: number
  }
}

/**
 * Returns the process-wide emitter. It lives in the runtime registry (cms/runtime.ts) because the admin (Next bundle),
 * the site (Astro bundle) and the server load separate copies of this module in one process.
 */
function emitter(): EventEmitter {
  return (runtime().contentEvents ??= new EventEmitter().setMaxListeners(50))
}

/** Returns a number that grows with every change announced in this process (cheap staleness check for caches). */
export function contentVersion(): number {
  return runtime().contentVersion ?? 0
}

/** Announces a committed change in this process (the feed tailer calls it; tests may too). */
export function emitContentChange(change: ContentChange): void {
  runtime().contentVersion = contentVersion() + 1
  emitter().emit('change', change)
}

/** Subscribes to changes; returns the unsubscribe function. */
export function onContentChange(listener: (change: ContentChange) => void): () => void {
  emitter().on('change', listener)
  return () => emitter().off('change', listener)
}
