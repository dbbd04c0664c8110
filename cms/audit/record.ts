import type { PayloadRequest } from 'payload'

import { VN_TIME } from '../lib/admin-dates'
import { AUDIT_LOG_SLUG } from './collection'

export interface AuditEntry {
  collection: string
  id: string | number
  action: string
  from?: string
  to?: string
  reason?: string
  changes?: Record<string, { from: unknown; to: unknown }>
}

/** Appends an entry to the audit log in the request's transaction (so it exists exactly when the change does). */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const by = req.user && (req.user as { collection?: string }).collection === 'users' ? req.user.id : null
  const summary = [entry.action, entry.from && entry.to ? `${entry.from} → ${entry.to}` : ''].filter(Boolean).join(': ')
  await req.payload.create({
    collection: AUDIT_LOG_SLUG as never,
    data: {
      at: new Date().toISOString(),
      // Written out: inside a version restore Payload validates before it fills the default.
      at_tz: VN_TIME.defaultTimezone,
      by,
      collectionSlug: entry.collection,
      docId: String(entry.id),
      action: entry.action,
      from: entry.from ?? '',
      to: entry.to ?? '',
      reason: entry.reason ?? '',
      summary: summary.slice(0, 300),
      changes: entry.changes ?? null,
    } as never,
    overrideAccess: true,
    req,
  })
}
