import { copyFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll } from 'vitest'

const base = process.env.TEST_BASE_DB
if (!base) throw new Error('TEST_BASE_DB is not set: run tests through vitest (lib/test/global-setup.ts builds it).')
const runId = process.env.TEST_RUN_ID ?? 'x'
const file = path.join(path.dirname(base), `t-${runId}-${randomUUID()}.db`)
copyFileSync(base, file)
process.env.DATABASE_URL = `file:${file}`

// Each copy is the whole seeded record (~110 MB): one left per test file filled the disk by gigabytes a run.
afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true })
})
