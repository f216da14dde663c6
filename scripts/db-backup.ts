// npm run db:backup [-- --dir <folder>]: an online, consistent copy of the database (SQLite's
// backup API through better-sqlite3) while the app keeps serving. Writes <dir>/<timestamp>.db.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { tableCounts } from './db-tables.ts'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'data/backups' } } })
const source = (process.env.DATABASE_URL ?? 'file:./data/tracker.db').replace(/^file:/, '')
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
mkdirSync(values.dir!, { recursive: true })
const target = path.join(values.dir!, `${stamp}.db`)

const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 })
try {
  await db.backup(target)
} finally {
  db.close()
}
const copy = new Database(target, { readonly: true })
const integrity = copy.pragma('integrity_check', { simple: true })
const counts = tableCounts(copy)
copy.close()
if (integrity !== 'ok') {
  process.stderr.write(`Backup ${target} failed its integrity check: ${integrity}\n`)
  process.exitCode = 1
} else {
  process.stderr.write(`Backed up ${source} → ${target} (integrity ok; ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')})\n`)
  process.stdout.write(`${target}\n`)
}
