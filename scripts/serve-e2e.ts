import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Starts the built portal for browser tests on its own port with a fresh data folder and
 * database (SQLite unless E2E_DATABASE_URL names another), through the same code as `npm start`.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'))
process.env.DATA_DIR = dir
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${path.join(dir, 'e2e.db')}`
process.env.PORT = process.env.E2E_PORT ?? '4399'
process.env.HOST = '127.0.0.1'
process.env.SKIP_BUILD = '1'
process.env.PORTAL_E2E = '1'
// E2E_PUSH=1 pushes the schema instead of migrating (only while a collection is being developed;
// CI always runs the committed migrations).
if (process.env.E2E_PUSH === '1') process.env.PAYLOAD_DB_PUSH = '1'
// A local SMTP server receives the portal's mail; each message is also written as JSON to
// E2E mail folder (e2eMailDir), where browser tests read the links they need (follow confirmation).
const { startSmtpServer } = await import('../tests/helpers/smtp')
const { e2eMailDir } = await import('../tests/helpers/e2e-mail')
const mailDir = e2eMailDir(process.env.PORT)
fs.rmSync(mailDir, { recursive: true, force: true })
fs.mkdirSync(mailDir, { recursive: true })
let mailCount = 0
const smtp = await startSmtpServer({ onMail: (m) => fs.writeFileSync(path.join(mailDir, `${String(++mailCount).padStart(6, '0')}.json`), JSON.stringify(m)) })
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(smtp.port)
process.env.SMTP_FROM ??= 'Cổng thông tin thử <no-reply@vidu.gov.vn>'
// Mail goes out within seconds in browser tests.
process.env.NOTIFY_QUEUE_CRON ??= '*/2 * * * * *'
const cleanup = () => {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(mailDir, { recursive: true, force: true })
}
process.once('exit', cleanup)
await import('./start')
