import { copyFileSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

const base = process.env.TEST_BASE_DB
if (!base) throw new Error('TEST_BASE_DB is not set: run tests through vitest (lib/test/global-setup.ts builds it).')
const runId = /base-(\d+)\.db$/.exec(base)?.[1] ?? 'x'
const file = path.join(path.dirname(base), `t-${runId}-${randomUUID()}.db`)
copyFileSync(base, file)
process.env.DATABASE_URL = `file:${file}`
