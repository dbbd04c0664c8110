import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import send from 'send'

/**
 * Serves the built site's static files (dist/client). Hashed assets under /_astro/ are cached
 * for a year; other files for an hour. Returns false when no file matches.
 */
export function createStaticHandler(root: string) {
  const resolvedRoot = path.resolve(root)
  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return false
    }
    const file = path.resolve(resolvedRoot, '.' + decoded)
    if (!file.startsWith(resolvedRoot + path.sep)) return false
    let stat: fs.Stats
    try {
      stat = fs.statSync(file)
    } catch {
      return false
    }
    if (!stat.isFile()) return false
    const immutable = pathname.startsWith('/_astro/')
    send(req, decoded, { root: resolvedRoot, dotfiles: 'deny', index: false, immutable, maxAge: immutable ? '365d' : '1h' }).pipe(res)
    return true
  }
}
