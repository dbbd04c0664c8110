import type { Payload } from 'payload'

import { toDate } from '../lib/dates'
import { DEFAULT_VN_HOLIDAYS } from '../lib/working-days'

/**
 * Fills the holiday table from DEFAULT_VN_HOLIDAYS (content/holidays.json) when it is empty. Once administrators keep
 * it, it is left alone: a day they removed (a swapped working day) must not come back.
 */
export async function seedHolidays(payload: Payload, log: (l: string) => void): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'holidays', overrideAccess: true })
  if (totalDocs > 0) {
    log(`  holidays: đã có ${totalDocs} ngày, giữ nguyên`)
    return
  }
  for (const h of DEFAULT_VN_HOLIDAYS) {
    await payload.create({ collection: 'holidays', data: { date: toDate(h.date)!.toISOString(), name: h.name }, overrideAccess: true, context: { seed: true } })
  }
  log(`  holidays: ${DEFAULT_VN_HOLIDAYS.length} mới`)
}
