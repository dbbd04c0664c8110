/**
 * A second process writing the same database, for tests/int/atomic-saves.test.ts: opens Payload
 * on DATABASE_URL (schema already there: no push, no migration), says {"e":"ready"}, waits for a
 * line `go` on stdin, then creates WRITER_COUNT legal documents numbered from WRITER_BASE and
 * updates each once, and prints {"e":"done","created":[ids],"errors":[messages]}.
 */
import readline from 'node:readline'

async function main() {
  const count = Number(process.env.WRITER_COUNT ?? 15)
  const base = Number(process.env.WRITER_BASE ?? 3000)
  const refs = JSON.parse(process.env.WRITER_REFS ?? '{}') as { documentType: number | string; issuer: number | string }
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
  const payload = await getPayload({ config })
  const say = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(o)}\n`)
  say({ e: 'ready' })
  await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once('line', resolve))
  const created: (number | string)[] = []
  const errors: string[] = []
  for (let i = 0; i < count; i++) {
    try {
      const doc = await payload.create({
        collection: 'legal-documents',
        data: {
          ...refs,
          numberSymbol: `${base + i}/2025/NĐ-CP`,
          issuedAt: '2025-04-01T00:00:00+07:00',
          summary: `Văn bản của tiến trình thứ hai số ${i}`,
          fullText: `NGHỊ ĐỊNH\nVề việc thử nghiệm\n\nĐiều 1. Phạm vi\nTiến trình thứ hai, văn bản ${i}.\n\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.`,
          workflowState: 'published',
          _status: 'published',
        } as never,
        overrideAccess: true,
        depth: 0,
      })
      created.push(doc.id)
      await payload.update({ collection: 'legal-documents', id: doc.id, data: { summary: `Văn bản của tiến trình thứ hai số ${i} (đã sửa)` } as never, overrideAccess: true, depth: 0 })
    } catch (err) {
      errors.push(`${(err as { code?: string }).code ?? ''} ${(err as Error).message}`.trim())
    }
  }
  say({ e: 'done', created, errors })
  await payload.destroy()
  process.exit(0)
}

main().catch((err: unknown) => {
  process.stderr.write(`second-writer: ${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
