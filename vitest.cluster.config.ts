import { defineConfig } from 'vitest/config'

/** Tests that start real portal processes on the built site (run after the build: scripts/test.ts, .ci/run). */
export default defineConfig({
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 400_000,
    fileParallelism: false,
  },
})
