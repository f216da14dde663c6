import 'server-only'
import Database from 'better-sqlite3'
import { databaseFile } from './downloads/cache.ts'

/**
 * A read-only connection of the server's own, beside Prisma's, for the few small reads made on every request that must
 * see another process's writes at once (the cache generation, the staleness banner): a prepared statement here takes
 * microseconds where a Prisma query takes about a millisecond, and a Prisma transaction never waits for it.
 */
let conn: Database.Database | null = null

export function readOnly(): Database.Database {
  conn ??= new Database(databaseFile(), { readonly: true, fileMustExist: true, timeout: 5000 })
  return conn
}
