import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { realRowsCsv } from './helpers/real-rows'
import { report } from './helpers/report'

const KILLS = Number(process.env.RESILIENCE_KILLS ?? 24)
const dir = mkdtempSync(path.join(tmpdir(), 'resilience-kill-'))
const base = process.env.DATABASE_URL!.replace(/^file:/, '')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function counts(file: string) {
  const db = new Database(file)
  try {
    const n = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      list: db.prepare(`SELECT id, rowCount FROM "SourceList" WHERE fileName = 'resilience-kill_2026-05-19.csv'`).get() as { id: number; rowCount: number } | undefined,
      entriesOf: (id: number) => n('SELECT count(*) AS n FROM "ListEntry" WHERE sourceListId = ?', id),
      lists: n('SELECT count(*) AS n FROM "SourceList"'),
      entries: n('SELECT count(*) AS n FROM "ListEntry"'),
      agreements: n('SELECT count(*) AS n FROM "Agreement"'),
      audits: n(`SELECT count(*) AS n FROM "AuditLog" WHERE action = 'import' AND actor = 'resilience-kill'`),
      close: () => db.close(),
    }
  } catch (error) {
    db.close()
    throw error
  }
}

/** Runs the import; with killAfterMs, SIGKILLs it that long after parsing ended (inside the import). */
function run(file: string, workbook: string, killAfterMs: number | null): Promise<{ ms: number; importMs: number; killed: boolean; out: string }> {
  return new Promise((resolve) => {
    let t0 = 0
    const child = spawn(process.execPath, ['--import', 'tsx', 'resilience/helpers/import-child.ts', workbook, '2026-05-19'], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let timer: NodeJS.Timeout | null = null
    const start = Date.now()
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('parsed') && t0 === 0) {
        t0 = Date.now()
        if (killAfterMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.stderr.on('data', (d: Buffer) => { out += d.toString() })
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer)
      resolve({ ms: Date.now() - start, importMs: t0 ? Date.now() - t0 : 0, killed: signal === 'SIGKILL', out })
    })
  })
}

describe('kill -9 during an import', () => {
  it(`leaves an intact database with the list fully applied or absent (${KILLS} kills)`, async () => {
    // 400 of ICE's real 2026-05-18 rows as a new list dated 2026-05-19: new rows, removals, a lifecycle rebuild.
    const workbook = path.join(dir, 'resilience-kill_2026-05-19.csv')
    writeFileSync(workbook, realRowsCsv(0, 400))
    const copy = (i: number) => {
      const f = path.join(dir, `kill-${i}.db`)
      copyFileSync(base, f)
      return f
    }
    const baseline = counts(base)
    baseline.close()
    const full = await run(copy(-1), workbook, null)
    expect(full.out).toMatch(/^applied$/m)
    const outcomes = { applied: 0, absent: 0, finished_before_kill: 0 }
    // Deterministic spread of kill moments over the import (after parsing) and well past its end, so both outcomes occur; two at a time.
    const runs: { file: string; r: Awaited<ReturnType<typeof run>> }[] = []
    for (let i = 0; i < KILLS; i += 2)
      runs.push(...(await Promise.all([i, i + 1].filter((k) => k < KILLS).map(async (k) => {
        const file = copy(k)
        return { file, r: await run(file, workbook, Math.round(((k + 0.5) / KILLS) * full.importMs * 1.6)) }
      }))))
    for (const { file, r } of runs) {
      if (!r.killed) outcomes.finished_before_kill += 1
      const c = counts(file)
      try {
        expect(c.integrity).toBe('ok')
        if (c.list) {
          outcomes.applied += 1
          expect(c.entriesOf(c.list.id)).toBe(c.list.rowCount)
          expect(c.audits).toBe(1)
          expect(c.lists).toBe(baseline.lists + 1)
        } else {
          outcomes.absent += 1
          expect({ lists: c.lists, entries: c.entries, agreements: c.agreements, audits: c.audits }).toEqual({ lists: baseline.lists, entries: baseline.entries, agreements: baseline.agreements, audits: 0 })
        }
      } finally {
        c.close()
      }
    }
    report('kill-import', { kills: KILLS, full_run_ms: full.ms, import_ms: full.importMs, ...outcomes })
    expect(outcomes.applied + outcomes.absent).toBe(KILLS)
  }, 900_000)
})
