import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from './generated/prisma/client.ts'
import { env } from './env.ts'

function createClient() {
  // A busy timeout lets readers and the single writer queue instead of failing with SQLITE_BUSY.
  const adapter = new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 5000 })
  return new PrismaClient({ adapter })
}

const globalForDb = globalThis as unknown as { db?: PrismaClient }

export const db = globalForDb.db ?? createClient()
if (env.NODE_ENV !== 'production') globalForDb.db = db

export type Db = PrismaClient
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]
