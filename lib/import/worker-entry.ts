// One import in a child process of the server (lib/import/worker-process.ts): load the import path, say "ready", run one
// job on this process's own database connection, reply, exit. Exiting returns all the memory a big workbook took.
import { db } from '../db.ts'
import { ImportError } from './errors.ts'
import { importFile, type ImportFileOptions } from './import-file.ts'

export type WorkerJob = { bytes: Uint8Array; opts: ImportFileOptions }
export type WorkerError = { name: string; message: string; code?: string; stack?: string }
export type WorkerReply = { type: 'ready' } | { type: 'done'; results: Awaited<ReturnType<typeof importFile>> } | { type: 'failed'; error: WorkerError }

function serialise(error: unknown): WorkerError {
  if (error instanceof ImportError) return { name: error.name, message: error.message, code: error.code }
  const e = error instanceof Error ? error : new Error(String(error))
  const code = (e as { code?: unknown }).code
  return { name: e.name, message: e.message, code: typeof code === 'string' ? code : undefined, stack: e.stack }
}

function reply(message: WorkerReply, then?: () => void) {
  process.send!(message, undefined, undefined, then)
}

// The server went away: stop, so an open transaction is rolled back rather than left to an orphan.
process.on('disconnect', () => process.exit(1))

process.once('message', async (job: WorkerJob) => {
  let message: WorkerReply
  try {
    message = { type: 'done', results: await importFile(db, job.bytes, job.opts) }
  } catch (error) {
    message = { type: 'failed', error: serialise(error) }
  }
  await db.$disconnect().catch(() => {})
  reply(message, () => process.exit(0))
})

// Prisma's first query loads its query compiler and opens the connection (a few hundred ms): done before "ready", while the
// spare worker waits, not inside the import it will run.
await db.$queryRawUnsafe('SELECT 1').catch(() => {})
reply({ type: 'ready' })
