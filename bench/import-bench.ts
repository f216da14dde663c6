import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { synthWorkbook, LATEST_WORKBOOK } from './synth-workbook.ts'

export interface ImportRow {
  name: string
  rows: number
  mode: Mode
  parse_ms: number | null
  import_ms: number | null
  total_ms: number | null
  max_rss_mb: number | null
  cpu_ms: number | null
  note?: string
}

type Mode = 'preview' | 'apply' | 'preview-then-apply'
const tsx = path.resolve('node_modules/.bin/tsx')
const MID_RECORD = 'prisma/data/ice-history/participating/participatingAgencies11042025pm.xlsx'
// An import still running after this long is reported as such rather than waited for. The child is node itself
// (not the tsx wrapper), so the timeout's SIGKILL stops the import and not just its launcher.
const LIMIT_MS = Number(process.env.BENCH_IMPORT_LIMIT_S ?? 300) * 1000

/** The real record without one capture (bench/take-out.ts), so that capture imports as new. */
export function withoutCapture(realDb: string, file: string): string {
  const out = `bench/data/minus-${path.basename(file, '.xlsx')}.db`
  if (existsSync(out)) return out
  copyFileSync(realDb, out)
  execFileSync(tsx, ['bench/take-out.ts', path.basename(file)], { env: { ...process.env, DATABASE_URL: `file:${path.resolve(out)}` }, stdio: 'pipe' })
  return out
}

function runChild(base: string, file: string, mode: Mode, asOf?: string): Omit<ImportRow, 'name' | 'mode' | 'rows'> & { rows: number | null } {
  const copy = 'bench/data/tmp-import.db'
  for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true })
  copyFileSync(base, copy)
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/import-child.ts', file, mode, ...(asOf ? [asOf] : [])], { env: { ...process.env, DATABASE_URL: `file:${path.resolve(copy)}` }, encoding: 'utf8', maxBuffer: 1 << 24, timeout: LIMIT_MS, killSignal: 'SIGKILL' })
    return JSON.parse(out.trim().split('\n').at(-1)!)
  } catch (error) {
    if ((error as { signal?: string }).signal !== 'SIGKILL') throw error
    return { rows: null, parse_ms: null, import_ms: null, total_ms: null, max_rss_mb: null, cpu_ms: null, note: `did not finish within ${LIMIT_MS / 1000} s; stopped` }
  } finally {
    for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true })
  }
}

export async function importBench(realDb: string, sizes: number[]): Promise<ImportRow[]> {
  // The admin previews, then applies, in one import worker (lib/import/worker-process.ts keeps it up): the apply runs warm.
  const cases: { name: string; base: string; file: string; asOf?: string; modes?: Mode[] }[] = [
    { name: 'ICE 2026-05-18 workbook, newest capture', base: withoutCapture(realDb, LATEST_WORKBOOK), file: LATEST_WORKBOOK, modes: ['preview', 'apply', 'preview-then-apply'] },
    { name: 'ICE 2025-11-04 pm workbook, mid-record capture', base: withoutCapture(realDb, MID_RECORD), file: MID_RECORD },
    // The same content on a later day: a new capture of a version held (only the intervals grow).
    { name: 'ICE 2026-05-18 content again as of 2026-05-25 (unchanged)', base: realDb, file: LATEST_WORKBOOK, asOf: '2026-05-25' },
  ]
  for (const n of sizes) {
    const file = `bench/data/SYNTHETIC-participatingAgencies-${n}-2026-05-20.xlsx`
    if (!existsSync(file)) await synthWorkbook(n, file)
    cases.push({ name: `synthetic ${n.toLocaleString('en-US')}-row workbook`, base: realDb, file })
  }
  const out: ImportRow[] = []
  for (const c of cases)
    for (const mode of c.modes ?? (['preview', 'apply'] as const)) {
      const r = runChild(c.base, c.file, mode, c.asOf)
      out.push({ name: c.name, mode, ...r, rows: r.rows ?? Number(/-(\d+)-/.exec(c.file)?.[1]) })
    }
  return out
}
