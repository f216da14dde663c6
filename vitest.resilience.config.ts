import path from 'node:path'
import { defineConfig } from 'vitest/config'

/** `npm run test:resilience`: authorisation sweep, fuzzing, faults, concurrency, load, injection, backup. Not part of `npm test`. */
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'lib/test/server-only-stub.ts'),
      'next/cache': path.resolve(import.meta.dirname, 'lib/test/next-cache-stub.ts'),
    },
  },
  test: {
    include: ['resilience/**/*.test.ts'],
    globalSetup: ['lib/test/global-setup.ts'],
    setupFiles: ['lib/test/setup-db.ts', 'resilience/helpers/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // One suite at a time: the load test measures the app, not the app competing with fuzzing and kill -9 runs for two cores.
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['verbose'],
  },
})
