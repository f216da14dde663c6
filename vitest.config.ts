import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'lib/test/server-only-stub.ts'),
      'next/cache': path.resolve(import.meta.dirname, 'lib/test/next-cache-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'prisma/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['lib/test/global-setup.ts'],
    setupFiles: ['lib/test/setup-db.ts'],
    testTimeout: 60_000,
    // Import workers run at nice 10 in production (readers first); here they share the machine with other suites at
    // nice 0, where a niced import outlasts the test timeout.
    env: { IMPORT_NICE: '0' },
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
})
