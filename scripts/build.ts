import { ensureBuilt } from './lib/build'

/** `npm run build`: rebuilds the public site and the admin unconditionally. */
ensureBuilt({ force: true })
