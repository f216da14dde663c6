// Imports in a child process of the server (lib/import/worker-process.ts): load the import path, say "ready", run a job
// on this process's own database connection, reply. After an apply or a failure it exits, which returns all the memory a
// big workbook took; after a preview it stays for the apply that usually follows, with the parsed file and Prisma's
// compiled queries at hand.
import { createHash } from 'node:crypto'
import { closeDb, db } from '../db.ts'
import { ImportError } from './errors.ts'
import { importFile, type ImportFileOptions } from './import-file.ts'
import { parseListFile, type ParsedList, type ParseOptions } from './parse-list.ts'
import { warmImportPath } from './warm-up.ts'

export type WorkerJob = { bytes: Uint8Array; opts: ImportFileOptions }
export type WorkerError = { name: string; message: string; code?: string; stack?: string }
export type WorkerReply =
  | { type: 'ready' }
  /** `stays`: the worker waits for another job (after a preview) instead of exiting. */
  | { type: 'done'; results: Awaited<ReturnType<typeof importFile>>; stays: boolean }
  | { type: 'failed'; error: WorkerError }

function serialise(error: unknown): WorkerError {
  if (error instanceof ImportError) return { name: error.name, message: error.message, code: error.code }
  const e = error instanceof Error ? error : new Error(String(error))
  const code = (e as { code?: unknown }).code
  return { name: e.name, message: e.message, code: typeof code === 'string' ? code : undefined, stack: e.stack }
}

function reply(message: WorkerReply, then?: () => void) {
  process.send!(message, undefined, undefined, then)
}

/** The last file parsed, by content and options: the apply after a preview reads the same bytes again. */
let lastParse: { key: string; lists: Promise<ParsedList[]> } | null = null
function parseOnce(bytes: Uint8Array, options: ParseOptions): Promise<ParsedList[]> {
  const key = `${createHash('sha256').update(bytes).digest('hex')} ${JSON.stringify(options)}`
  if (lastParse?.key !== key) lastParse = { key, lists: parseListFile(bytes, options) }
  return lastParse.lists
}

// The server went away: stop, so an open transaction is rolled back rather than left to an orphan.
process.on('disconnect', () => process.exit(1))

async function run(job: WorkerJob): Promise<void> {
  let message: WorkerReply
  try {
    message = { type: 'done', results: await importFile(db, job.bytes, job.opts, parseOnce), stays: job.opts.dryRun === true }
  } catch (error) {
    message = { type: 'failed', error: serialise(error) }
  }
  if (message.type === 'done' && message.stays) {
    process.once('message', run)
    reply(message)
    return
  }
  await closeDb().catch(() => {})
  reply(message, () => process.exit(0))
}

process.once('message', run)
// Prisma's first queries load its query compiler, open the connection and build each query's plan (a second or so in
// all): done before "ready", while the spare worker waits, not inside the import it will run.
await warmImportPath(db).catch(() => {})
reply({ type: 'ready' })
