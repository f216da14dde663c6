// Loads Prisma's schema engine (WebAssembly build) on a better-sqlite3 connection and covers
// the gaps between it and the native engine (../../docs/decisions/0002-offline-prisma.md).
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'

const require = createRequire(import.meta.url)

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`

async function loadWasmModule() {
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const glue = await import(pathToFileURL(gluePath).href)
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start?.()
  return glue
}

// better-sqlite3 prepares one statement at a time; shadow-database replay sends whole scripts.
function splitScripts(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter)
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === 'executeRaw')
        return async (query) => {
          try {
            return await executeRaw(query)
          } catch (error) {
            if (query.args?.length || !/more than one statement/i.test(String(error?.message ?? error))) throw error
            await target.executeScript(query.sql)
            return 0
          }
        }
      const value = Reflect.get(target, prop, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/** Returns the engine plus the connection it uses, for fix-ups on that same connection. */
export async function createEngine({ dbPath, datamodels, log }) {
  const glue = await loadWasmModule()
  const factory = new PrismaBetterSqlite3({ url: dbPath }, { timestampFormat: 'unixepoch-ms' })
  const state = { main: null }
  const wrapped = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => (state.main = splitScripts(await factory.connect())),
    connectToShadowDb: async () => splitScripts(await factory.connectToShadowDb()),
  }
  const engine = await glue.SchemaEngine.new({ datamodels }, (line) => log(line), bindMigrationAwareSqlAdapterFactory(wrapped))
  return { engine, glue, connection: () => state.main }
}

export async function ensureMigrationsTable(connection) {
  await connection.executeScript(MIGRATIONS_TABLE)
}

/** The wasm engine's reset only deletes rows: drop every table and view, then start again. */
export async function dropEverything(connection) {
  const res = await connection.queryRaw({ sql: `SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table','view')`, args: [], argTypes: [] })
  const drops = res.rows.map(([type, name]) => `DROP ${type === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS "${String(name).replace(/"/g, '""')}";`)
  await connection.executeScript(['PRAGMA foreign_keys = OFF;', ...drops, 'PRAGMA foreign_keys = ON;'].join('\n'))
}
