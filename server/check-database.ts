import fs from 'node:fs'
import path from 'node:path'

import { type DatabaseTarget, DatabaseUrlError, parseDatabaseUrl } from '../cms/database-url'

/**
 * Checks that DATABASE_URL names a database we can reach, before Payload tries (its adapters
 * log stack traces or exit). Throws DatabaseUrlError with one line for the operator.
 */
export async function checkDatabase(): Promise<DatabaseTarget> {
  const target = parseDatabaseUrl()
  if (target.kind === 'sqlite') {
    const file = target.url.slice('file:'.length)
    const dir = path.dirname(file)
    try {
      fs.mkdirSync(dir, { recursive: true })
      fs.accessSync(dir, fs.constants.W_OK)
      if (fs.existsSync(file)) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK)
    } catch (err) {
      throw new DatabaseUrlError(`Không ghi được tệp SQLite ${file}: ${(err as Error).message}`)
    }
    return target
  }
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5000 })
    try {
      await client.connect()
      await client.query('select 1')
    } catch (err) {
      throw new DatabaseUrlError(`Không kết nối được PostgreSQL (${target.display}): ${(err as Error).message}`)
    } finally {
      await client.end().catch(() => undefined)
    }
    return target
  }
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(target.url, { serverSelectionTimeoutMS: 5000 })
  try {
    await client.connect()
    await client.db().command({ ping: 1 })
  } catch (err) {
    throw new DatabaseUrlError(`Không kết nối được MongoDB (${target.display}): ${(err as Error).message}`)
  } finally {
    await client.close().catch(() => undefined)
  }
  return target
}
