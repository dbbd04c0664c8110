import type { APIRoute } from 'astro'

import { exportReport } from '../../lib/stats/directive15-export'

/** GET /thong-ke/chi-thi-15.json?nam=2025 (or ?tu=…&den=…): the Directive 15 report, item by item, as JSON. */
export const GET: APIRoute = ({ request, url }) => exportReport(request, url, 'json')
