#!/usr/bin/env node
// A stand-in for Prisma's native schema-engine binary, which this network cannot download.
// It speaks the engine's command line and JSON-RPC protocol and runs Prisma's own engine
// compiled to WebAssembly (@prisma/schema-engine-wasm).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { createEngine, dropEverything, ensureMigrationsTable } from './wasm-engine.mjs'

const args = process.argv.slice(2)
const logLine = (level, message, extra = {}) =>
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, target: 'schema_engine::logger', fields: { message, ...extra } })}\n`)

function option(name) {
  const out = []
  args.forEach((a, i) => a === name && args[i + 1] !== undefined && out.push(args[i + 1]))
  return out
}

function databasePath() {
  const raw = option('--datasource')[0]
  const url = raw ? JSON.parse(raw).url : undefined
  if (!url) return undefined
  if (!url.startsWith('file:')) throw new Error(`Only SQLite file URLs are supported here (got ${url})`)
  return path.resolve(url.slice('file:'.length).split('?')[0])
}

async function cli(command) {
  const db = databasePath()
  if (command === 'can-connect-to-database') {
    if (db && existsSync(db)) return 0
    process.stderr.write('schema-engine stand-in\n')
    logLine('ERROR', `Database ${db ? path.basename(db) : ''} does not exist`, { error_code: 'P1003', message: `Database ${db} does not exist` })
    return 1
  }
  if (command === 'create-database') {
    mkdirSync(path.dirname(db), { recursive: true })
    if (!existsSync(db)) writeFileSync(db, '')
    return 0
  }
  process.stderr.write(`schema-engine stand-in\n`)
  logLine('ERROR', `Unsupported cli command ${command}`)
  return 1
}

// Methods that read or write the migration history. Only these get `_prisma_migrations` created
// first: the native engine leaves it out of `db push`, `db execute`, `migrate diff` and `db pull`.
const HISTORY_METHODS = new Set(['applyMigrations', 'createMigration', 'devDiagnostic', 'diagnoseMigrationHistory', 'evaluateDataLoss', 'markMigrationApplied', 'markMigrationRolledBack', 'reset'])

function rpcError(id, error) {
  const message = error?.message ?? String(error)
  const code = error?.code ?? /\b(P\d{4})\b/.exec(message)?.[1] ?? null
  return { jsonrpc: '2.0', id, error: { code: 4466, message: 'An error happened.', data: { is_panic: false, message, error_code: code, meta: error?.meta ?? {} } } }
}

async function session() {
  const dbPath = databasePath()
  if (dbPath && !existsSync(dbPath)) {
    mkdirSync(path.dirname(dbPath), { recursive: true })
    writeFileSync(dbPath, '')
  }
  const datamodels = option('--datamodels').map((file) => [file, readFileSync(file, 'utf8')])
  const { engine, connection } = await createEngine({
    dbPath: dbPath ?? ':memory:',
    datamodels: datamodels.length ? datamodels : undefined,
    log: (line) => logLine('INFO', typeof line === 'string' ? line : JSON.stringify(line)),
  })
  let outgoing = 1_000_000
  const send = (msg) => process.stdout.write(`${JSON.stringify(msg)}\n`)
  const prepared = async () => {
    const conn = connection()
    if (conn && dbPath) await ensureMigrationsTable(conn)
  }

  const handlers = {
    async diff(params) {
      const result = await engine.diff(params)
      if (result.stdout) send({ jsonrpc: '2.0', id: outgoing++, method: 'print', params: { content: result.stdout } })
      return { exitCode: result.exitCode }
    },
    async reset() {
      await dropEverything(connection())
      await ensureMigrationsTable(connection())
      return null
    },
    async evaluateDataLoss(params) {
      await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters ?? { externalTables: [], externalEnums: [] } })
      return engine.evaluateDataLoss(params)
    },
    async createMigration(params) {
      await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters ?? { externalTables: [], externalEnums: [] } })
      return engine.createMigration(params)
    },
  }

  // Requests are handled one at a time, in order, as the native engine does.
  let queue = Promise.resolve()
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  rl.on('line', (line) => {
    if (!line.trim()) return
    let msg
    try {
      msg = JSON.parse(line)
    } catch {
      return
    }
    if (!msg.method) return // an answer to our own "print" request
    queue = queue.then(async () => {
      try {
        const handler = handlers[msg.method]
        if (!handler && typeof engine[msg.method] !== 'function') throw new Error(`Unknown method ${msg.method}`)
        if (HISTORY_METHODS.has(msg.method)) await prepared()
        const result = handler ? await handler(msg.params ?? {}) : await engine[msg.method](msg.params ?? {})
        send({ jsonrpc: '2.0', id: msg.id, result: result === undefined ? null : result })
      } catch (error) {
        send(rpcError(msg.id, error))
      }
    })
  })
  rl.on('close', () => queue.then(() => process.exit(0)))
}

if (args.includes('--version') || args.includes('-V')) {
  process.stdout.write('schema-engine-cli 8.1.0-2 (wasm stand-in)\n')
} else if (args.includes('cli')) {
  process.exitCode = await cli(args[args.indexOf('cli') + 1])
} else {
  await session()
}
