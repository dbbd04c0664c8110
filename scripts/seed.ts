import { DatabaseUrlError } from '../cms/database-url'
import { boot } from '../server/boot'

/** `npm run seed`: applies migrations and seeds content/ (idempotent). */
boot()
  .then(async (payload) => {
    await payload.destroy()
    process.exit(0)
  })
  .catch((err: unknown) => {
    console.error(`Lỗi: ${err instanceof DatabaseUrlError ? err.message : (err as Error).message}`)
    process.exit(1)
  })
