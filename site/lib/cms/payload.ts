import type { Payload } from 'payload'
import { runtime } from '../../../cms/runtime'

/**
 * Returns the Payload instance. The portal server initialises Payload once and shares it
 * (one process, one instance for the admin and the site); `astro dev` falls back to getPayload.
 */
export async function payloadInstance(): Promise<Payload> {
  const shared = runtime().payload
  if (shared) return shared
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../../../cms/payload.config'),
  ])
  return (runtime().payload = await getPayload({ config }))
}
