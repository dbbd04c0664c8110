import fs from 'node:fs'

import type { Payload } from 'payload'

import { fromRoot } from '../paths'

/** Fills the portal owner's settings from content/settings.json unless an administrator already set them. */
export async function seedSettings(payload: Payload, log: (l: string) => void): Promise<void> {
  const current = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  if (current.agencyName) {
    log('  settings: đã có, giữ nguyên')
    return
  }
  const data = JSON.parse(fs.readFileSync(fromRoot('content/settings.json'), 'utf8'))
  await payload.updateGlobal({ slug: 'settings', data, overrideAccess: true, context: { seed: true } })
  log('  settings: đã ghi thông tin cơ quan chủ quản')
}
