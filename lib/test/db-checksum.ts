import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'

/** sha256 over every row of every data table, to prove that a refused write changed nothing. */
export function dataChecksum(url = process.env.DATABASE_URL!): string {
  const db = new Database(url.replace(/^file:/, ''), { readonly: true })
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`).all() as { name: string }[]
    const hash = createHash('sha256')
    for (const { name } of tables) {
      hash.update(name)
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)))
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}
