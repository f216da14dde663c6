// EXPLAIN QUERY PLAN of the main reads, on the given database, with their timings.
// Usage: tsx bench/explain.ts <db file>
import Database from 'better-sqlite3'
import { countSql, pageSql } from '../lib/agreements/sql.ts'
import { floorQuery } from './floor/sql.ts'

export interface PlanRow { name: string; statement: 'count' | 'page' | 'groupBy'; ms: number; plan: string[] }

const today = new Date().toISOString().slice(0, 10)
const LISTS = {
  'list by as_of (today)': '',
  'list by as_of (2012-06-30)': 'as_of=2012-06-30',
  'list by state': 'state=TX',
  'list by model': 'model=jail_enforcement',
  'list expiring (90 days)': 'expires_before=' + new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10),
  'list q search': 'q=sheriff',
}
const STATS_ACTIVE = 'SELECT `main`.`StatusPeriod`.`model`, `main`.`StatusPeriod`.`state`, COUNT(*) AS `_count$_all` FROM `main`.`StatusPeriod` WHERE (`main`.`StatusPeriod`.`status` = ? AND `main`.`StatusPeriod`.`startOn` <= ? AND (`main`.`StatusPeriod`.`endOn` IS NULL OR `main`.`StatusPeriod`.`endOn` > ?)) GROUP BY `main`.`StatusPeriod`.`model`, `main`.`StatusPeriod`.`state`'

function timed(db: Database.Database, sql: string, args: unknown[]): number {
  const stmt = db.prepare(sql)
  stmt.all(...args)
  const t0 = performance.now()
  for (let i = 0; i < 5; i++) stmt.all(...args)
  return (performance.now() - t0) / 5
}

export function explainAll(file: string): PlanRow[] {
  const db = new Database(file, { readonly: true })
  const plan = (sql: string, args: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail)
  const out: PlanRow[] = []
  for (const [name, qs] of Object.entries(LISTS)) {
    const q = floorQuery(new URLSearchParams(qs), today)
    for (const [statement, s] of [['count', countSql(q)], ['page', pageSql(q, 0, q.perPage)]] as const) out.push({ name, statement, ms: timed(db, s.sql, s.args), plan: plan(s.sql, s.args) })
  }
  const args = ['active', today, today]
  out.push({ name: 'stats/active', statement: 'groupBy', ms: timed(db, STATS_ACTIVE, args), plan: plan(STATS_ACTIVE, args) })
  db.close()
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of explainAll(process.argv[2] ?? 'bench/data/real.db')) process.stdout.write(`${r.name} [${r.statement}] ${r.ms.toFixed(1)} ms\n${r.plan.map((p) => `    ${p}`).join('\n')}\n`)
}
