import 'server-only'
import type { ImportResult } from './apply.ts'
import { ImportError } from './errors.ts'
import type { ImportFileOptions } from './import-file.ts'
import { logImport } from '../log.ts'
import { runInWorker } from './worker-process.ts'

/** Imports waiting behind the running one; past this a new one is refused rather than left waiting for many minutes. */
export const MAX_WAITING_IMPORTS = 3

const queue: { running: boolean; waiting: (() => void)[] } = { running: false, waiting: [] }

export function importQueueState(): { running: boolean; waiting: number } {
  return { running: queue.running, waiting: queue.waiting.length }
}

async function turn(): Promise<void> {
  if (!queue.running) {
    queue.running = true
    return
  }
  if (queue.waiting.length >= MAX_WAITING_IMPORTS)
    throw new ImportError('busy', `${queue.waiting.length + 1} imports are already running or waiting; nothing was read. Try again in a few minutes.`)
  await new Promise<void>((resolve) => queue.waiting.push(resolve))
}

function done(): void {
  const next = queue.waiting.shift()
  if (next) next()
  else queue.running = false
}

/**
 * The server's import (admin form, API): parse and write in a child process on its own database connection, one import
 * at a time, so that neither the parse nor the write transaction (lifecycle rebuild included) holds the server's event loop.
 * Same results and ImportErrors as importFile.
 */
export async function importFileOffThread(bytes: Uint8Array, opts: ImportFileOptions): Promise<ImportResult[]> {
  await turn()
  const started = performance.now()
  const userId = opts.actor.userId ?? null
  try {
    const results = await runInWorker({ bytes, opts })
    for (const r of results)
      logImport({ fileName: r.fileName, sha256: r.sha256, outcome: r.duplicateOf ? 'unchanged' : r.applied ? 'applied' : 'preview', counts: r.counts, ms: Math.round(performance.now() - started), userId })
    return results
  } catch (error) {
    if (error instanceof ImportError) logImport({ fileName: opts.fileName, outcome: 'refused', reason: error.message, ms: Math.round(performance.now() - started), userId })
    throw error
  } finally {
    done()
  }
}
