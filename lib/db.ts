import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from './generated/prisma/client.ts'
import { env } from './env.ts'
import { tagError } from './errors.ts'
import { logSlowQuery } from './log.ts'

/** The statement of a raw query (its text only, never its parameters), so that a slow one can be found. */
function rawSql(args: unknown): { sql?: string } {
  const text = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : typeof (args as { sql?: unknown })?.sql === 'string' ? (args as { sql: string }).sql : null
  return text ? { sql: text.replace(/\s+/g, ' ').trim().slice(0, 160) } : {}
}

function createClient(): PrismaClient {
  // A busy timeout lets readers and the single writer queue instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 5000 })
  const client = new PrismaClient({ adapter }).$extends({
    name: 'slow-queries-and-failures',
    query: {
      async $allOperations({ model, operation, args, query }) {
        const start = performance.now()
        try {
          return await query(args)
        } catch (err) {
          // Disk full, read-only and busy databases reach the error pages by name (lib/errors.ts).
          throw tagError(err)
        } finally {
          const ms = performance.now() - start
          if (ms >= env.SLOW_QUERY_MS) logSlowQuery({ model, operation, ms: Math.round(ms), ...rawSql(args) })
        }
      },
    },
  })
  // The extension only observes: results keep their types, so the client keeps the plain client's type.
  return client as unknown as PrismaClient
}

const globalForDb = globalThis as unknown as { db?: PrismaClient }

export const db = globalForDb.db ?? createClient()
if (env.NODE_ENV !== 'production') globalForDb.db = db

export type Db = PrismaClient
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

/**
 * Closes the connection of a process that wrote (the import worker, the CLIs). SQLite checkpoints the WAL when a
 * connection closes and can take the exclusive lock, and the server's readers wait in the busy handler meanwhile (an
 * import's close held them ~350 ms). A passive checkpoint first copies the WAL while readers go on, so little is left then.
 */
export async function closeDb(client: Db = db): Promise<void> {
  try {
    await client.$queryRawUnsafe('PRAGMA wal_checkpoint(PASSIVE)')
  } finally {
    await client.$disconnect()
  }
}
