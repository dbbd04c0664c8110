import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

import { freshPostgres } from '../helpers/payload'

const run = promisify(execFile)
const root = path.resolve(__dirname, '../..')
const base = process.env.TEST_DATABASE_URL ?? ''
const mongo = base.startsWith('mongodb')

/** Runs a Payload migration command the way an operator does (`npm run payload -- …`). */
async function payloadCli(env: Record<string, string>, ...args: string[]): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(root, 'node_modules/payload/bin.js'), ...args], {
    cwd: root,
    env: { ...process.env, ...env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', PAYLOAD_DB_PUSH: '', NODE_OPTIONS: '' },
    timeout: 240_000,
    maxBuffer: 32 * 1024 * 1024,
  })
  return stdout + stderr
}

// MongoDB has no schema migrations: the collections follow the config.
describe.skipIf(mongo)('migrations', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const c of cleanups) await c()
  })

  it('build the whole schema on an empty database, undo every step in reverse, and build it again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-mig-'))
    let url = `file:${path.join(dir, 'mig.db')}`
    if (base.startsWith('postgres')) {
      const fresh = await freshPostgres(base, `portal_m_${crypto.randomBytes(5).toString('hex')}`)
      cleanups.push(fresh.drop)
      url = fresh.url
    }
    const env = { DATABASE_URL: url, DATA_DIR: dir, PAYLOAD_SECRET: crypto.randomBytes(16).toString('hex') }
    const up = await payloadCli(env, 'migrate')
    expect(up).toMatch(/Done/)
    // An operator who rolls back an upgrade runs every `down`: each must leave a database the
    // previous version can use, so none may fail half-way.
    const down = await payloadCli(env, 'migrate:down')
    expect(down).not.toMatch(/ERROR/)
    expect(down).toMatch(/Migrated down:\s+\d{8}_\d{6}_initial/)
    const again = await payloadCli(env, 'migrate')
    expect(again).not.toMatch(/ERROR/)
    expect(again).toMatch(/Migrated:\s+\d{8}_\d{6}_initial/)
  }, 600_000)
})
