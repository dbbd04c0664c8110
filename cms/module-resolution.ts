import { registerHooks } from 'node:module'

/**
 * Loads drizzle-orm's files without re-reading its 177 KB package.json for each of them.
 *
 * Node 22 and later look up the package scope of every ES module file they resolve, and the
 * lookup copies the package's whole `exports` map and parses it again (`getPackageScopeConfig`
 * spreads the lazily parsed manifest). drizzle-orm has about a thousand files and one of the
 * largest `exports` maps on npm, so loading a database adapter took 2 s instead of 0.3 s (Node 20),
 * in every process: the server's start, each integration test file, each script.
 *
 * The hook answers only what it can answer exactly: a relative `.js` import made by a drizzle-orm
 * file, which the package (`"type": "module"`) declares an ES module. Anything else goes to
 * Node's own resolution. Registered once, before the adapter is imported (cms/db.ts).
 */
const DRIZZLE_FILE = /\/node_modules\/(?:@payloadcms\/[^/]+\/node_modules\/)?drizzle-orm\/[^?#]*\.js$/
let registered = false

export function resolveDrizzleFilesDirectly(): void {
  if (registered || typeof registerHooks !== 'function') return
  registered = true
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL
      if (parent?.startsWith('file:') && (specifier.startsWith('./') || specifier.startsWith('../')) && specifier.endsWith('.js') && DRIZZLE_FILE.test(parent)) {
        return { url: new URL(specifier, parent).href, format: 'module', shortCircuit: true }
      }
      return nextResolve(specifier, context)
    },
  })
}
