import path from 'node:path'

import { dataDir, projectRoot } from './paths'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface DatabaseTarget {
  kind: DatabaseKind
  url: string
  /** The URL with any password replaced, for logs and error messages. */
  display: string
}

/** Thrown for a DATABASE_URL that cannot work; its message is one line meant for the operator. */
export class DatabaseUrlError extends Error {}

/** Returns the default database URL: an SQLite file in the data folder. */
export function defaultDatabaseUrl(): string {
  return `file:${path.join(dataDir(), 'portal.db')}`
}

/**
 * Parses DATABASE_URL into the adapter to use. `file:` paths are resolved from the project root;
 * anything else gets a one-line explanation instead of a stack trace.
 */
export function parseDatabaseUrl(raw = process.env.DATABASE_URL): DatabaseTarget {
  const url = raw?.trim() || defaultDatabaseUrl()
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    if (!file) throw new DatabaseUrlError('DATABASE_URL "file:" thiếu đường dẫn tệp SQLite (ví dụ file:./data/portal.db)')
    const absolute = path.resolve(projectRoot(), file)
    return { kind: 'sqlite', url: `file:${absolute}`, display: `file:${absolute}` }
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new DatabaseUrlError(
      `DATABASE_URL không hợp lệ: "${url}". Dùng file:./data/portal.db, postgres://… hoặc mongodb://…`,
    )
  }
  const display = parsed.password ? url.replace(`:${parsed.password}@`, ':***@') : url
  if (parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:') return { kind: 'postgres', url, display }
  if (parsed.protocol === 'mongodb:' || parsed.protocol === 'mongodb+srv:') return { kind: 'mongodb', url, display }
  throw new DatabaseUrlError(
    `DATABASE_URL dùng giao thức "${parsed.protocol}" không được hỗ trợ: dùng file:, postgres:// hoặc mongodb://`,
  )
}
