import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/** One message as the local SMTP server received it, with the headers and text part decoded. */
export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  text: string
  raw: string
}

// RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=), as nodemailer writes Vietnamese subjects.
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

function textPart(raw: string): string {
  const part = /Content-Type: text\/plain[^]*?\r?\n\r?\n([^]*?)(?:\r?\n--|$)/i.exec(raw)
  if (!part) return ''
  const headers = raw.slice(0, part.index + part[0].indexOf(part[1]!))
  return /quoted-printable/i.test(headers.slice(-300)) ? decodeQuotedPrintable(part[1]!) : /base64/i.test(headers.slice(-300)) ? Buffer.from(part[1]!, 'base64').toString('utf8') : part[1]!
}

/** Starts an SMTP server on a free loopback port that keeps every message; no TLS, no auth (loopback only). */
export async function startSmtpServer(options: { onMail?: (mail: ReceivedMail) => void } = {}): Promise<{
  port: number
  mails: ReceivedMail[]
  waitFor: (pred: (m: ReceivedMail) => boolean, ms?: number) => Promise<ReceivedMail>
  /** Refuses the next `n` messages with a temporary failure (451), as a busy or broken relay would. */
  refuseNext: (n: number) => void
  close: () => Promise<void>
}> {
  const mails: ReceivedMail[] = []
  let refusals = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // The adapter's pooled connection stays open; do not wait 30 s for it when the test ends.
    closeTimeout: 200,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--
          callback(Object.assign(new Error('Hệ thống thư tạm thời bận, thử lại sau'), { responseCode: 451 }))
          return
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? ''
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeWords(subject.replace(/\r?\n[ \t]/g, ' ')),
          text: textPart(raw),
          raw,
        }
        mails.push(mail)
        options.onMail?.(mail)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    mails,
    waitFor: async (pred, ms = 10_000) => {
      const until = Date.now() + ms
      for (;;) {
        const found = mails.find(pred)
        if (found) return found
        if (Date.now() > until) throw new Error(`no matching mail in ${ms} ms (got ${mails.length})`)
        await new Promise((r) => setTimeout(r, 50))
      }
    },
    refuseNext: (n) => {
      refusals = n
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
