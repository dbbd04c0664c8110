import crypto from 'node:crypto'

import type { JobsConfig, Payload, PayloadRequest } from 'payload'

import { administrators, isIn, only } from '../access/policy'

import { FANOUT_QUEUE, NOTIFICATION_QUEUE } from '../notifications/outbox'
import { followDigestTask } from './followDigest'
import { followNotificationsTask } from './followNotifications'
import { ocrDocumentTextTask } from './ocrDocumentText'
import { recheckSignaturesTask } from './recheckSignatures'
import { refreshValidityTask, VALIDITY_CRON } from './refreshValidity'
import { reportNotificationsTask } from './reportNotifications'
import { sendNotificationTask } from './sendNotification'
import { staffDigestTask } from './staffDigest'
import { releaseStuckJobs } from './stuck'
import { runtime } from '../runtime'

/**
 * Background work run by the server process itself: scheduled publishing (Payload's own
 * task, queue "default", checked every minute), the nightly validity refresh, and e-mail
 * notifications with the staff digest (queue "notifications", looked at every NOTIFY_QUEUE_CRON).
 */
/**
 * Running the queue by hand (`/api/payload-jobs/run`) is for administrators, or for an external
 * scheduler that sends `Authorization: Bearer $JOBS_SECRET` (compared in constant time).
 */
export function canRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (isIn(req.user, administrators)) return true
  const secret = process.env.JOBS_SECRET
  const header = req.headers?.get?.('authorization') ?? ''
  if (!secret || !header.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice(7))
  const wanted = Buffer.from(secret)
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted)
}

/** Jobs taken per look at the notifications queue: NOTIFY_QUEUE_LIMIT (default 20; raise it for follow alerts to thousands). */
function notifyQueueLimit(): number {
  const n = Number.parseInt(process.env.NOTIFY_QUEUE_LIMIT ?? '', 10)
  return Number.isInteger(n) && n > 0 ? n : 20
}

export const jobs: JobsConfig = {
  access: { run: canRunJobs, queue: only(administrators), cancel: only(administrators) },
  tasks: [refreshValidityTask, recheckSignaturesTask, ocrDocumentTextTask, sendNotificationTask, reportNotificationsTask, staffDigestTask, followNotificationsTask, followDigestTask],
  autoRun: [
    { cron: '* * * * *', queue: 'default', limit: 50 },
    // The nightly queue is looked at every 10 minutes, or on the refresh's own schedule when set.
    { cron: process.env.VALIDITY_REFRESH_CRON ? VALIDITY_CRON : '*/10 * * * *', queue: 'nightly', limit: 5 },
    // Mail goes out within seconds of the change that calls for it (croner, with seconds).
    { cron: process.env.NOTIFY_QUEUE_CRON?.trim() || '*/15 * * * * *', queue: NOTIFICATION_QUEUE, limit: notifyQueueLimit() },
    // Follow fan-outs on their own queue, so delivery never waits for a long fan-out to end.
    { cron: process.env.NOTIFY_QUEUE_CRON?.trim() || '*/15 * * * * *', queue: FANOUT_QUEUE, limit: 5 },
  ],
  deleteJobOnComplete: true,
  shouldAutoRun,
}

/**
 * Every server process has the scheduler, but only the oldest live one on the database runs the
 * queue, so with two instances a job runs once (the feed tailer keeps the process list). Before
 * each run it puts back the notification jobs a dead process left marked as running.
 */
export async function shouldAutoRun(payload: Payload): Promise<boolean> {
  if (!(runtime().feed?.isLeader() ?? true)) return false
  await releaseStuckJobs(payload).catch((err: unknown) => payload.logger.error({ err, msg: 'Không đưa lại được việc gửi thư bị treo vào hàng đợi' }))
  return true
}
