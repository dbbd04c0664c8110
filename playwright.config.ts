import crypto from 'node:crypto'

import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 4399)
// The test server's secret, set here so the tests can sign a form's start time as the portal
// does when they post a form directly (the workers inherit it; the first load sets it).
process.env.PAYLOAD_SECRET ||= crypto.randomBytes(16).toString('hex')

/** Browser tests run Debian's Chromium against the built portal on its own port and fresh database. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Browsers send Origin with every write; Payload's CSRF rule ignores a session cookie on a
    // write without it, so the tests' direct API calls send it too (tests/e2e/csrf.spec.ts turns it off).
    extraHTTPHeaders: { Origin: `http://127.0.0.1:${port}` },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'tsx scripts/serve-e2e.ts',
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port), PAYLOAD_SECRET: process.env.PAYLOAD_SECRET },
  },
})
