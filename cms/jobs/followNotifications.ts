import type { TaskConfig } from 'payload'

import { fanOutDocument, fanOutDraft } from '../follow/fan-out'
import type { DraftEvent } from '../follow/targets'

const idFrom = (id: string) => (/^\d+$/.test(id) ? Number(id) : id)

/**
 * One follow event → one outbox row per follower (cms/follow/fan-out.ts). Queued in the
 * transaction of the change that causes it; safe to run twice (keys per event and address).
 */
export const followNotificationsTask: TaskConfig = {
  slug: 'followNotifications',
  label: 'Báo người theo dõi: văn bản, dự thảo thay đổi',
  inputSchema: [
    { name: 'source', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'event', type: 'text' },
    { name: 'at', type: 'text' },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const { source, id, event, at } = input as { source: string; id: string; event?: string; at?: string }
    const queued = source === 'document' ? await fanOutDocument(req.payload, idFrom(id)) : await fanOutDraft(req.payload, idFrom(id), event as DraftEvent, at ?? '')
    return { output: { queued } }
  },
}
