import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Starts the built portal for browser tests on its own port with a fresh data folder and
 * database (SQLite unless E2E_DATABASE_URL names another), through the same code as `npm start`.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'))
process.env.DATA_DIR = dir
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${path.join(dir, 'e2e.db')}`
process.env.PORT = process.env.E2E_PORT ?? '4399'
process.env.HOST = '127.0.0.1'
process.env.SKIP_BUILD = '1'
process.env.PORTAL_E2E = '1'
// E2E_PUSH=1 pushes the schema instead of migrating (only while a collection is being developed;
// CI always runs the committed migrations).
if (process.env.E2E_PUSH === '1') process.env.PAYLOAD_DB_PUSH = '1'
const cleanup = () => fs.rmSync(dir, { recursive: true, force: true })
process.once('exit', cleanup)
await import('./start')
