import { execFileSync } from 'node:child_process'
import { cpus, freemem, loadavg, totalmem } from 'node:os'

export function machine() {
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()
    } catch {
      return null
    }
  })()
  return {
    nproc: cpus().length, cpu: cpus()[0]?.model ?? null, memory_gb: Math.round(totalmem() / 1e8) / 10, free_memory_gb: Math.round(freemem() / 1e8) / 10,
    node: process.version, platform: `${process.platform} ${process.arch}`, chromium, loadavg_start: loadavg().map((x) => Math.round(x * 100) / 100),
  }
}

type Cell = string | number | boolean | null | undefined

/** A plain fixed-width table for the terminal. */
export function table(title: string, rows: Record<string, Cell>[]): string {
  if (rows.length === 0) return `\n${title}: (none)\n`
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const text = (v: Cell) => (v === null || v === undefined ? '—' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v))
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => text(r[k]).length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  return `\n${title}\n${line(keys)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map((r) => line(keys.map((k) => text(r[k])))).join('\n')}\n`
}
