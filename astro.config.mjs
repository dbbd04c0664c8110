// @ts-check
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// The public site. It is built in middleware mode so one Node server (scripts/server.ts) can
// serve it together with Payload's admin on the same origin.
export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  // DIST_DIR lets parallel work trees build side by side (default dist/).
  outDir: process.env.DIST_DIR ?? './dist',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'ignore',
  security: { checkOrigin: true },
  build: { inlineStylesheets: 'never' },
  vite: {
    // Keep every script and style as a file so the Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
})
