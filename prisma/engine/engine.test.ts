import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const prismaBin = path.resolve('node_modules/.bin/prisma')
const engineBin = path.resolve('prisma/engine/schema-engine.mjs')
type Result = { code: number; out: string }
const cli = (args: string[], env: Record<string, string | undefined>, cwd = process.cwd()): Promise<Result> =>
  run(prismaBin, args, { cwd, env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_SCHEMA_ENGINE_BINARY: engineBin, ...env } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  )
const prisma = (args: string[], url: string) => cli(args, { DATABASE_URL: url })
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

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
      expect(r.checksum).toBe(sha256(path.join('prisma/migrations', r.migration_name, 'migration.sql')))
      expect(typeof r.finished_at).toBe('number')
    }
  })

  it('finds no difference between the migrations and schema.prisma', async () => {
    const diff = await prisma(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'], url)
    expect(diff.out).not.toMatch(/CREATE|ALTER|DROP/)
    expect(diff.code).toBe(0)
  }, 120_000)
})

// A throwaway project: its own config (no imports, so it needs no node_modules) and a tiny schema.
// The CLI spawns the engine in the config's folder, so `file:./…` URLs resolve there.
describe('the stand-in engine on a fresh project', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'engine-project-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(path.join(dir, 'prisma'))
  writeFileSync(
    path.join(dir, 'prisma.config.ts'),
    `export default {
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.TEST_DB_URL ?? 'file:./dev.db' },
}
`,
  )
  writeFileSync(
    path.join(dir, 'prisma/schema.prisma'),
    `datasource db {
  provider = "sqlite"
}

model Author {
  id    Int    @id @default(autoincrement())
  name  String
  books Book[]
}

model Book {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])

  @@index([authorId])
}
`,
  )
  const inProject = (args: string[], url?: string) => cli(args, { DATABASE_URL: undefined, TEST_DB_URL: url }, dir)
  const migrationsDir = path.join(dir, 'prisma/migrations')
  const migrationFolders = () => readdirSync(migrationsDir).filter((f) => /^\d{14}_/.test(f))
  const onlyFolder = () => {
    const [folder, ...rest] = migrationFolders()
    if (!folder || rest.length) throw new Error(`expected exactly one migration folder, found ${migrationFolders().join(', ')}`)
    return folder
  }

  it('migrate dev creates a standard migration folder and applies it', async () => {
    const dev = await inProject(['migrate', 'dev', '--name', 'init'])
    expect(dev.code, dev.out).toBe(0)
    const folder = onlyFolder()
    expect(folder).toMatch(/^\d{14}_init$/)
    const sql = readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8')
    expect(sql).toMatch(/CREATE TABLE "Author"/)
    expect(sql).toMatch(/CREATE INDEX "Book_authorId_idx"/)
    expect(existsSync(path.join(migrationsDir, 'migration_lock.toml'))).toBe(true)
    expect(existsSync(path.join(dir, 'dev.db'))).toBe(true)
  }, 120_000)

  it('migrate status reports the database up to date', async () => {
    const status = await inProject(['migrate', 'status'])
    expect(status.code, status.out).toBe(0)
    expect(status.out).toMatch(/Database schema is up to date/)
  }, 120_000)

  it('migrate deploy applies the migration to a new file in a new folder, recorded as the native engine does', async () => {
    const deploy = await inProject(['migrate', 'deploy'], 'file:./fresh/deploy.db')
    expect(deploy.code, deploy.out).toBe(0)
    expect(deploy.out).toMatch(/successfully applied/)

    const db = new Database(path.join(dir, 'fresh/deploy.db'), { readonly: true })
    const rows = db.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations').all() as { migration_name: string; checksum: string; finished_at: unknown }[]
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('Author', 'Book')`).all()
    db.close()
    const folder = onlyFolder()
    expect(rows.map((r) => r.migration_name)).toEqual([folder])
    expect(rows[0]?.checksum).toBe(sha256(path.join(migrationsDir, folder, 'migration.sql')))
    expect(typeof rows[0]?.finished_at).toBe('number')
    expect(tables).toHaveLength(2)
  }, 120_000)
})
