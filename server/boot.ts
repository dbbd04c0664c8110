import type { Payload } from 'payload'

import { startFeed } from '../cms/feed/tailer'
import { startSearchService } from '../cms/indexing/service'
import { seed } from '../cms/seed'
import { checkDatabase } from './check-database'
import { checkConsistency } from './consistency'
import { recordAllCitationsOnce } from '../cms/collections/DocumentCitations/record'
import { runtime } from '../cms/runtime'

export interface BootOptions {
  seed?: boolean
  /** Load (or build) the search index and keep it up to date in this process. */
  search?: boolean
  /** Run scheduled jobs (publishing at a date, nightly validity) in this process — the oldest live server process on the database runs them. */
  cron?: boolean
  /** Follow the change feed (any process that keeps derived state: the server). */
  feed?: boolean
  log?: (line: string) => void
}

/**
 * Opens the database, applies the committed migrations and seeds content/ into an empty
 * database. Returns the one Payload instance the whole process shares.
 */
export async function boot(options: BootOptions = {}): Promise<Payload> {
  const log = options.log ?? ((line: string) => console.log(line))
  const target = await checkDatabase()
  log(`Cơ sở dữ liệu: ${target.kind} (${target.display})`)
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../cms/payload.config')])
  const payload = await getPayload({ config, cron: options.cron === true })
  if (target.kind !== 'mongodb') {
    if (process.env.PAYLOAD_DB_PUSH === '1') {
      // Throw-away databases only (tests while a collection is in development): Payload pushes
      // the schema by itself outside production, so do it here for the production server too.
      if (process.env.NODE_ENV === 'production') {
        const { pushDevSchema } = await import('@payloadcms/drizzle')
        await pushDevSchema(payload.db as never)
      }
    } else {
      await payload.db.migrate()
    }
  }
  // What saves of earlier versions (without transactions) could leave: repaired, one line per kind.
  await checkConsistency(payload, { repair: true, log })
  // Citation rows of a database that has never had them (an upgrade), before any page is served.
  await recordAllCitationsOnce(payload, log)
  runtime().payload = payload
  if (options.seed !== false) await seed(payload, { log })
  // Follows every change committed to the database, by any process (cms/feed/tailer.ts).
  if (options.feed || options.search) await startFeed(payload)
  if (options.search) startSearchService(payload)
  return payload
}
