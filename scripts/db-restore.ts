// npm run db:restore -- <backup file>: replaces the database at DATABASE_URL with the backup.
// Stop the app first (README, Admin). The current database is saved beside the backups as
// pre-restore-<timestamp>.db before anything is overwritten, and the backup is checked first.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { tableCounts } from './db-tables.ts'

const file = process.argv.slice(2).find((a) => a !== '--')
if (!file || !existsSync(file)) {
  process.stderr.write('Usage: npm run db:restore -- <backup file, e.g. data/backups/2026-01-01T00-00-00-000Z.db>\n')
  process.exit(2)
}
const target = (process.env.DATABASE_URL ?? 'file:./data/tracker.db').replace(/^file:/, '')

const backup = new Database(file, { readonly: true, fileMustExist: true })
const integrity = backup.pragma('integrity_check', { simple: true })
if (integrity !== 'ok') {
  process.stderr.write(`${file} fails its integrity check (${integrity}); nothing was restored.\n`)
  process.exit(1)
}
const expected = tableCounts(backup)

if (existsSync(target)) {
  const dir = path.dirname(file)
  mkdirSync(dir, { recursive: true })
  const saved = path.join(dir, `pre-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.db`)
  const current = new Database(target, { readonly: true })
  await current.backup(saved)
  current.close()
  process.stderr.write(`Saved the current database as ${saved}\n`)
}
// The backup API writes through SQLite's pager, so a WAL-mode target is replaced consistently.
await backup.backup(target)
backup.close()

const restored = new Database(target, { readonly: true })
const after = { integrity: restored.pragma('integrity_check', { simple: true }), counts: tableCounts(restored) }
restored.close()
const same = after.integrity === 'ok' && JSON.stringify(after.counts) === JSON.stringify(expected)
process.stderr.write(same ? `Restored ${file} → ${target} (integrity ok, row counts match)\n` : `Restore check failed: ${JSON.stringify(after)}\n`)
process.exitCode = same ? 0 : 1
