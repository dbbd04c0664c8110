import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { ReceivedMail } from './smtp'

/** The folder where the e2e server's SMTP sink writes each message (scripts/serve-e2e.ts), per port. */
export function e2eMailDir(port: string | number | undefined): string {
  return path.join(os.tmpdir(), `portal-e2e-mail-${port ?? '4399'}`)
}

/** Waits for a message the e2e server sent that matches `pred`. */
export async function waitForE2eMail(port: string | number, pred: (m: ReceivedMail) => boolean, ms = 30_000): Promise<ReceivedMail> {
  const dir = e2eMailDir(port)
  const until = Date.now() + ms
  for (;;) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
    for (const f of files) {
      const mail = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ReceivedMail
      if (pred(mail)) return mail
    }
    if (Date.now() > until) throw new Error(`no matching mail in ${ms} ms (got ${files.length})`)
    await new Promise((r) => setTimeout(r, 250))
  }
}
