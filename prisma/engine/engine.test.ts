import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const prisma = (args: string[], url: string) =>
  run(path.resolve('node_modules/.bin/prisma'), args, { env: { ...process.env, DATABASE_URL: url } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  )

describe('Prisma CLI through the WebAssembly schema engine, offline', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'engine-'))
  const url = `file:${path.join(dir, 'nested', 'fresh.db')}`

  it('deploys every migration onto a new file and then reports it up to date', async () => {
    const deploy = await prisma(['migrate', 'deploy'], url)
    expect(deploy.code).toBe(0)
    expect(deploy.out).toMatch(/successfully applied|No pending migrations/)
    const status = await prisma(['migrate', 'status'], url)
    expect(status.code).toBe(0)
    expect(status.out).toMatch(/Database schema is up to date/)
  }, 120_000)

  it('records each migration as the native engine does: checksum = sha256 of migration.sql, times in ms', async () => {
    const db = new Database(path.join(dir, 'nested', 'fresh.db'), { readonly: true })
    const rows = db.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name').all() as { migration_name: string; checksum: string; finished_at: number }[]
    db.close()
    const folders = readdirSync('prisma/migrations').filter((f) => /^\d{14}_/.test(f)).sort()
    expect(rows.map((r) => r.migration_name)).toEqual(folders)
    for (const r of rows) {
      const sql = readFileSync(path.join('prisma/migrations', r.migration_name, 'migration.sql'))
      expect(r.checksum).toBe(createHash('sha256').update(sql).digest('hex'))
      expect(typeof r.finished_at).toBe('number')
    }
  })

  it('finds no difference between the migrations and schema.prisma', async () => {
    const diff = await prisma(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'], url)
    expect(diff.out).not.toMatch(/CREATE|ALTER|DROP/)
    expect(diff.code).toBe(0)
  }, 120_000)
})
