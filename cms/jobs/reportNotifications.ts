import type { TaskConfig } from 'payload'

import { fanOutReport } from '../notifications/fan-out'

/**
 * When a draft's report is published (from its publication date): one notification per commenter
 * address that asked for them (cms/notifications/fan-out.ts). Safe to run twice.
 */
export const reportNotificationsTask: TaskConfig = {
  slug: 'reportNotifications',
  label: 'Báo người góp ý: đã công bố báo cáo tiếp thu, giải trình',
  inputSchema: [
    { name: 'draft', type: 'text', required: true },
    { name: 'publishedAt', type: 'text', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const { draft, publishedAt } = input as { draft: string; publishedAt: string }
    const queued = await fanOutReport(req.payload, draft, publishedAt)
    return { output: { queued } }
  },
}
