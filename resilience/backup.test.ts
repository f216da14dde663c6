import { execFile, execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { dataChecksum } from '@/lib/test/db-checksum'
import { tableCounts } from '../scripts/db-tables'
import { report } from './helpers/report'

const dir = mkdtempSync(path.join(tmpdir(), 'resilience-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const source = process.env.DATABASE_URL!.replace(/^file:/, '')
const tsx = path.resolve('node_modules/.bin/tsx')

describe('npm run db:backup / db:restore', () => {
  it('backs up online while the app reads, and the backup equals the source', async () => {
    let reads = 0
    let stop = false
    const readers = Promise.all(Array.from({ length: 4 }, async () => {
      while (!stop) {
        await db.statusPeriod.count({ where: { status: 'active' } })
        reads += 1
        // The SQLite driver is synchronous: without a macrotask turn the child's exit would never be seen.
        await new Promise((r) => setImmediate(r))
      }
    }))
    const { stdout: out } = await promisify(execFile)(tsx, ['scripts/db-backup.ts', '--dir', dir], { env: { ...process.env, DATABASE_URL: `file:${source}` }, encoding: 'utf8' })
    stop = true
    await readers
    const file = out.trim()
    const backup = new Database(file, { readonly: true })
    const src = new Database(source, { readonly: true })
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(tableCounts(backup)).toEqual(tableCounts(src))
    backup.close()
    src.close()
    expect(dataChecksum(`file:${file}`)).toBe(dataChecksum(`file:${source}`))
    report('backup', { reads_during_backup: reads, tables: Object.keys(tableCounts(new Database(file, { readonly: true }))).length })

    // Restore onto a damaged copy (a list deleted): the backup's exact content comes back.
    const target = path.join(dir, 'target.db')
    copyFileSync(source, target)
    const t = new Database(target)
    t.pragma('journal_mode = WAL')
    t.prepare('DELETE FROM "SourceList" WHERE id = (SELECT max(id) FROM "SourceList")').run()
    t.close()
    expect(dataChecksum(`file:${target}`)).not.toBe(dataChecksum(`file:${file}`))
    execFileSync(tsx, ['scripts/db-restore.ts', '--', file], { env: { ...process.env, DATABASE_URL: `file:${target}` }, stdio: 'pipe' })
    expect(dataChecksum(`file:${target}`)).toBe(dataChecksum(`file:${file}`))
  })

  it('refuses to restore a damaged backup and leaves the database untouched', () => {
    const bad = path.join(dir, 'bad.db')
    copyFileSync(source, bad)
    writeFileSync(bad, Buffer.concat([readFileSync(bad).subarray(0, 8192), Buffer.alloc(4096, 0x41)]))
    const target = path.join(dir, 'untouched.db')
    copyFileSync(source, target)
    const before = dataChecksum(`file:${target}`)
    expect(() => execFileSync(tsx, ['scripts/db-restore.ts', '--', bad], { env: { ...process.env, DATABASE_URL: `file:${target}` }, stdio: 'pipe' })).toThrow()
    expect(dataChecksum(`file:${target}`)).toBe(before)
  })
})
