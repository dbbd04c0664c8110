/**
 * A second process editing the same database, for tests/int/page-store-demand.test.ts: opens
 * Payload on DATABASE_URL (schema already there: no push), sets the summary of the legal document
 * EDIT_ID to EDIT_SUMMARY, prints {"e":"done"} and exits.
 */
export {}

async function main() {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
  const payload = await getPayload({ config })
  await payload.update({ collection: 'legal-documents', id: process.env.EDIT_ID!, data: { summary: process.env.EDIT_SUMMARY } as never, overrideAccess: true, depth: 0 })
  process.stdout.write(`${JSON.stringify({ e: 'done' })}\n`)
  await payload.destroy()
  process.exit(0)
}

main().catch((err: unknown) => {
  process.stderr.write(`second-editor: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
