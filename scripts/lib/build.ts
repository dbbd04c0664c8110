import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { adminDistDir, fromRoot, siteDistDir } from '../../cms/paths'

const SITE_INPUTS = ['site', 'cms', 'public', 'astro.config.mjs', 'package-lock.json', 'content']
const ADMIN_INPUTS = ['cms', 'package-lock.json']
const SKIP = new Set(['node_modules', 'migrations', '.astro'])

function walk(entry: string, out: string[]): void {
  let stat: fs.Stats
  try {
    stat = fs.statSync(entry)
  } catch {
    return
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name) && !name.startsWith('.next')) walk(path.join(entry, name), out)
  } else {
    out.push(`${path.relative(fromRoot(), entry)}:${stat.size}:${stat.mtimeMs}`)
  }
}

/** Returns a fingerprint of the files a build depends on (names, sizes, times). */
export function fingerprint(inputs: string[]): string {
  const lines: string[] = []
  for (const input of inputs) walk(fromRoot(input), lines)
  return crypto.createHash('sha256').update(lines.join('\n')).digest('hex')
}

function run(label: string, args: string[]): void {
  const started = Date.now()
  console.log(`→ ${label}…`)
  // process.execPath is the project's pinned Node (npm scripts put node_modules/.bin first).
  const result = spawnSync(process.execPath, args, { cwd: fromRoot(), stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) throw new Error(`${label} thất bại (mã ${result.status ?? result.signal}).`)
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

function stale(stampFile: string, inputs: string[]): { stale: boolean; print: string } {
  const print = fingerprint(inputs)
  let previous = ''
  try {
    previous = fs.readFileSync(stampFile, 'utf8')
  } catch {
    // never built
  }
  return { stale: previous !== print, print }
}

/** Builds the public site and the admin when their sources changed since the last build. */
export function ensureBuilt(options: { force?: boolean } = {}): void {
  const siteStamp = path.join(siteDistDir(), '.build-stamp')
  const adminStamp = path.join(adminDistDir(), '.build-stamp')
  const site = stale(siteStamp, SITE_INPUTS)
  const admin = stale(adminStamp, ADMIN_INPUTS)
  if (options.force || site.stale) {
    run('Biên dịch trang công khai (astro build)', [require_('astro/bin/astro.mjs'), 'build'])
    fs.writeFileSync(siteStamp, site.print)
  }
  if (options.force || admin.stale) {
    run('Biên dịch trang quản trị (next build)', [require_('next/dist/bin/next'), 'build', 'cms'])
    fs.writeFileSync(adminStamp, admin.print)
  }
}

function require_(specifier: string): string {
  return path.join(fromRoot('node_modules'), specifier)
}
