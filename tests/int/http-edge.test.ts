/**
 * The HTTP edge, on a real Node server with the portal's own guards: oversized bodies (declared
 * or chunked) refused before they are read, long URLs and headers answered rather than reset,
 * cookie-authenticated writes from other origins refused, the client address not forgeable.
 */
import http from 'node:http'
import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicOrigin, publicUrl, trustedOrigins } from '../../cms/lib/public-url'
import { answerClientError, HEADER_LIMIT, limitBody, refuseCrossOriginWrite, refuseLongUrl, stampClientAddress } from '../../server/limits'

const LIMIT = 64 * 1024
let server: http.Server
let port = 0
let lastRead = 0
let lastIp = ''

beforeAll(async () => {
  server = http.createServer({ maxHeaderSize: HEADER_LIMIT }, (req, res) => {
    if (refuseLongUrl(req, res)) return
    if (!limitBody(req, res, LIMIT)) return
    if (refuseCrossOriginWrite(req, res)) return
    stampClientAddress(req)
    lastIp = String(req.headers['x-portal-client-ip'])
    let read = 0
    req.on('data', (c: Buffer) => (read += c.length))
    req.on('end', () => {
      lastRead = read
      if (!res.headersSent) res.end(`read ${read}`)
    })
    req.on('error', () => undefined)
  })
  server.on('clientError', answerClientError)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  port = (server.address() as net.AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((r) => server.close(() => r()))
})

/** Sends raw bytes and returns the status line and how many body bytes were accepted by the socket before the answer. */
function raw(head: string, body?: { chunks: number; size: number }): Promise<{ status: number; text: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    let sent = 0
    let stop = false
    socket.on('data', (d) => {
      answer += d.toString('utf8')
      stop = true
    })
    socket.on('error', () => undefined)
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
      if (!status) reject(new Error(`no answer (sent ${sent}): ${answer.slice(0, 200)}`))
      else resolve({ status, text: answer.split('\r\n\r\n').slice(1).join('\r\n\r\n'), sent })
    })
    socket.write(head, async () => {
      if (!body) return
      const chunk = Buffer.alloc(body.size, 'a')
      for (let i = 0; i < body.chunks && !stop && !socket.destroyed; i++) {
        const frame = Buffer.concat([Buffer.from(`${body.size.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
        await new Promise<void>((r) => socket.write(frame, () => r()))
        sent += body.size
        await new Promise((r) => setTimeout(r, 1))
      }
      if (!socket.destroyed && !stop) socket.write('0\r\n\r\n')
    })
  })
}

describe('request limits', () => {
  it('refuses a chunked body past the limit with 413 before the rest is sent', async () => {
    const r = await raw('POST /form HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n', { chunks: 4096, size: 16 * 1024 })
    expect(r.status).toBe(413)
    expect(r.text).toMatch(/quá lớn/)
    // 4096 × 16 KB = 64 MB offered; the server stopped it long before.
    expect(r.sent).toBeLessThan(16 * 1024 * 1024)
  })

  it('refuses a declared oversized body at once', async () => {
    const r = await raw(`POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: ${300 * 1024 * 1024}\r\nConnection: close\r\n\r\n`)
    expect(r.status).toBe(413)
  })

  it('passes a body within the limit whole', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/form`, { method: 'POST', body: 'x'.repeat(LIMIT - 10) })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(`read ${LIMIT - 10}`)
    expect(lastRead).toBe(LIMIT - 10)
  })

  it('answers a 100 KB URL with 414 and a huge header with 431 instead of resetting', async () => {
    const longUrl = await raw(`GET /van-ban?q=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
    expect(longUrl.status).toBe(414)
    const mid = await raw(`GET /van-ban?q=${'a'.repeat(10_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
    expect(mid.status).toBe(414)
    const header = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(60_000)}\r\nConnection: close\r\n\r\n`)
    expect(header.status).toBe(431)
  })
})

describe('cross-origin writes and the client address', () => {
  it('refuses a cookie-authenticated write from another origin, whatever the content type', async () => {
    for (const type of ['application/json', 'multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded']) {
      const res = await fetch(`http://127.0.0.1:${port}/api/users`, { method: 'POST', headers: { cookie: 'payload-token=abc', origin: 'http://evil.example', 'content-type': type }, body: '{}' })
      expect(res.status, type).toBe(403)
    }
    const same = await fetch(`http://127.0.0.1:${port}/api/users`, { method: 'POST', headers: { cookie: 'payload-token=abc', origin: trustedOrigins()[0]!, 'content-type': 'application/json' }, body: '{}' })
    expect(same.status).toBe(200)
  })

  it('replaces a forged client-address header with the socket address', async () => {
    await fetch(`http://127.0.0.1:${port}/x`, { headers: { 'x-portal-client-ip': '6.6.6.6' } })
    expect(lastIp).toBe('127.0.0.1')
  })
})

describe('the public address comes from configuration', () => {
  it('uses PUBLIC_HOST (host or origin), else the listen address', () => {
    const saved = { ...process.env }
    try {
      process.env.PUBLIC_HOST = 'congthongtin.vidu.gov.vn'
      expect(publicOrigin()).toBe('https://congthongtin.vidu.gov.vn')
      expect(publicUrl('/van-ban/2012/15-ct-ttg')).toBe('https://congthongtin.vidu.gov.vn/van-ban/2012/15-ct-ttg')
      process.env.PUBLIC_HOST = 'http://127.0.0.1:4399'
      expect(publicOrigin()).toBe('http://127.0.0.1:4399')
      delete process.env.PUBLIC_HOST
      process.env.HOST = '0.0.0.0'
      process.env.PORT = '4555'
      expect(publicOrigin()).toBe('http://127.0.0.1:4555')
    } finally {
      process.env = saved
    }
  })
})
