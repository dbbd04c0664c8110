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
  // The server process creates the one Payload instance (server/boot.ts) from node_modules;
  // the admin must use the same modules, or errors thrown by hooks fail the admin's instanceof
  // checks and editors lose the message shown beside the field.
  serverExternalPackages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-postgres', '@payloadcms/db-mongodb', '@payloadcms/drizzle', '@payloadcms/translations', 'rate-limiter-flexible', '@libsql/client'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
