import path from 'node:path'

/**
 * Returns the project root. The config is bundled into dist/ and .next/, so paths built from
 * import.meta.url would point inside a build; every runtime path starts from the root instead.
 */
export function projectRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PORTAL_ROOT ?? process.cwd())
}

/** Returns the folder that holds the portal's own data (secret, uploads, search index, SQLite file). */
export function dataDir(): string {
  return path.resolve(projectRoot(), process.env.DATA_DIR ?? 'data')
}

/**
 * Returns the folder that holds uploaded files (UPLOADS_DIR, default DATA_DIR): the one thing
 * besides the database that instances must share (a shared or network folder).
 */
export function uploadsDir(): string {
  return process.env.UPLOADS_DIR ? path.resolve(projectRoot(), process.env.UPLOADS_DIR) : dataDir()
}

/** Returns an absolute path inside the project root. */
export function fromRoot(...parts: string[]): string {
  return path.resolve(projectRoot(), ...parts)
}

/** Returns the Astro build folder (DIST_DIR, default dist/). */
export function siteDistDir(): string {
  return fromRoot(process.env.DIST_DIR ?? 'dist')
}

/** Returns the admin's Next build folder (NEXT_DIST_DIR inside cms/, default .next). */
export function adminDistDir(): string {
  return fromRoot('cms', process.env.NEXT_DIST_DIR ?? '.next')
}
