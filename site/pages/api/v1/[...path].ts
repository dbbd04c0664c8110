import type { APIRoute } from 'astro'

import { handleApiRequest } from '../../../lib/api/dispatch'
import { clientIp } from '../../../lib/drafts/client-ip'

/** Every /api/v1/* request (JSON, CSV, openapi.json): see site/lib/api/dispatch.ts. */
export const ALL: APIRoute = ({ request, clientAddress }) => handleApiRequest(request, clientIp(request, () => clientAddress))
