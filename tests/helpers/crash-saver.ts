/**
 * A separate process for tests/int/crash-save.test.ts: opens Payload on the database named by
 * DATABASE_URL (schema already there: no push, no migration) and saves a large legal document
 * in a loop — an update of one document, then a create of a new one, each with a full text of
 * CRASH_ARTICLES articles marked with its generation — until it is killed or has done
 * CRASH_ITERATIONS rounds. It opens Payload first, says so, and starts saving when a line
 * `go <generation>` arrives on stdin (so the test can open the next one while this one saves).
 * One JSON line on stdout per event:
 *   {"e":"ready"} · {"e":"saving","op":"update"|"create","g":n,"t":ms} · {"e":"saved","op":…,"g":n,"id":…,"ms":…}
 */
import readline from 'node:readline'

import { largeLegalText } from './large-document'

const env = (name: string) => {
  const v = process.env[name]
  if (!v) throw new Error(`crash-saver: ${name} is not set`)
  return v
}

async function main() {
  const docId = env('CRASH_DOC_ID')
  const articles = Number(process.env.CRASH_ARTICLES ?? 400)
  const iterations = Number(process.env.CRASH_ITERATIONS ?? Infinity)
  const symbolBase = Number(env('CRASH_SYMBOL_BASE'))
  const fields = env('CRASH_FIELDS').split(',').map(Number)
  const refs = JSON.parse(env('CRASH_REFS')) as { documentType: number | string; issuer: number | string }

  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
  const payload = await getPayload({ config })
  const id = /^\d+$/.test(docId) ? Number(docId) : docId
  const say = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(o)}\n`)
  say({ e: 'ready' })
  const go = await new Promise<string>((resolve) => readline.createInterface({ input: process.stdin }).once('line', resolve))
  let g = Number(/^go (\d+)$/.exec(go.trim())?.[1] ?? NaN)
  if (!Number.isInteger(g)) throw new Error(`crash-saver: expected "go <generation>", got ${go}`)
  // Texts are built before the save window opens (the window is the database work and its hooks).
  for (let i = 0; i < iterations; i++) {
    g++
    const text = largeLegalText(g, articles)
    let t = Date.now()
    say({ e: 'saving', op: 'update', g, t })
    await payload.update({
      collection: 'legal-documents',
      id,
      data: { fullText: text, summary: `Trích yếu lần lưu ${g}`, fields: [fields[g % fields.length]] } as never,
      overrideAccess: true,
      depth: 0,
    })
    say({ e: 'saved', op: 'update', g, id, ms: Date.now() - t })

    t = Date.now()
    say({ e: 'saving', op: 'create', g, t })
    const created = await payload.create({
      collection: 'legal-documents',
      data: {
        ...refs,
        numberSymbol: `${symbolBase + g}/2025/NĐ-CP`,
        issuedAt: '2025-03-01T00:00:00+07:00',
        summary: `Văn bản tạo ở lần lưu ${g}`,
        fullText: text,
        fields: [fields[g % fields.length]],
        workflowState: 'published',
        _status: 'published',
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    say({ e: 'saved', op: 'create', g, id: created.id, ms: Date.now() - t })
  }
  await payload.destroy()
  process.exit(0)
}

main().catch((err: unknown) => {
  process.stderr.write(`crash-saver: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
