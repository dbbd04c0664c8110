/**
 * Starts and kills the portal for the intake benchmark: the real `scripts/start.ts` (the same
 * server as `npm start`) in its own process group, so SIGKILL takes the whole server down at
 * once, as a crash or an OOM kill would.
 */
import { spawn } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A running portal process group. */
export interface BenchServer {
  pid: number
  exited: Promise<void>
}

/** Starts the portal and resolves once /healthz answers 200. */
export async function startServer(root: string, port: number, env: Record<string, string>, logFile: string): Promise<BenchServer> {
  const log = openSync(logFile, 'a')
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/start.ts')], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', SKIP_BUILD: '1', NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
    detached: true,
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}; see ${logFile}`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the portal did not become healthy; see ${logFile}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return { pid: child.pid!, exited }
}

/** Returns the CPU seconds (user + system) the server process has used so far, from /proc (Linux). */
export function cpuSeconds(server: BenchServer): number | null {
  try {
    const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of the file, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

/** Sends a signal to the server's whole process group and waits for it to exit. */
export async function stopServer(server: BenchServer, signal: NodeJS.Signals): Promise<void> {
  try {
    process.kill(-server.pid, signal)
  } catch {
    // already gone
  }
  await server.exited
}
