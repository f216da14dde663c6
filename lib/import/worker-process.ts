import { fork, type ChildProcess } from 'node:child_process'
import { setPriority } from 'node:os'
import path from 'node:path'
import type { ImportResult } from './apply.ts'
import { ImportError, type ImportErrorCode } from './errors.ts'
import type { ImportFileOptions } from './import-file.ts'
import type { WorkerError, WorkerJob, WorkerReply } from './worker-entry.ts'

export interface WorkerSettings {
  /** Kill the import past this (the write transaction's own timeout is 10 min; parsing is bounded at 30 s). */
  timeoutMs: number
  /** V8 heap of the child: a hostile file is stopped there, not by the machine running out of memory. */
  heapMb: number
  /** A spare child waits this long for the next import (an admin previews, then applies) before it exits. */
  spareIdleMs: number
  /** The child's nice value: when the cores are busy, readers get the CPU first and the import takes what is left. */
  nice: number
}

export const WORKER_SETTINGS: WorkerSettings = {
  timeoutMs: Number(process.env.IMPORT_TIMEOUT_MS ?? 660_000),
  heapMb: Number(process.env.IMPORT_HEAP_MB ?? 2048),
  spareIdleMs: 120_000,
  nice: Number(process.env.IMPORT_NICE ?? 10),
}

interface Worker {
  child: ChildProcess
  ready: Promise<void>
  settings: WorkerSettings
}

// The server's cwd is the app's root (npm start, next start, vitest); the bundled app has no path of its own to this file.
const entry = () => path.join(process.cwd(), 'lib/import/worker-entry.ts')

function spawnWorker(settings: WorkerSettings): Worker {
  // Not a module of the bundle: Turbopack would otherwise try to resolve the child's entry as one.
  const child = fork(/* turbopackIgnore: true */ entry(), [], {
    cwd: process.cwd(),
    execArgv: ['--import', 'tsx', `--max-old-space-size=${settings.heapMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  try {
    // Linux sets it on the main thread, where the parse and the queries run.
    if (child.pid !== undefined && settings.nice > 0) setPriority(child.pid, settings.nice)
  } catch {
    // The child is gone already; its exit is reported below.
  }
  const ready = new Promise<void>((resolve, reject) => {
    child.once('message', (m: WorkerReply) => (m.type === 'ready' ? resolve() : reject(new Error(`import worker said ${m.type} before ready`))))
    child.once('exit', (code, signal) => reject(stopped(code, signal)))
    child.once('error', reject)
  })
  ready.catch(() => {})
  return { child, ready, settings }
}

function stopped(code: number | null, signal: NodeJS.Signals | null): ImportError {
  // V8 aborts (SIGABRT, exit 134) when the heap limit is reached.
  const oom = signal === 'SIGABRT' || code === 134
  const why = oom ? 'it ran out of memory (the file needs far more than any ICE list)' : signal ? `it was stopped (${signal})` : `it exited with code ${code}`
  return new ImportError('worker_failed', `The import did not finish: ${why}. Nothing was written.`)
}

function revive(e: WorkerError): Error {
  if (e.name === 'ImportError') return new ImportError(e.code as ImportErrorCode, e.message)
  return Object.assign(new Error(e.message), { name: e.name, code: e.code, stack: e.stack })
}

let spare: (Worker & { idle: NodeJS.Timeout }) | null = null

function takeWorker(settings: WorkerSettings): Worker {
  const w = spare
  spare = null
  if (w && w.settings === settings && w.child.exitCode === null && w.child.signalCode === null) {
    clearTimeout(w.idle)
    w.child.ref()
    return w
  }
  w?.child.kill()
  return spawnWorker(settings)
}

/** Holds `w` (a worker that stayed after a preview, or a new one) for the next import; it exits when left idle. */
function holdSpare(w: Worker) {
  if (spare) {
    w.child.kill()
    return
  }
  // A spare never keeps the server (or a test run) alive by itself.
  w.child.unref()
  w.child.channel?.unref()
  const idle = setTimeout(() => w.child.kill(), w.settings.spareIdleMs).unref()
  w.child.once('exit', () => {
    if (spare?.child === w.child) spare = null
  })
  spare = { ...w, idle }
}

function keepSpare(settings: WorkerSettings) {
  if (spare || settings !== WORKER_SETTINGS) return
  holdSpare(spawnWorker(settings))
}

/**
 * Runs one import in a child process (its own database connection) and resolves with its results or its error. A child
 * that previewed stays as the spare, so the apply that follows finds the file parsed and the queries compiled.
 */
export async function runInWorker(job: WorkerJob, settings: WorkerSettings = WORKER_SETTINGS): Promise<ImportResult[]> {
  const worker = takeWorker(settings)
  const { child, ready } = worker
  child.channel?.ref()
  let stays = false
  try {
    await ready
    return await new Promise<ImportResult[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new ImportError('too_slow', `The import took longer than ${Math.round(settings.timeoutMs / 60_000)} minutes and was stopped. Nothing was written.`))
        child.kill('SIGKILL')
      }, settings.timeoutMs)
      const onMessage = (m: WorkerReply) => {
        if (m.type !== 'done' && m.type !== 'failed') return
        settle()
        if (m.type === 'done') {
          stays = m.stays
          resolve(m.results)
        } else reject(revive(m.error))
      }
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        settle()
        reject(stopped(code, signal))
      }
      const settle = () => {
        clearTimeout(timer)
        child.off('message', onMessage)
        child.off('exit', onExit)
      }
      child.on('message', onMessage)
      child.once('exit', onExit)
      child.send(job)
    })
  } finally {
    child.channel?.unref()
    const alive = child.exitCode === null && child.signalCode === null
    if (stays && alive && settings === WORKER_SETTINGS) holdSpare(worker)
    // Started after this import, not beside it: on two cores the start (about 1.5 s of CPU) would slow the import down.
    else keepSpare(settings)
  }
}

/** Starts the spare worker if none is running and resolves once it is ready for an import. */
export async function warmWorker(settings: WorkerSettings = WORKER_SETTINGS): Promise<void> {
  keepSpare(settings)
  const w = spare
  if (!w) return
  w.child.channel?.ref()
  try {
    await w.ready
  } finally {
    w.child.channel?.unref()
  }
}

/** Ends the spare worker (tests, shutdown). */
export function stopSpareWorker(): void {
  spare?.child.kill()
  spare = null
}

/** The process id of the waiting worker, if any (tests, diagnostics). */
export function spareWorkerPid(): number | undefined {
  return spare?.child.pid
}
