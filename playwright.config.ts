import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3210)
const db = process.env.E2E_DB ?? 'data/e2e/e2e.db'
const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e'

// Debian's chromium where it exists (Playwright cannot download its own browser here).
const executablePath = process.env.PLAYWRIGHT_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // The read-only specs share the server two at a time (each file in one worker); the writing projects run alone.
  workers: 2,
  retries: process.env.CI ? 2 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // One server and one database for the run: the admin specs write (an import, edits), so they run after every read-only spec.
  projects: [
    { name: 'public', testIgnore: ['admin*.spec.ts', 'cache-invalidation.spec.ts'] },
    { name: 'admin', testMatch: 'admin*.spec.ts', dependencies: ['public'], workers: 1 },
    // One write of each kind, checked on the pages it changes: after the admin specs, whose figures it moves.
    { name: 'cache', testMatch: 'cache-invalidation.spec.ts', dependencies: ['admin'], workers: 1 },
  ],
  webServer: {
    command: `node_modules/.bin/tsx e2e/prepare-db.ts && node_modules/.bin/next build && node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}/api/v1/snapshots`,
    timeout: 900_000,
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE === '1',
    env: { E2E_DB: db, DATABASE_URL: `file:./${db}`, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', SESSION_SECRET: 'e2e-session-secret-that-is-at-least-32-characters', ...(process.env.E2E_SEEDED_DB && { E2E_SEEDED_DB: process.env.E2E_SEEDED_DB }), ...(process.env.NEXT_TYPECHECKED && { NEXT_TYPECHECKED: process.env.NEXT_TYPECHECKED }) },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
