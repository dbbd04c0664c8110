/**
 * Payload's email adapter on nodemailer (SMTP). `@payloadcms/email-nodemailer` has no release
 * for Payload 3.90.2, and the adapter interface is three fields and one function. Without
 * SMTP_HOST mail is only logged (subject, never the address or body: they are personal data).
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/** SMTP settings read from the environment. */
export interface SmtpSettings {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
  fromAddress: string
  fromName: string
}

const DEFAULT_FROM = { address: 'no-reply@localhost', name: 'Cổng thông tin điện tử' }

/** Returns `{ name, address }` from "Name <address>" or a bare address. */
export function parseFrom(value: string | undefined): { name: string; address: string } {
  const text = String(value ?? '').trim()
  const m = /^(.*)<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  if (m) return { name: m[1]!.trim().replace(/^"|"$/g, '') || DEFAULT_FROM.name, address: m[2]! }
  return /^[^\s@]+@[^\s@]+$/.test(text) ? { name: DEFAULT_FROM.name, address: text } : DEFAULT_FROM
}

/** Returns the SMTP settings from SMTP_HOST, SMTP_PORT (587), SMTP_SECURE (on for 465), SMTP_USER, SMTP_PASS, SMTP_FROM; null without SMTP_HOST. */
export function smtpSettingsFromEnv(env: Record<string, string | undefined> = process.env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const port = Number.parseInt(env.SMTP_PORT ?? '587', 10) || 587
  const from = parseFrom(env.SMTP_FROM)
  return {
    host,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true' : port === 465,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    fromAddress: from.address,
    fromName: from.name,
  }
}

/** Returns Payload's email adapter: SMTP through nodemailer when SMTP_HOST is set (read at start-up), else a log line per message. */
export function smtpEmailAdapter(): EmailAdapter {
  return ({ payload }) => {
    const settings = smtpSettingsFromEnv()
    if (!settings) {
      const from = parseFrom(process.env.SMTP_FROM)
      return {
        name: 'log',
        defaultFromAddress: from.address,
        defaultFromName: from.name,
        sendEmail: async (message: SendEmailOptions) => {
          payload.logger.info(`Thư không được gửi (chưa đặt SMTP_HOST): "${String(message.subject ?? '')}"`)
          return { logged: true }
        },
      }
    }
    // A pool keeps a few connections open: receipts come in bursts when a draft draws a campaign.
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.pass ?? '' } : undefined,
      pool: true,
      maxConnections: 3,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    })
    return {
      name: 'smtp',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: async (message: SendEmailOptions) => {
        const from = message.from ?? { name: settings.fromName, address: settings.fromAddress }
        return transport.sendMail({ ...message, from } as Parameters<typeof transport.sendMail>[0])
      },
    }
  }
}
