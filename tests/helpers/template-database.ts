/**
 * vitest globalSetup: one database with the schema pushed, made once per run, that every
 * integration test file copies instead of pushing the schema itself (a pushed schema took 0.5–1 s
 * per file on SQLite, 2 s on PostgreSQL). SQLite: a file copied; PostgreSQL: `CREATE DATABASE …
 * TEMPLATE`. MongoDB has no schema to push: nothing to do. The copy is what a fresh push makes,
 * so a test sees the same database as before; removed when the run ends.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freshPostgres, TEMPLATE_VARIABLE, testDatabaseUrl } from './payload'

/** Ends every session on database `name` (PostgreSQL copies a template only when no one is connected to it). */
async function disconnectAll(base: string, name: string): Promise<void> {
  const { default: pg } = await import('pg')
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])
  await admin.end()
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const base = testDatabaseUrl()
  if (base && !base.startsWith('postgres')) return undefined
  const saved = Object.fromEntries(['DATABASE_URL', 'DATA_DIR', 'PAYLOAD_SECRET', 'PAYLOAD_DB_PUSH'].map((k) => [k, process.env[k]]))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-int-template-'))
  const file = path.join(dir, 'template.db')
  const name = `portal_tpl_${crypto.randomBytes(5).toString('hex')}`
  const pg = base ? await freshPostgres(base, name) : null
  process.env.DATABASE_URL = pg ? pg.url : `file:${file}`
  process.env.DATA_DIR = dir
  process.env.PAYLOAD_SECRET = crypto.randomBytes(16).toString('hex')
  process.env.PAYLOAD_DB_PUSH = '1'
  try {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
    const payload = await getPayload({ config, key: 'portal-test-template' })
    // Idle pool clients can outlive destroy(); a template must have no one connected to be copied.
    ;(payload.db as unknown as { pool?: { on: (e: string, f: () => void) => void } }).pool?.on('error', () => undefined)
    await payload.destroy()
    if (pg && base) await disconnectAll(base, name)
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
  // The test workers start after this and inherit the variable.
  process.env[TEMPLATE_VARIABLE] = pg ? name : file
  return async () => {
    delete process.env[TEMPLATE_VARIABLE]
    await pg?.drop().catch(() => undefined)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
