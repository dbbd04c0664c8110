import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One database with the schema, copied by each integration test file (tests/helpers/template-database.ts).
    globalSetup: ['tests/helpers/template-database.ts'],
  },
})
