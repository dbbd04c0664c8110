/**
 * Search benchmark. Prints one JSON object on stdout (progress on stderr).
 *
 *   npm exec -- tsx bench/search/run.ts [--sizes 1000,10000,50000] [--meta 160000] [--rounds 8] [--seed 42] [--dir /tmp/x]
 *
 * For each size: a fresh process generates the corpus, rebuilds and saves the index (build time,
 * peak memory, size on disk); another fresh process loads it (resident memory after load) and
 * runs a fixed query mix (latency p50/p95/p99). `--meta N` adds a metadata-only index of N
 * records (0 to skip). Children run on this process's Node (`process.execPath`) with tsx.
 */
import { spawn } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const worker = join(here, 'worker.ts')

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`)
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1]!
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`))
  return eq ? eq.slice(name.length + 3) : dflt
}

const sizes = arg('sizes', '1000,10000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
const meta = Number(arg('meta', '160000'))
const rounds = Number(arg('rounds', '8'))
const seed = Number(arg('seed', '42'))
const baseDir = arg('dir', join(tmpdir(), `search-bench-${process.pid}`))
const keep = process.argv.includes('--keep')

function runChild(args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', worker, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`worker ${args.join(' ')} exited with ${code}`))
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!))
      } catch (err) {
        reject(err)
      }
    })
  })
}

const GOALS = {
  '10000 full-text': { p95Ms: 30, buildSeconds: 60, rssAfterLoadMB: 1024 },
  '50000 full-text': { p95Ms: 50 },
  '160000 metadata-only': { p95Ms: 30 },
}

async function main(): Promise<void> {
  await mkdir(baseDir, { recursive: true })
  const runs: { label: string; count: number; fullText: boolean }[] = sizes.map((count) => ({ label: `${count} full-text`, count, fullText: true }))
  if (meta > 0) runs.push({ label: `${meta} metadata-only`, count: meta, fullText: false })
  const results: Record<string, unknown> = {}
  for (const r of runs) {
    const dir = join(baseDir, `${r.count}-${r.fullText ? 'full' : 'meta'}`)
    process.stderr.write(`[${r.label}] build\n`)
    const loadBefore = loadavg()[0]!
    const build = await runChild(['build', dir, String(r.count), r.fullText ? '1' : '0', String(seed)])
    process.stderr.write(`[${r.label}] load + queries\n`)
    const loadBetween = loadavg()[0]!
    const query = await runChild(['query', dir, r.fullText ? '1' : '0', String(rounds)])
    // 1-minute load average of the machine (2 cores: above 2 means other work competed)
    const machineLoad = { beforeBuild: +loadBefore.toFixed(1), beforeQueries: +loadBetween.toFixed(1), end: +loadavg()[0]!.toFixed(1) }
    results[r.label] = { ...build, ...query, machineLoad }
    if (!keep) await rm(dir, { recursive: true, force: true })
  }
  const out = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    totalMemoryGB: Math.round(totalmem() / 1024 ** 3),
    seed,
    goals: GOALS,
    results,
  }
  if (!keep) await rm(baseDir, { recursive: true, force: true })
  process.stdout.write(JSON.stringify(out, null, 2) + '\n')
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
