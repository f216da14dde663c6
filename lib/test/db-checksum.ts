import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'

/** sha256 over every row of every data table, to prove that a refused write changed nothing. The search index (FTS5 tables,
 *  rebuilt from Agency) is derived and left out. */
export function dataChecksum(url = process.env.DATABASE_URL!, ignore: Record<string, string[]> = {}): string {
  const db = new Database(url.replace(/^file:/, ''), { readonly: true })
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' AND name NOT LIKE 'agency_search%' ORDER BY name`).all() as { name: string }[]
    const hash = createHash('sha256')
    for (const { name } of tables) {
      hash.update(name)
      // Raw rows, each value hashed as is (a file's bytes directly): the real database holds 200,000 rows and 45 MB of files.
      const stmt = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw(true)
      const skip = new Set((ignore[name] ?? []).map((c) => stmt.columns().findIndex((x) => x.name === c)))
      for (const full of stmt.iterate() as IterableIterator<unknown[]>) {
        const row = skip.size ? full.filter((_, i) => !skip.has(i)) : full
        if (row.some((v) => Buffer.isBuffer(v))) for (const v of row) hash.update(Buffer.isBuffer(v) ? v : `${typeof v}:${String(v)}\u001f`)
        else hash.update(`${JSON.stringify(row)}\n`)
      }
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}
