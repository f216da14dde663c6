import Database from 'better-sqlite3'

process.env.SESSION_SECRET ??= 'resilience-session-secret-that-is-32-chars-or-more'
// Production runs SQLite in WAL mode (scripts/start.mjs); the suites run the same way.
const db = new Database(process.env.DATABASE_URL!.replace(/^file:/, ''))
db.pragma('journal_mode = WAL')
db.close()
