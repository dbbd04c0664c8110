import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { runtime } from '../../cms/runtime'

export interface TestPayload {
  payload: Payload
  /** The instance's cache key (Payload's REST handlers take it to use this instance). */
  key: string
  /** Closes the connection and removes the throw-away database. */
  cleanup: () => Promise<void>
}

/** The variable that tells createTestPayload where the run's template database is (a file path, or a PostgreSQL database name). */
export const TEMPLATE_VARIABLE = 'PORTAL_TEST_TEMPLATE'

/** The server database the tests run on (PostgreSQL or MongoDB), or undefined for SQLite files. */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
  return url && !url.startsWith('file:') ? url : undefined
}

/** Creates a throw-away PostgreSQL database next to `base` (a copy of `template` when given); returns its URL and how to drop it. */
export async function freshPostgres(base: string, name: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg')
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
  }
}

/**
 * Starts Payload through the Local API on a fresh, throw-away database: a temporary SQLite file
 * by default, or a new database on the PostgreSQL/MongoDB server named by TEST_DATABASE_URL or
 * DATABASE_URL. The schema is pushed (never on a real database), or copied from the run's
 * template database when there is one (tests/helpers/template-database.ts).
 */
export async function createTestPayload(): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-int-'))
  const name = `portal_t_${crypto.randomBytes(5).toString('hex')}`
  const base = testDatabaseUrl()
  const template = process.env[TEMPLATE_VARIABLE]
  let drop: () => Promise<void> = async () => undefined
  if (!base) {
    const file = path.join(dir, 'test.db')
    if (template) for (const suffix of ['', '-wal']) if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, file + suffix)
    process.env.DATABASE_URL = `file:${file}`
  } else if (base.startsWith('postgres')) {
    const fresh = await freshPostgres(base, name, template)
    process.env.DATABASE_URL = fresh.url
    drop = fresh.drop
  } else {
    const url = new URL(base)
    url.pathname = `/${name}`
    process.env.DATABASE_URL = url.toString()
  }
  process.env.DATA_DIR = dir
  process.env.PAYLOAD_SECRET = crypto.randomBytes(16).toString('hex')
  // This process's adapter skips the push when the schema was copied (the adapter reads the
  // variable once it is chosen); processes a test starts keep PAYLOAD_DB_PUSH=1 as before.
  process.env.PAYLOAD_DB_PUSH = template && base?.startsWith('mongodb') !== true ? '0' : '1'
  const [{ getPayload }, { default: configured }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
  const config = await configured
  process.env.PAYLOAD_DB_PUSH = '1'
  const payload = await getPayload({ config, key: name })
  return {
    payload,
    key: name,
    cleanup: async () => {
      if (payload.db.name === 'mongoose') await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase().catch(() => undefined)
      // Idle pool clients can outlive destroy(); the forced DROP terminates them, which is expected here.
      const pool = (payload.db as unknown as { pool?: { on: (e: string, f: () => void) => void } }).pool
      pool?.on('error', () => undefined)
      await runtime().feed?.stop().catch(() => undefined)
      await payload.destroy().catch(() => undefined)
      await drop().catch(() => undefined)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Returns a minimal user object for access checks in Local API calls (`user` + overrideAccess: false). */
export async function createUser(payload: Payload, role: 'admin' | 'editor' | 'approver' | 'moderator') {
  const email = `${role}-${crypto.randomBytes(3).toString('hex')}@vidu.gov.vn`
  const user = await payload.create({ collection: 'users', data: { email, password: `Mk-${crypto.randomBytes(8).toString('hex')}`, role }, overrideAccess: true })
  // The first account is always made admin; force the role we asked for.
  if (user.role !== role) return payload.update({ collection: 'users', id: user.id, data: { role }, overrideAccess: true })
  return user
}
