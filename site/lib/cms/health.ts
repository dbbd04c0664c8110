import type { Payload } from 'payload'

import type { FeedTailer } from '../../../cms/feed/tailer'
import { runtime } from '../../../cms/runtime'

export interface Health {
  status: 'ok' | 'error'
  db: 'ok' | 'error'
  uptimeSeconds: number
  version: string
  /** The search index: 'building' after a start without a saved index, then 'ready'. */
  search: 'ready' | 'building' | 'off'
  /** Stored document pages: 'loading', 'warming' while pages are rendered ahead, then 'ready'. */
  pages: 'loading' | 'warming' | 'ready' | 'off'
  /** The change feed as this process follows it: the last change applied, and whether it runs the scheduled jobs. */
  feed: { applied: FeedTailer['applied']; jobs: boolean } | 'off'
}

/** Returns the portal's health: the database answers a trivial query within 3 seconds. */
export async function checkHealth(payload: Payload): Promise<Health> {
  const { search, pages, feed } = runtime()
  const base = {
    uptimeSeconds: Math.round(process.uptime()),
    version: process.env.npm_package_version ?? '0.1.0',
    search: search?.state() ?? ('off' as const),
    pages: pages?.state() ?? ('off' as const),
    feed: feed ? { applied: feed.applied, jobs: feed.isLeader() } : ('off' as const),
  }
  try {
    await Promise.race([
      payload.count({ collection: 'document-types', overrideAccess: false }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000)),
    ])
    return { status: 'ok', db: 'ok', ...base }
  } catch {
    return { status: 'error', db: 'error', ...base }
  }
}
