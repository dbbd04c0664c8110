import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { fromRoot } from '../../cms/paths'
import { freshPostgres } from './payload'

/** A real `npm start` process (scripts/start.ts, the built site) on its own port and data folder. */
export interface Instance {
  name: string
  url: string
  dataDir: string
  proc: ChildProcess
  output: string[]
  /** SIGTERM (clean stop) or SIGKILL (a crash), waiting for the process to end. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>
}

/** Instances of one database share the signing secret (a session from one is valid on the other), as an operator sets PAYLOAD_SECRET. */
const SHARED_SECRET = crypto.randomBytes(24).toString('hex')

/** A throw-away database for several processes: a SQLite file, or a new PostgreSQL database next to TEST_DATABASE_URL/DATABASE_URL. */
export async function sharedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
  if (base?.startsWith('postgres')) return freshPostgres(base, `portal_c_${crypto.randomBytes(5).toString('hex')}`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-db-'))
  return { url: `file:${path.join(dir, 'portal.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** Polls `check` every 100 ms until it returns true; returns the milliseconds it took, or throws after `ms`. */
export async function within(ms: number, check: () => Promise<boolean>, what = 'condition', abort?: () => string | null): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started
    const reason = abort?.()
    if (reason) throw new Error(reason)
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Starts the portal as `npm start` does (SKIP_BUILD: the site must be built) and waits until it answers with its search index ready. */
export async function startInstance(name: string, port: number, databaseUrl: string, options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<Instance> {
  // A process left on the port (a test run that was interrupted) would answer in our place.
  if (await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false)) throw new Error(`port ${port} is already in use: stop what listens there`)
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `portal-${name}-`))
  const output: string[] = []
  // As an operator starts it: no test settings (vitest's NODE_ENV=test, schema push) leak in.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, SKIP_BUILD: '1', PAYLOAD_SECRET: SHARED_SECRET, ...options.env }
  for (const k of ['NODE_ENV', 'PAYLOAD_DB_PUSH', 'VITEST', 'TEST_DATABASE_URL']) delete env[k]
  const proc = spawn(fromRoot('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: fromRoot(),
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  proc.stdout!.on('data', (b: Buffer) => output.push(b.toString()))
  proc.stderr!.on('data', (b: Buffer) => output.push(b.toString()))
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const instance: Instance = {
    name,
    url,
    dataDir,
    proc,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode !== null || proc.signalCode !== null) return
      try {
        process.kill(-proc.pid!, signal)
      } catch {
        // already gone
      }
      await exited
    },
  }
  try {
    await within(
      180_000,
      async () => {
        const r = await fetch(`${url}/healthz`)
        const h = (await r.json()) as { db?: string; search?: string }
        return r.ok && h.db === 'ok' && h.search === 'ready'
      },
      `${name} ready`,
      () => (proc.exitCode !== null ? `${name} exited with ${proc.exitCode}` : null),
    )
  } catch (err) {
    await instance.stop('SIGKILL')
    throw new Error(`${(err as Error).message}\n${output.join('').slice(-3000)}`)
  }
  return instance
}
