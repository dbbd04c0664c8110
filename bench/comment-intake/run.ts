/**
 * Comment intake benchmark: many concurrent submitters post the comment form; midway the
 * server is killed with SIGKILL and restarted; afterwards every comment whose receipt (tracking
 * code) was returned must be in the database. Prints one JSON object on stdout.
 *
 *   DIST_DIR=dist-drafts NEXT_DIST_DIR=.next-drafts npm exec -- tsx bench/comment-intake/run.ts \
 *     [--concurrency 32] [--before 15] [--after 15] [--port 4431]
 *
 * Needs a build (npm run build, or scripts/build.ts with the same DIST_DIR/NEXT_DIST_DIR). The
 * server gets a fresh DATA_DIR with SQLite; rate limits per IP are lifted for the run (all
 * submitters share 127.0.0.1), every other check stays on. Goals: ≥ 200 comments/s, 0 lost.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { type BenchServer, cpuSeconds, startServer, stopServer } from './server'
import { newTally, percentile, submitLoop, type Tally } from './submitters'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const SLUG = 'du-thao-nghi-dinh-quan-ly-cong-thong-tin-dien-tu'
const GOALS = { throughputPerSecond: 200, lost: 0 }
const SECRET = 'bench-secret-not-for-production'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}

async function phase(base: string, concurrency: number, seconds: number, tally: Tally, idOffset: number): Promise<{ stop: () => Promise<void> }> {
  let running = true
  const loops = Array.from({ length: concurrency }, (_, i) => submitLoop(base, SLUG, idOffset + i, () => running, tally))
  const timer = new Promise<void>((r) => setTimeout(r, seconds * 1000))
  await timer
  return {
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

async function storedCodes(dataDir: string): Promise<Set<string>> {
  // Read back through Payload's Local API, as the portal itself would (any database adapter).
  process.env.DATABASE_URL = `file:${join(dataDir, 'bench.db')}`
  process.env.DATA_DIR = dataDir
  // The same secret as the server, or Payload would generate one into the data folder.
  process.env.PAYLOAD_SECRET = SECRET
  delete process.env.PAYLOAD_DB_PUSH
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
  const payload = await getPayload({ config, key: 'bench-verify' })
  const { docs } = await payload.find({ collection: 'comments', pagination: false, depth: 0, select: { trackingCode: true }, overrideAccess: true })
  await payload.destroy()
  return new Set(docs.map((d) => d.trackingCode))
}

async function main(): Promise<void> {
  const concurrency = arg('concurrency', 32)
  const before = arg('before', 15)
  const after = arg('after', 15)
  const port = arg('port', 4431)
  const dataDir = await mkdtemp(join(tmpdir(), 'comment-bench-'))
  const logFile = join(dataDir, 'server.log')
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${join(dataDir, 'bench.db')}`,
    // The committed migrations build the schema (a pushed schema would ask, at the restart, to
    // drop the rate-limit table it does not know); production requires the public address.
    PUBLIC_HOST: `http://127.0.0.1:${port}`,
    PAYLOAD_SECRET: SECRET,
    COMMENT_RATE_LIMIT_IP: '100000000/60',
  }
  const base = `http://127.0.0.1:${port}`
  const tally = newTally()
  process.stderr.write(`starting the portal (log: ${logFile})\n`)
  let server: BenchServer = await startServer(root, port, env, logFile)

  process.stderr.write(`phase 1: ${concurrency} submitters for ${before} s, then SIGKILL\n`)
  const cpuStart = cpuSeconds(server)
  const first = await phase(base, concurrency, before, tally, 0)
  const cpuPhase1 = (cpuSeconds(server) ?? NaN) - (cpuStart ?? NaN)
  const killedAt = Date.now()
  await stopServer(server, 'SIGKILL')
  const ackBeforeKill = tally.acknowledged.length
  const restartStarted = Date.now()
  server = await startServer(root, port, env, logFile)
  const restartSeconds = (Date.now() - restartStarted) / 1000
  // Phase-1 submitters kept trying while the server was down; they resume on their own.
  await first.stop()
  const afterRestartStart = tally.acknowledged.length
  process.stderr.write(`phase 2: restarted in ${restartSeconds.toFixed(1)} s; ${concurrency} submitters for ${after} s\n`)
  const cpuRestart = cpuSeconds(server)
  const ackPhase2Start = tally.acknowledged.length
  const second = await phase(base, concurrency, after, tally, 1000)
  await second.stop()
  const cpuPhase2 = (cpuSeconds(server) ?? NaN) - (cpuRestart ?? NaN)
  const ackPhase2 = tally.acknowledged.length - ackPhase2Start
  await stopServer(server, 'SIGTERM')

  const stored = await storedCodes(dataDir)
  const lost = tally.acknowledged.filter((a) => !stored.has(a.code))
  const acknowledged = tally.acknowledged.length
  const activeSeconds = before + after
  const out = {
    node: process.version,
    cpus: cpus().length,
    concurrency,
    phases: { beforeKillSeconds: before, afterRestartSeconds: after, restartSeconds: Number(restartSeconds.toFixed(2)), killedAt: new Date(killedAt).toISOString() },
    attempts: tally.attempts,
    acknowledged,
    acknowledgedBeforeKill: ackBeforeKill,
    acknowledgedAfterRestart: acknowledged - afterRestartStart,
    found: acknowledged - lost.length,
    lost: lost.length,
    lostCodes: lost.slice(0, 20).map((l) => l.code),
    storedTotal: stored.size,
    throughputPerSecond: Number((acknowledged / activeSeconds).toFixed(1)),
    // The machine may be shared: CPU time the server spent per acknowledged comment (phase 1,
    // and phase 2 which also carries the restart's grouping sweep) shows what one core sustains.
    serverCpuMsPerComment: {
      beforeKill: Number(((cpuPhase1 * 1000) / Math.max(1, ackBeforeKill)).toFixed(2)),
      afterRestart: Number(((cpuPhase2 * 1000) / Math.max(1, ackPhase2)).toFixed(2)),
    },
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    latencyMs: {
      p50: Number(percentile(tally.latenciesMs, 50)?.toFixed(1)),
      p99: Number(percentile(tally.latenciesMs, 99)?.toFixed(1)),
      max: Number(percentile(tally.latenciesMs, 100)?.toFixed(1)),
    },
    errors: tally.errors,
    goals: GOALS,
    pass: acknowledged / activeSeconds >= GOALS.throughputPerSecond && lost.length === GOALS.lost,
  }
  if (!process.argv.includes('--keep')) await rm(dataDir, { recursive: true, force: true })
  process.stdout.write(JSON.stringify(out, null, 2) + '\n')
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
