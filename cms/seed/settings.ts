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
  await seedOwnIssuer(payload, String(data.agencyName ?? ''), log)
}

/**
 * At first start, the owner is chosen as "its own" issuer for the statistics (Decree 43/2011
 * Art 17: its own documents online within 2 working days): the issuer of the owner's name,
 * created if the reference list lacks it. Administrators change it in Quản trị › Thống kê, báo cáo.
 */
async function seedOwnIssuer(payload: Payload, agencyName: string, log: (l: string) => void): Promise<void> {
  const name = agencyName.trim().normalize('NFC')
  if (!name) return
  const reporting = await payload.findGlobal({ slug: 'reporting', depth: 0, overrideAccess: true })
  if (reporting.ownIssuers?.length) return
  const found = await payload.find({ collection: 'issuers', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
  const issuer = found.docs[0] ?? (await payload.create({ collection: 'issuers', data: { name }, overrideAccess: true, context: { seed: true } }))
  await payload.updateGlobal({ slug: 'reporting', data: { ownIssuers: [issuer.id] }, overrideAccess: true, context: { seed: true } })
  log(`  reporting: cơ quan ban hành của cơ quan chủ quản là «${name}»`)
}
