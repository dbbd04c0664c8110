import type { JobsConfig } from 'payload'

import { refreshValidityTask } from './refreshValidity'

/**
 * Background work run by the server process itself: scheduled publishing (Payload's own
 * task, queue "default", checked every minute) and the nightly validity refresh.
 */
export const jobs: JobsConfig = {
  tasks: [refreshValidityTask],
  autoRun: [
    { cron: '* * * * *', queue: 'default', limit: 50 },
    { cron: '*/10 * * * *', queue: 'nightly', limit: 5 },
  ],
  deleteJobOnComplete: true,
}
