import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { fromRoot } from '../cms/paths'
import { ensureBuilt } from './lib/build'

/**
 * `npm test`: type checks, unit and integration tests (vitest), then browser tests (Playwright,
 * Debian's Chromium) against the built portal. Prints one closing line with the totals.
 */
const bin = (name: string) => path.join(fromRoot('node_modules/.bin'), name)
const timings: string[] = []

function step(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  const started = Date.now()
  console.log(`\n=== ${label}`)
  const result = spawnSync(command, args, { cwd: fromRoot(), stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  timings.push(`${label}: ${seconds} s`)
  return result.status === 0
}

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  const found = candidates.find((c) => fs.existsSync(c))
  if (found) return found
  const isRoot = process.getuid?.() === 0
  if (isRoot && fs.existsSync('/etc/debian_version')) {
    console.log('Chromium chưa có: cài gói chromium của Debian (apt-get install chromium)…')
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (r.status === 0 && fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  }
  console.error('Lỗi: không tìm thấy Chromium. Cài gói Debian "chromium" (sudo apt-get install chromium) hoặc đặt CHROMIUM_PATH.')
  process.exit(1)
}

function count(file: string, pick: (json: any) => { passed: number; failed: number }): { passed: number; failed: number } {
  try {
    return pick(JSON.parse(fs.readFileSync(fromRoot(file), 'utf8')))
  } catch {
    return { passed: 0, failed: 0 }
  }
}

const chromium = findChromium()
fs.mkdirSync(fromRoot('test-results'), { recursive: true })
for (const f of ['test-results/vitest.json', 'test-results/cluster.json', 'test-results/e2e.json']) fs.rmSync(fromRoot(f), { force: true })

const only = process.argv[2]
let ok = true
if (!only || only === 'types') {
  ok = step('Kiểm tra kiểu (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) && ok
  ok = step('Kiểm tra Astro (astro check)', bin('astro'), ['check', '--minimumSeverity', 'warning']) && ok
}
if (!only || only === 'vitest') {
  ok = step('Kiểm thử đơn vị và tích hợp (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']) && ok
}
if (!only || only === 'e2e') {
  const started = Date.now()
  ensureBuilt()
  timings.push(`Biên dịch: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  ok = step('Kiểm thử trình duyệt (Playwright + Chromium)', bin('playwright'), ['test'], { CHROMIUM_PATH: chromium }) && ok
}
if (!only || only === 'cluster') {
  if (only) ensureBuilt()
  // Real portal processes on one database: the change feed, crash recovery, the import.
  ok = step('Hai phiên bản trên một cơ sở dữ liệu (vitest)', bin('vitest'), ['run', '--config', 'vitest.cluster.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/cluster.json']) && ok
}

const vitestCount = (j: any) => ({ passed: j.numPassedTests ?? 0, failed: (j.numFailedTests ?? 0) + (j.numFailedTestSuites ?? 0) })
const units = count('test-results/vitest.json', vitestCount)
const cluster = count('test-results/cluster.json', vitestCount)
const unit = { passed: units.passed + cluster.passed, failed: units.failed + cluster.failed }
const e2e = count('test-results/e2e.json', (j) => ({ passed: j.stats?.expected ?? 0, failed: (j.stats?.unexpected ?? 0) + (j.stats?.flaky ?? 0) }))
console.log('\n' + timings.join('\n'))
const failed = unit.failed + e2e.failed + (ok ? 0 : unit.failed + e2e.failed === 0 ? 1 : 0)
console.log(`\ntests: ${unit.passed + e2e.passed} passed, ${failed} failed`)
process.exit(ok ? 0 : 1)
