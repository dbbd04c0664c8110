import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The admin's Next app; the public site is Astro, served by the same Node server. */
const nextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // NEXT_DIST_DIR lets parallel work trees build side by side (default cms/.next).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  typescript: { ignoreBuildErrors: true }, // tsc runs over the whole project in `npm test`
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
