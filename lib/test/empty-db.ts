import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '../db'
import type { ListKind } from '../import/parse-list'

const HISTORY = path.resolve('prisma/data/ice-history')
const actor = { actor: 'test', channel: 'cli' as const }

/**
 * A migrated database holding nothing, for tests about what a few ICE lists do on their own. Call before anything imports
 * lib/db: it points DATABASE_URL at the new file.
 */
export async function emptyDb() {
  const file = path.resolve('data/test', `empty-${randomUUID()}.db`)
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: 'pipe' })
  process.env.DATABASE_URL = `file:${file}`
  const db: Db = (await import('../db')).db
  const { importFile } = await import('../import/import-file')
  /** Imports one file of prisma/data/ice-history/<kind>/ as of the manifest's date. */
  const load = (kind: ListKind, fileName: string, asOf: string, dryRun = false) =>
    importFile(db, readFileSync(path.join(HISTORY, kind, fileName)), { fileName, asOf, kind, actor, dryRun })
  const cleanup = async () => {
    await db.$disconnect()
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
  }
  return { db, load, cleanup }
}
