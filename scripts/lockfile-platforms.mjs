// The npm registry reachable from our machines mirrors only the linux-x64 builds of a few native
// packages (Astro's compiler binding, Next's SWC); the others answer 404, so npm leaves them out
// of package-lock.json and `npm ci` then refuses the lock. This adds their entries with the
// os/cpu constraints the real packages declare, so `npm ci` accepts the lock here and elsewhere
// (no machine fetches a package whose os/cpu do not match it).
// Run after `npm install` changes the lock: node scripts/lockfile-platforms.mjs
import fs from 'node:fs'

const lockPath = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'))
const PLATFORMS = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
}
let added = 0
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`
    if (lock.packages[key]) continue
    const platform = Object.entries(PLATFORMS).find(([suffix]) => name.endsWith(`-${suffix}`))
    if (!platform) {
      console.warn(`skipped ${name} (optional dependency of ${path || 'the project'}): unknown platform`)
      continue
    }
    lock.packages[key] = { version, optional: true, ...platform[1] }
    added++
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n')
console.log(`package-lock.json: ${added} platform entries added`)
