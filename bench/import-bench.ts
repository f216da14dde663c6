import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { synthWorkbook, LATEST_WORKBOOK } from './synth-workbook.ts'

export interface ImportRow {
  name: string
  rows: number
  mode: 'preview' | 'apply'
  parse_ms: number | null
  import_ms: number | null
  total_ms: number | null
  max_rss_mb: number | null
  note?: string
}

const tsx = path.resolve('node_modules/.bin/tsx')
const MINUS = 'bench/data/minus-latest.db'
// An import still running after this long is reported as such rather than waited for. The child is node itself
// (not the tsx wrapper), so the timeout's SIGKILL stops the import and not just its launcher.
const LIMIT_MS = Number(process.env.BENCH_IMPORT_LIMIT_S ?? 300) * 1000

/** Real data minus ICE's 2026-05-18 list, so that list can be imported as new. */
export function ensureMinusLatest(): string {
  if (existsSync(MINUS)) return MINUS
  const env = { ...process.env, DATABASE_URL: `file:${path.resolve(MINUS)}` }
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], { env, stdio: 'pipe' })
  execFileSync(tsx, ['bench/seed-minus.ts', 'ice-xlsx/participatingAgencies05182026am.xlsx'], { env, stdio: 'pipe' })
  return MINUS
}

function runChild(base: string, file: string, mode: 'preview' | 'apply'): Omit<ImportRow, 'name' | 'mode' | 'rows'> & { rows: number | null } {
  const copy = 'bench/data/tmp-import.db'
  for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true })
  copyFileSync(base, copy)
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/import-child.ts', file, mode], { env: { ...process.env, DATABASE_URL: `file:${path.resolve(copy)}` }, encoding: 'utf8', maxBuffer: 1 << 24, timeout: LIMIT_MS, killSignal: 'SIGKILL' })
    return JSON.parse(out.trim().split('\n').at(-1)!)
  } catch (error) {
    if ((error as { signal?: string }).signal !== 'SIGKILL') throw error
    return { rows: null, parse_ms: null, import_ms: null, total_ms: null, max_rss_mb: null, note: `did not finish within ${LIMIT_MS / 1000} s; stopped` }
  } finally {
    for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true })
  }
}

export async function importBench(realDb: string, sizes: number[]): Promise<ImportRow[]> {
  const cases: { name: string; base: string; file: string }[] = [{ name: 'ICE 2026-05-18 workbook', base: ensureMinusLatest(), file: LATEST_WORKBOOK }]
  for (const n of sizes) {
    const file = `bench/data/SYNTHETIC-participatingAgencies-${n}-2026-05-20.xlsx`
    if (!existsSync(file)) await synthWorkbook(n, file)
    cases.push({ name: `synthetic ${n.toLocaleString('en-US')}-row workbook`, base: realDb, file })
  }
  const out: ImportRow[] = []
  for (const c of cases)
    for (const mode of ['preview', 'apply'] as const) {
      const r = runChild(c.base, c.file, mode)
      out.push({ name: c.name, mode, ...r, rows: r.rows ?? Number(/-(\d+)-/.exec(c.file)?.[1]) })
    }
  return out
}
