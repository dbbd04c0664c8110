import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { seedSampleTrust } from '../../../cms/seed/attachments'

const saved = { ...process.env }
afterEach(() => {
  for (const key of ['DATA_DIR', 'SIGNATURE_TRUST_DIR', 'SEED_SAMPLE_TRUST', 'NODE_ENV', 'PUBLIC_HOST']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

function trial(env: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-'))
  process.env.DATA_DIR = dir
  for (const key of ['SIGNATURE_TRUST_DIR', 'SEED_SAMPLE_TRUST', 'PUBLIC_HOST']) delete process.env[key]
  ;(process.env as Record<string, string | undefined>).NODE_ENV = 'development'
  Object.assign(process.env, env)
  seedSampleTrust(() => undefined)
  const trust = path.join(dir, 'trust')
  return fs.existsSync(trust) ? fs.readdirSync(trust) : []
}

describe('the seed’s sample CA', () => {
  it('is trusted on a trial portal, under a name that says it is a sample', () => {
    expect(trial({})).toEqual(['MAU-ca-goc-mau.pem'])
  })

  it('is never trusted in a deployment, with the agency’s own trust list, or when turned off', () => {
    expect(trial({ NODE_ENV: 'production', PUBLIC_HOST: 'congthongtin.vidu.gov.vn' })).toEqual([])
    expect(trial({ SIGNATURE_TRUST_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'own-trust-')) })).toEqual([])
    expect(trial({ SEED_SAMPLE_TRUST: '0' })).toEqual([])
  })
})
