import type { TaskConfig } from 'payload'

import { deliverNotification } from '../notifications/outbox'

/** Attempts after the first: NOTIFY_RETRIES (default 8: with the backoff, about two hours of trying). */
export const NOTIFY_RETRIES = envCount('NOTIFY_RETRIES', 8)
/** The first retry's delay; each next one doubles it (NOTIFY_RETRY_DELAY_MS, default 30 s). */
const RETRY_DELAY_MS = envCount('NOTIFY_RETRY_DELAY_MS', 30_000)

function envCount(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isInteger(n) && n >= 0 ? n : fallback
}

/**
 * Sends one notification of the outbox (cms/notifications/outbox.ts). Queued in the transaction
 * of the change it announces; an SMTP failure fails the task, and Payload's queue tries again
 * with exponential backoff.
 */
export const sendNotificationTask: TaskConfig = {
  slug: 'sendNotification',
  label: 'Gửi thư thông báo',
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  retries: { attempts: NOTIFY_RETRIES, backoff: { type: 'exponential', delay: RETRY_DELAY_MS } },
  handler: async ({ input, job, req }) => {
    const { id } = input as { id: string }
    const lastAttempt = (job.totalTried ?? 0) >= NOTIFY_RETRIES
    const outcome = await deliverNotification(req.payload, /^\d+$/.test(id) ? Number(id) : id, { lastAttempt })
    return { output: { outcome } }
  },
}
