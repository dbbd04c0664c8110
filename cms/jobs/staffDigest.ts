import type { TaskConfig } from 'payload'

import { queueDigests } from '../notifications/fan-out'
import { NOTIFICATION_QUEUE } from '../notifications/outbox'
import { scheduleOnce } from './refreshValidity'

/** When the digest goes out (croner, with seconds, UTC): DIGEST_CRON, by default 01:00 UTC = 08:00 in Vietnam. */
export const DIGEST_CRON = process.env.DIGEST_CRON?.trim() || '0 0 1 * * *'

/**
 * Once a day, on one instance (only the instance that runs the queue schedules it): a digest of
 * what waits for each staff member who receives it (cms/notifications/digest.ts). Each account's
 * message has a key per Vietnamese day, so a second run the same day sends nothing more.
 */
export const staffDigestTask: TaskConfig = {
  slug: 'staffDigest',
  label: 'Thư tổng hợp việc cần xử lý hằng ngày',
  retries: 2,
  schedule: [{ cron: DIGEST_CRON, queue: NOTIFICATION_QUEUE, hooks: { beforeSchedule: scheduleOnce } }],
  handler: async ({ req }) => {
    const queued = await queueDigests(req.payload)
    if (queued) req.payload.logger.info(`Thư tổng hợp việc cần xử lý: ${queued} thư chờ gửi`)
    return { output: { queued } }
  },
}
