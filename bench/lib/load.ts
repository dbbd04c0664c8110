import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

/** Result of one load run: throughput and latency percentiles in milliseconds. */
export interface LoadResult {
  requests: number
  errors: number
  non2xx: number
  seconds: number
  requestsPerSecond: number
  p50: number
  p99: number
  max: number
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/**
 * Sends requests from `concurrency` keep-alive connections for `durationMs`, cycling through
 * `urls`. Bounded in time and count; only for servers on this machine.
 */
export async function runLoad(options: { urls: string[]; concurrency: number; durationMs: number; warmupMs?: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const latencies: number[] = []
  let errors = 0
  let non2xx = 0
  let next = 0
  const get = (url: string) =>
    new Promise<number>((resolve) => {
      const req = http.get(url, { agent }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('error', () => resolve(0))
      req.setTimeout(10_000, () => req.destroy())
    })
  const worker = async (until: number, record: boolean) => {
    while (Date.now() < until) {
      const url = options.urls[next++ % options.urls.length]!
      const t0 = performance.now()
      const status = await get(url)
      if (!record) continue
      latencies.push(performance.now() - t0)
      if (status === 0) errors++
      else if (status < 200 || status >= 300) non2xx++
    }
  }
  if (options.warmupMs) {
    const until = Date.now() + options.warmupMs
    await Promise.all(Array.from({ length: options.concurrency }, () => worker(until, false)))
  }
  const started = performance.now()
  const until = Date.now() + options.durationMs
  await Promise.all(Array.from({ length: options.concurrency }, () => worker(until, true)))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 100) / 100
  return { requests: latencies.length, errors, non2xx, seconds: round(seconds), requestsPerSecond: round(latencies.length / seconds), p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0) }
}

// As a script (a separate process, so the load does not share the server's event loop):
// tsx bench/lib/load.ts options.json   ({"urls":[...],"concurrency":32,"durationMs":20000})
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runLoad(JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8'))).then((r) => {
    process.stdout.write(JSON.stringify(r))
  })
}
