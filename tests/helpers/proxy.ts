import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'

import { fromRoot } from '../../cms/paths'

export const PORTAL_NAME = 'congthongtin.vidu.gov.vn'
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p))

/** Is nginx installed (CI installs it; tests that need it say so when it is missing)? */
export const nginxAvailable = Boolean(NGINX)

export interface Proxy {
  httpPort: number
  httpsPort: number
  stop(): Promise<void>
}

/**
 * Runs the documented configuration (docs/deploy/nginx.conf) as it is, with only what an operator
 * replaces changed: the ports, the instances' addresses, a certificate (made here with openssl),
 * and paths of its own pid and logs.
 */
export async function startProxy(instancePorts: [number, number], httpPort: number, httpsPort: number): Promise<Proxy> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx)')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  const key = path.join(dir, 'privkey.pem')
  const cert = path.join(dir, 'fullchain.pem')
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${PORTAL_NAME}`, '-addext', `subjectAltName=DNS:${PORTAL_NAME}`], { encoding: 'utf8' })
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`)
  const [a, b] = instancePorts
  const conf = fs
    .readFileSync(fromRoot('docs/deploy/nginx.conf'), 'utf8')
    .replace(/^user .*$/m, '')
    .replace(/^pid .*$/m, `pid ${dir}/nginx.pid;`)
    .replace(/^error_log .*$/m, `error_log ${dir}/error.log warn;`)
    .replace(/access_log \/var\/log\/nginx\/access\.log/g, `access_log ${dir}/access.log`)
    .replace(/^\s*listen \[::\]:.*$/gm, '')
    .replace(/listen 80 /g, `listen 127.0.0.1:${httpPort} `)
    .replace(/listen 443 /g, `listen 127.0.0.1:${httpsPort} `)
    .replace(/\/etc\/ssl\/congthongtin\/fullchain\.pem/g, cert)
    .replace(/\/etc\/ssl\/congthongtin\/privkey\.pem/g, key)
    .replace(/127\.0\.0\.1:4321/g, `127.0.0.1:${a}`)
    .replace(/127\.0\.0\.1:4322/g, `127.0.0.1:${b}`)
    .replace(/\/healthz\/4321/g, `/healthz/${a}`)
    .replace(/\/healthz\/4322/g, `/healthz/${b}`)
    // The redirect names the HTTPS port the test listens on.
    .replace(/return 301 https:\/\/congthongtin\.vidu\.gov\.vn\$request_uri;/, `return 301 https://${PORTAL_NAME}:${httpsPort}$request_uri;`)
  const file = path.join(dir, 'nginx.conf')
  fs.writeFileSync(file, conf)
  const check = spawnSync(NGINX, ['-t', '-c', file, '-p', dir], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`)
  const proc: ChildProcess = spawn(NGINX, ['-c', file, '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  for (let i = 0; i < 50; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited: ${stderr}`)
    const ok = await request(httpsPort, '/healthz').then(() => true, () => false)
    if (ok) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    httpPort,
    httpsPort,
    stop: async () => {
      proc.kill('SIGQUIT')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** An HTTPS request through the proxy, as a reader's browser sends it (name by SNI and Host). */
export function request(port: number, pathname: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', servername: PORTAL_NAME, rejectUnauthorized: false, headers: { Host: PORTAL_NAME, ...options.headers } },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (d: string) => (body += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')))
    req.end(options.body)
  })
}
