'use client'
/**
 * The edit screen's "Publish" button (with its schedule option) only for those who may publish
 * (administrators and approvers): an editor was offered it and then refused. The rule itself is
 * enforced where data is written (`draftsBy` in cms/access/policy.ts); this only stops offering
 * what would be refused. Editors keep "Lưu bản nháp" and send a document for approval.
 */
import { PublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

import { publishers } from '../access/policy'

export function PublishForPublishers(props: React.ComponentProps<typeof PublishButton>) {
  const { user } = useAuth<{ role?: string }>()
  if (!user?.role || !(publishers as readonly string[]).includes(user.role)) return null
  return <PublishButton {...props} />
}
