/**
 * Signed originals benchmark (#15): verification time of a signed PDF of about 1 MB and 10 MB and
 * memory during a 10 MB check, each as a ratio to a baseline measured in the same run on the same
 * bytes: SHA-256 of the file (what any check of a copy costs at least). Text extraction per page
 * is measured by bench/pdf-text/run.ts. Prints one JSON object.
 *
 *   npx tsx bench/signatures/run.ts [--rounds 5]
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'

import { loadTrustList } from '../../cms/lib/signatures/trust'
import { verifyFileSignatures } from '../../cms/lib/signatures/verify'
import { makeTestCa, signPdf } from '../../tests/helpers/signing'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(v) && v > 0 ? v : fallback
}
const ROUNDS = arg('rounds', 5)

const LINE = 'Điều 1. Cơ quan nhà nước ưu tiên sử dụng văn bản điện tử, chữ ký số trong trao đổi văn bản.'

/** Returns a PDF of about `megabytes` MB: text pages, padded with an incompressible attachment stream, as scans and annexes make files large. */
async function pdfOfSize(megabytes: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const font = await doc.embedFont(fs.readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'), { subset: true })
  for (let p = 0; p < 5; p++) {
    const page = doc.addPage([595.28, 841.89])
    for (let i = 0; i < 40; i++) page.drawText(LINE, { x: 40, y: 800 - i * 18, size: 9, font })
  }
  const noise = new Uint8Array(Math.round(megabytes * 1024 * 1024) - 60_000)
  for (let i = 0; i < noise.length; i += 65_536) globalThis.crypto.getRandomValues(noise.subarray(i, Math.min(i + 65_536, noise.length)))
  await doc.attach(noise, 'phu-luc.bin', { mimeType: 'application/octet-stream' })
  return doc.save({ useObjectStreams: false })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - t) / 1e6
}
async function medianMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < ROUNDS; i++) times.push(await timed(fn))
  return median(times)
}
const round = (n: number, d = 2) => Number(n.toFixed(d))

async function main() {
  const ca = await makeTestCa()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-trust-'))
  fs.writeFileSync(path.join(dir, 'root.pem'), ca.root.pem)
  const trust = loadTrustList(dir)

  const verification: Record<string, unknown> = {}
  let peakDuring10 = 0
  let rssBefore10 = 0
  for (const mb of [1, 10]) {
    const file = await signPdf(await pdfOfSize(mb), ca)
    const check = await verifyFileSignatures(file, trust)
    if (check.status !== 'valid') throw new Error(`bench file not valid: ${check.status}`)
    const hashMs = await medianMs(() => createHash('sha256').update(file).digest())
    if (mb === 10) rssBefore10 = process.memoryUsage().rss
    let peak = 0
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
    const verifyMs = await medianMs(() => verifyFileSignatures(file, trust))
    clearInterval(sampler)
    if (mb === 10) peakDuring10 = peak
    verification[`${mb}MB`] = { bytes: file.length, verifyMs: round(verifyMs), sha256Ms: round(hashMs), ratioToSha256: round(verifyMs / hashMs) }
  }

  console.log(
    JSON.stringify(
      {
        bench: 'signatures',
        rounds: ROUNDS,
        node: process.version,
        cpus: os.cpus().length,
        verification,
        memory: {
          rssBefore10MBCheckMiB: round(rssBefore10 / 2 ** 20, 1),
          peakRssDuring10MBCheckMiB: round(peakDuring10 / 2 ** 20, 1),
          ratioPeakToBefore: round(peakDuring10 / rssBefore10),
        },
      },
      null,
      2,
    ),
  )
}

await main()
