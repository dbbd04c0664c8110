import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { fromRoot } from '../../cms/paths'

/** Path of the tsx CLI, run with the project's Node (process.execPath under npm). */
export const TSX = path.join(fromRoot('node_modules'), 'tsx', 'dist', 'cli.mjs')

/**
 * Starts the built portal (same code as `npm start`) in its own process group; resolves once
 * /healthz is ok. With `logFile`, the server's output (its log) is also written there.
 */
export async function startServer(env: Record<string, string>, port: number, logFile?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [TSX, 'scripts/start.ts'], {
    cwd: fromRoot(),
    env: { ...process.env, SKIP_BUILD: '1', HOST: '127.0.0.1', PORT: String(port), ...env },
    detached: true,
    stdio: ['ignore', logFile ? 'pipe' : 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (d) => (stderr += d))
  if (logFile) {
    const log = fs.createWriteStream(logFile)
    child.stdout?.pipe(log)
    child.stderr?.on('data', (d) => log.write(d))
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`)
      if (res.ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error('server did not answer /healthz within 120 s')
}

/** Stops the server's whole process group (SIGTERM, or SIGKILL to simulate a crash). */
export function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
  // Resolves once it has exited (its data folder can then be removed), or after 20 s at most.
  return Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 20_000).unref())])
}

/** Returns the resident memory (MiB) of a process and its descendants, from /proc. */
export function residentMiB(pid: number): number {
  let total = 0
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8')
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      for (const c of fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(c))
    } catch {
      // process gone
    }
  }
  visit(pid)
  return Math.round(total / 1024)
}

/** Runs the load generator in a separate process and returns its JSON result. */
export async function loadFromChild(options: { urls: string[]; concurrency: number; durationMs: number; warmupMs?: number }) {
  // The URL list can exceed the OS limit for command-line arguments: hand it over in a file.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-')), 'options.json')
  fs.writeFileSync(file, JSON.stringify(options))
  const child = spawn(process.execPath, [TSX, 'bench/lib/load.ts', file], { cwd: fromRoot(), stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  await new Promise((r) => child.on('exit', r))
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
  return JSON.parse(out) as import('./load').LoadResult
}
