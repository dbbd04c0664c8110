import type { TaskConfig } from 'payload'

import { queueFollowDigests } from '../follow/digest'
import { NOTIFICATION_QUEUE } from '../notifications/outbox'
import { scheduleOnce } from './refreshValidity'

/** When followers' daily digests go out (croner, with seconds, UTC): FOLLOW_DIGEST_CRON, by default 00:30 UTC = 07:30 in Vietnam. */
export const FOLLOW_DIGEST_CRON = process.env.FOLLOW_DIGEST_CRON?.trim() || '0 30 0 * * *'

/** Once a day, on one instance: one digest per address that follows things daily (cms/follow/digest.ts). */
export const followDigestTask: TaskConfig = {
  slug: 'followDigest',
  label: 'Thư tổng hợp hằng ngày cho người theo dõi',
  retries: 2,
  schedule: [{ cron: FOLLOW_DIGEST_CRON, queue: NOTIFICATION_QUEUE, hooks: { beforeSchedule: scheduleOnce } }],
  handler: async ({ req }) => {
    const queued = await queueFollowDigests(req.payload)
    if (queued) req.payload.logger.info(`Thư tổng hợp cho người theo dõi: ${queued} thư chờ gửi`)
    return { output: { queued } }
  },
}
