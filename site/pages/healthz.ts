import type { APIRoute } from 'astro'

import { checkHealth } from '../lib/cms/health'
import { payloadInstance } from '../lib/cms/payload'

/** GET /healthz: 200 {"status":"ok","db":"ok"} or 503 with "db":"error". */
export const GET: APIRoute = async () => {
  let health
  try {
    health = await checkHealth(await payloadInstance())
  } catch {
    health = { status: 'error', db: 'error', uptimeSeconds: Math.round(process.uptime()), search: 'off', pages: 'off', feed: 'off' }
  }
  return new Response(JSON.stringify(health), {
    status: health.db === 'ok' ? 200 : 503,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
