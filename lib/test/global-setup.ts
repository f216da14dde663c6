import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const dir = path.resolve('data/test')
// One base per run, so that runs started side by side never share (or delete) each other's files.
const runId = `${process.pid}`
const base = path.join(dir, `base-${runId}.db`)

/** Builds one migrated, seeded database; every test file works on its own copy (lib/test/setup-db.ts). */
export default async function setup() {
  mkdirSync(dir, { recursive: true })
  process.env.TEST_RUN_ID = runId
  // TEST_SEEDED_DB names an already seeded database to copy instead of seeding again: `npm test` seeds once for all its
  // suites (scripts/test.sh), and local iteration reuses one.
  if (!process.env.TEST_SEEDED_DB) {
    const env = { ...process.env, DATABASE_URL: `file:${base}` }
    execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env, stdio: 'pipe' })
    execFileSync('npm', ['run', '-s', 'db:seed'], { env, stdio: 'pipe' })
  }
  const baseDb = process.env.TEST_SEEDED_DB ?? base
  process.env.TEST_BASE_DB = baseDb
  // This run's base and per-file copies, and any file a process reopened after its test file ended.
  return () => {
    const where = path.dirname(baseDb)
    for (const f of readdirSync(where)) if (f.startsWith(`base-${runId}.`) || f.startsWith(`t-${runId}-`)) rmSync(path.join(where, f), { force: true })
  }
}
