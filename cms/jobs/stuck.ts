import type { Payload, Where } from 'payload'

import { FANOUT_QUEUE, leaseMs, NOTIFICATION_QUEUE } from '../notifications/outbox'

/**
 * Payload marks a job as running when a runner takes it and never looks at it again if that
 * process dies: the job would wait forever. Before each run of the queue, notification jobs marked
 * running for longer than the lease (NOTIFY_LEASE_MS; a send takes seconds) go back to the queue;
 * the outbox row's own claim (cms/notifications/outbox.ts) keeps a message that did go out from
 * going out again. Returns how many were put back.
 */
export async function releaseStuckJobs(payload: Payload, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - leaseMs()).toISOString()
  const where: Where = { and: [{ queue: { in: [NOTIFICATION_QUEUE, FANOUT_QUEUE] } }, { processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] }
  // Looked at every few seconds: a read, and a write only when there is something to put back.
  if ((await payload.count({ collection: 'payload-jobs', where, overrideAccess: true })).totalDocs === 0) return 0
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where,
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length) payload.logger.warn(`Đưa lại ${docs.length} việc gửi thư thông báo vào hàng đợi (tiến trình đang chạy chúng đã dừng)`)
  return docs.length
}
