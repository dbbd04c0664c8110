import type { Payload } from 'payload'

declare global {
  var __portalPayload: Payload | undefined
}

/**
 * Returns the Payload instance. The portal server initialises Payload once and shares it
 * (one process, one instance for the admin and the site); `astro dev` falls back to getPayload.
 */
export async function payloadInstance(): Promise<Payload> {
  if (globalThis.__portalPayload) return globalThis.__portalPayload
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../../../cms/payload.config'),
  ])
  globalThis.__portalPayload = await getPayload({ config })
  return globalThis.__portalPayload
}
