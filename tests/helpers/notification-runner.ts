/**
 * A second process running the notification queue, for tests/int/notifications.test.ts: opens
 * Payload on DATABASE_URL (schema already there: no push, no migration) with SMTP_HOST/SMTP_PORT
 * pointing at a server that accepts connections and never answers, says {"e":"ready"}, then runs
 * the notifications queue once (it hangs in the SMTP greeting until the test kills it).
 */
async function main() {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
  const payload = await getPayload({ config })
  process.stdout.write(`${JSON.stringify({ e: 'ready' })}\n`)
  await payload.jobs.run({ queue: 'notifications', limit: 10 })
  process.stdout.write(`${JSON.stringify({ e: 'ran' })}\n`)
  await payload.destroy()
  process.exit(0)
}

main().catch((err: unknown) => {
  process.stderr.write(`notification-runner: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
