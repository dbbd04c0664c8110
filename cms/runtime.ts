/**
 * The process's runtime registry: the one place process-wide services are found — the Payload
 * instance, the change-feed tailer, the search service, the stored-page service and the small
 * in-process states that belong to one database (content version, comment grouping, tracking
 * sequences).
 *
 * It lives on ONE globalThis key because one server process loads several copies of the same
 * source: the Astro server bundle (`dist/server`), the admin's Next bundle and the modules tsx
 * loads for `server/` and the scripts. A module-level variable would exist once per copy; this
 * object is the only state they all see. Each slot is declared next to its service (declaration
 * merging into `Runtime`), so the registry names no module above `cms/` and every access is typed.
 */
import type { Payload } from 'payload'

/** The registry's slots; the Payload instance here, the others declared beside their services. */
export interface Runtime {
  /** The one Payload instance of the process (server/boot.ts, or the site's own in `astro dev` and tests). */
  payload?: Payload
}

declare global {
  var __portal: Runtime | undefined
}

/** Returns this process's registry (created on first use). Read a slot, or assign it to register a service. */
export function runtime(): Runtime {
  globalThis.__portal ??= {}
  return globalThis.__portal
}
