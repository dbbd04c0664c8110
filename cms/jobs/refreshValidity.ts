import type { TaskConfig } from 'payload'

import { refreshAllValidity } from '../collections/LegalDocuments/validity'

/** Nightly: validity depends on dates (effective, expiry, relations' dates) that pass while nobody saves. */
export const refreshValidityTask: TaskConfig = {
  slug: 'refreshValidity',
  label: 'Cập nhật tình trạng hiệu lực',
  retries: 2,
  // Just after midnight in Vietnam (17:05 UTC).
  schedule: [{ cron: '0 5 17 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    const changed = await refreshAllValidity(req.payload)
    return { output: { changed } }
  },
}
