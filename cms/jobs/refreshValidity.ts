import type { TaskConfig } from 'payload'

import { refreshAllValidity } from '../collections/LegalDocuments/validity'
import { runtime } from '../runtime'

/** When the refresh runs (croner, with seconds); by default just after midnight in Vietnam (17:05 UTC). */
export const VALIDITY_CRON = process.env.VALIDITY_REFRESH_CRON?.trim() || '0 5 17 * * *'

/**
 * Every server process has Payload's scheduler, and scheduling is a check-then-insert: two
 * processes at the same tick could both queue the job. Only the process that runs the queue (the
 * oldest live server on the database: cms/feed/tailer.ts) schedules, so the job runs once.
 */
type BeforeSchedule = NonNullable<NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']>
export const scheduleOnce: BeforeSchedule = async (args) => {
  const feed = runtime().feed
  if (feed && !feed.isLeader()) return { input: {}, shouldSchedule: false }
  return args.defaultBeforeSchedule(args)
}

/** Nightly: validity depends on dates (effective, expiry, relations' dates) that pass while nobody saves. */
export const refreshValidityTask: TaskConfig = {
  slug: 'refreshValidity',
  label: 'Cập nhật tình trạng hiệu lực',
  retries: 2,
  schedule: [{ cron: VALIDITY_CRON, queue: 'nightly', hooks: { beforeSchedule: scheduleOnce } }],
  handler: async ({ req }) => {
    const changed = await refreshAllValidity(req.payload)
    req.payload.logger.info(`Cập nhật tình trạng hiệu lực theo lịch: ${changed} văn bản thay đổi`)
    return { output: { changed } }
  },
}
