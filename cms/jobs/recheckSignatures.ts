import type { TaskConfig } from 'payload'

import { recheckSignatures } from '../lib/signatures/recheck'
import { scheduleOnce } from './refreshValidity'

/**
 * Every ten minutes, on one instance: files verified with an older trust list are verified again
 * (an administrator added or removed a CA certificate in the trust folder). Cheap when nothing
 * changed: one query.
 */
export const recheckSignaturesTask: TaskConfig = {
  slug: 'recheckSignatures',
  label: 'Kiểm tra lại chữ ký số theo danh sách tin cậy',
  retries: 2,
  schedule: [{ cron: '0 */10 * * * *', queue: 'nightly', hooks: { beforeSchedule: scheduleOnce } }],
  handler: async ({ req }) => {
    const { updated, missing } = await recheckSignatures(req.payload)
    if (updated || missing) req.payload.logger.info(`Kiểm tra lại chữ ký số: ${updated} tệp cập nhật, ${missing} tệp không còn trên đĩa`)
    return { output: { updated, missing } }
  },
}
