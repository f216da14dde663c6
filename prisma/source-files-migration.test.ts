import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'

const DIR = 'prisma/migrations'
const folders = readdirSync(DIR).filter((f) => /^\d{14}_/.test(f)).sort()
const sql = (folder: string) => readFileSync(path.join(DIR, folder, 'migration.sql'), 'utf8')
const MOVE = '20261202160000_source_files'

describe('an existing database migrates its stored files out of SourceList', () => {
  it('keeps every byte of every file and every list, and leaves a list without a file without one', () => {
    const db = new Database(':memory:')
    for (const f of folders.slice(0, folders.indexOf(MOVE))) db.exec(sql(f))
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10, 0x80])
    const insert = db.prepare(`INSERT INTO "SourceList" (kind, "asOf", "fileName", sha256, "rowCount", content) VALUES ('participating', ?, ?, ?, 3, ?)`)
    const withFile = insert.run('2026-05-18', 'participatingAgencies05182026am.xlsx', 'a'.repeat(64), bytes).lastInsertRowid
    const without = insert.run('2017-08-01', 'roster.csv', 'b'.repeat(64), null).lastInsertRowid

    db.exec(sql(MOVE))

    expect(db.prepare(`SELECT "listId", content FROM "SourceFile"`).all()).toEqual([{ listId: Number(withFile), content: bytes }])
    expect(db.prepare(`SELECT id, "fileName" FROM "SourceList" ORDER BY id`).all()).toEqual([
      { id: Number(withFile), fileName: 'participatingAgencies05182026am.xlsx' },
      { id: Number(without), fileName: 'roster.csv' },
    ])
    expect((db.prepare(`SELECT name FROM pragma_table_info('SourceList')`).all() as { name: string }[]).map((c) => c.name)).not.toContain('content')
    expect(db.pragma('foreign_key_check')).toEqual([])
    // A list deleted later takes its file with it.
    db.pragma('foreign_keys = ON')
    db.prepare(`DELETE FROM "SourceList" WHERE id = ?`).run(withFile)
    expect(db.prepare(`SELECT count(*) AS n FROM "SourceFile"`).get()).toEqual({ n: 0 })
  })
})
