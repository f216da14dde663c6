import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { ImportError, type ImportErrorCode } from '../import/errors.ts'
import type { ParsedList, ParseOptions } from '../import/parse-list.ts'

type Reply = { id: number; lists?: ParsedList[]; error?: { name: string; code?: string; message: string } }

/** A small pool of parsing workers (worker_threads, with the tsx loader the seed runs under). */
export function parsePool(size = Math.max(1, Math.min(2, availableParallelism()))) {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./parse-worker.mjs', import.meta.url)))
  const waiting = new Map<number, { resolve: (l: ParsedList[]) => void; reject: (e: Error) => void }>()
  for (const w of workers)
    w.on('message', (r: Reply) => {
      const p = waiting.get(r.id)!
      waiting.delete(r.id)
      if (r.lists) p.resolve(r.lists)
      else if (r.error?.name === 'ImportError') p.reject(new ImportError(r.error.code as ImportErrorCode, r.error.message))
      else p.reject(new Error(r.error?.message ?? 'parse failed'))
    })
  let next = 0
  return {
    parse(bytes: Uint8Array, options: ParseOptions): Promise<ParsedList[]> {
      const id = next++
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        workers[id % workers.length]!.postMessage({ id, bytes, options })
      })
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  }
}
