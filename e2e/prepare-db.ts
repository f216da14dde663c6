import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/** A fresh database for the e2e run: migrated and loaded with the real data, like `npm start`.
 *  Runs as the first step of Playwright's webServer command, which starts before any global setup. */
function prepareDb() {
  const db = path.resolve(process.env.E2E_DB ?? 'data/e2e/e2e.db')
  mkdirSync(path.dirname(db), { recursive: true })
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true })
  // `npm test` seeds once for Vitest and Playwright (scripts/test.sh) and names the file here.
  if (process.env.E2E_SEEDED_DB) return copyFileSync(process.env.E2E_SEEDED_DB, db)
  const env = { ...process.env, DATABASE_URL: `file:${db}` }
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env, stdio: 'pipe' })
  execFileSync('npm', ['run', '-s', 'db:seed'], { env, stdio: 'pipe' })
}

prepareDb()
