// Builds the public copy of the database: `node build-public-db.mjs <source.db> <out.db>`.
// Plain JavaScript run in a child process, so the copy (seconds of synchronous SQLite work) never blocks the server.
import { renameSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'

/** Tables that hold people or private workflow: accounts, sessions, tokens, sign-in attempts, the audit trail (actor
 * e-mails), the public's correction suggestions (client hashes) and the editors' merge queue (decidedBy e-mails). */
export const PRIVATE_TABLES = ['User', 'Session', 'ApiToken', 'AuditLog', 'LoginAttempt', 'CorrectionSuggestion', 'MergeCandidate']
/** Columns dropped from public tables: who imported a list (an admin's e-mail). */
export const DROPPED_COLUMNS = [['SourceList', 'importedBy']]
/** The original files (44 MB), served one by one at /api/v1/snapshots/:id/file. */
export const FILE_TABLES = ['SourceFile']

const quote = (name) => `"${name.replaceAll('"', '""')}"`

export function buildPublicDb(source, out) {
  const tmp = `${out}.${process.pid}.tmp`
  rmSync(tmp, { force: true })
  const src = new Database(source, { readonly: true, fileMustExist: true })
  try {
    // A consistent snapshot of the whole file, taken inside one read transaction; the source is never written.
    src.prepare('VACUUM INTO ?').run(tmp)
  } finally {
    src.close()
  }
  const db = new Database(tmp)
  try {
    db.pragma('foreign_keys = OFF')
    db.pragma('journal_mode = DELETE')
    // The search index (FTS5 and its shadow tables) is rebuilt from Agency by the app; it is not part of the record.
    const fts = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'agency\\_search%' ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).all()
    const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all()
    db.transaction(() => {
      for (const t of triggers) db.exec(`DROP TRIGGER ${quote(t.name)}`)
      for (const t of fts) db.exec(`DROP TABLE ${quote(t.name)}`)
      for (const t of [...PRIVATE_TABLES, ...FILE_TABLES]) db.exec(`DROP TABLE IF EXISTS ${quote(t)}`)
      for (const [t, c] of DROPPED_COLUMNS) db.exec(`ALTER TABLE ${quote(t)} DROP COLUMN ${quote(c)}`)
    })()
    db.exec('VACUUM')
  } finally {
    db.close()
  }
  renameSync(tmp, out)
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [source, out] = process.argv.slice(2)
  if (!source || !out) {
    console.error('usage: node build-public-db.mjs <source.db> <out.db>')
    process.exit(2)
  }
  try {
    buildPublicDb(source, out)
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(1)
  }
}
