import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export const BASE_DB = path.resolve('data/test/base.db')

/** Builds one migrated, seeded database; every test file works on its own copy (lib/test/setup-db.ts). */
export default async function setup() {
  mkdirSync(path.dirname(BASE_DB), { recursive: true })
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(BASE_DB + suffix, { force: true })
  const env = { ...process.env, DATABASE_URL: `file:${BASE_DB}` }
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env, stdio: 'pipe' })
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['prisma/seed.ts'], { env, stdio: 'pipe' })
}

export function teardown() {
  const dir = path.dirname(BASE_DB)
  for (const f of readdirSync(dir)) if (f.startsWith('t-')) rmSync(path.join(dir, f), { force: true })
}
