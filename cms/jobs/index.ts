import crypto from 'node:crypto'

import type { JobsConfig, PayloadRequest } from 'payload'

import { administrators, isIn, only } from '../access/policy'

import { ocrDocumentTextTask } from './ocrDocumentText'
import { recheckSignaturesTask } from './recheckSignatures'
import { refreshValidityTask, VALIDITY_CRON } from './refreshValidity'
import { runtime } from '../runtime'

/**
 * Background work run by the server process itself: scheduled publishing (Payload's own
 * task, queue "default", checked every minute) and the nightly validity refresh.
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

export const jobs: JobsConfig = {
  access: { run: canRunJobs, queue: only(administrators), cancel: only(administrators) },
  tasks: [refreshValidityTask, recheckSignaturesTask, ocrDocumentTextTask],
  autoRun: [
    { cron: '* * * * *', queue: 'default', limit: 50 },
    // The nightly queue is looked at every 10 minutes, or on the refresh's own schedule when set.
    { cron: process.env.VALIDITY_REFRESH_CRON ? VALIDITY_CRON : '*/10 * * * *', queue: 'nightly', limit: 5 },
  ],
  deleteJobOnComplete: true,
  // Every server process has the scheduler, but only the oldest live one on the database runs the
  // queue, so with two instances a job runs once (the feed tailer keeps the process list).
  shouldAutoRun: () => runtime().feed?.isLeader() ?? true,
}
