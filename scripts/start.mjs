#!/usr/bin/env node
// `npm start`: migrate, load the real data when the database is empty, build when needed, serve.
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

process.env.NEXT_TELEMETRY_DISABLED = '1'
// Files this process and the server create (database, WAL, shared memory, session secret, backups) are the owner's alone.
process.umask(0o077)
process.env.DATABASE_URL ??= 'file:./data/tracker.db'
const bin = (name) => path.resolve('node_modules/.bin', name)
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })

const file = process.env.DATABASE_URL.replace(/^file:/, '')
mkdirSync(path.dirname(path.resolve(file)), { recursive: true })

run(bin('prisma'), ['migrate', 'deploy'])
const db = new Database(file)
db.pragma('journal_mode = WAL')
// Databases created before the umask above (or copied in) get the same mode; SQLite gives -wal and -shm the database's mode.
for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600)
const lists = db.prepare('SELECT count(*) AS n FROM "SourceList"').get().n
db.close()
if (lists === 0) {
  console.log('Empty database: loading the real data from prisma/data …')
  run('npm', ['run', '-s', 'db:seed'])
}
// Planner statistics where missing or stale: without them SQLite picks poor indexes as the data grows (README, Performance).
const stats = new Database(file)
stats.pragma('optimize=0x10002')
stats.close()
if (!existsSync('.next/BUILD_ID') || process.env.FORCE_BUILD === '1') run(bin('next'), ['build'], { NODE_ENV: 'production' })

const port = process.env.PORT ?? '3000'
const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
