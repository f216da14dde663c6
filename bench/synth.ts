// Synthetic scale data: the real seeded DB plus (factor − 1) perturbed copies of every agency, name, agreement,
// status period, presence interval and lifecycle event: what the reads use. The copies cite ICE's real captures (as if
// each list had `factor` times its rows); list rows themselves are not copied (only the import and the snapshot diff read
// them). Deterministic (seeded PRNG), clearly marked (agency names start with "SYNTHETIC"), and only ever written to its
// own file under bench/data/ — never to a real database.
// Usage: tsx bench/synth.ts --source bench/data/real.db --factor 50 [--seed 287] --out bench/data/scale-50x.db
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { nameKey, searchKey } from '../lib/import/normalise.ts'

const STRIDE = 1_000_000
const WORDS = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'New', 'Old', 'Lake', 'River', 'Pine', 'Oak']

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Row = Record<string, unknown>

function inserter(db: Database.Database, table: string, sample: Row) {
  const cols = Object.keys(sample).filter((c) => c !== 'id' || table !== 'SourceList')
  const stmt = db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`)
  return (row: Row) => stmt.run(row)
}

export function generate(source: string, out: string, factor: number, seed: number) {
  if (!path.resolve(out).startsWith(path.resolve('bench/data'))) throw new Error('synthetic databases live under bench/data/ only')
  mkdirSync(path.dirname(out), { recursive: true })
  if (existsSync(out)) rmSync(out)
  for (const ext of ['-wal', '-shm']) rmSync(out + ext, { force: true })
  const src = new Database(source, { readonly: true })
  src.prepare('VACUUM INTO ?').run(out)
  src.close()
  const db = new Database(out)
  // Statistics of the small source would mislead the planner on the big copy; start:optimize recomputes them.
  db.exec('DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4')
  const rand = mulberry32(seed)
  const all = (sql: string) => db.prepare(sql).all() as Row[]
  const agencies = all('SELECT * FROM "Agency" ORDER BY id')
  const names = all('SELECT * FROM "AgencyName" ORDER BY id')
  const agreements = all('SELECT * FROM "Agreement" ORDER BY id')
  const periods = all('SELECT * FROM "StatusPeriod" ORDER BY id')
  const intervals = all('SELECT * FROM "PresenceInterval" ORDER BY id')
  const events = all('SELECT * FROM "AgreementEvent" ORDER BY id')
  const states = agencies.map((a) => a.state as string)

  db.transaction(() => {
    const add = {
      agency: inserter(db, 'Agency', agencies[0]!), name: inserter(db, 'AgencyName', names[0]!), agreement: inserter(db, 'Agreement', agreements[0]!),
      period: inserter(db, 'StatusPeriod', periods[0]!), interval: inserter(db, 'PresenceInterval', intervals[0]!), event: inserter(db, 'AgreementEvent', events[0]!),
      search: db.prepare('INSERT INTO agency_search (rowid, names, county, state) VALUES (?, ?, ?, ?)'),
    }
    for (let c = 1; c < factor; c++) {
      const off = c * STRIDE
      const agencyState = new Map<number, string>()
      for (const a of agencies) {
        const moved = rand() < 0.2
        const state = moved ? states[Math.floor(rand() * states.length)]! : (a.state as string)
        const name = `SYNTHETIC ${c}-${a.id} ${WORDS[Math.floor(rand() * WORDS.length)]} ${a.name}`
        agencyState.set(a.id as number, state)
        add.agency({ ...a, id: off + (a.id as number), name, nameKey: nameKey(name), searchText: searchKey(`${name} ${a.countyName ?? ''}`), state, countyFips: moved ? null : a.countyFips })
        add.search.run(off + (a.id as number), name, a.countyName ?? '', state)
      }
      for (const n of names) add.name({ ...n, id: off + (n.id as number), agencyId: off + (n.agencyId as number), name: `SYNTHETIC ${c} ${n.name}` })
      const stateOf = new Map<number, string>()
      for (const g of agreements) {
        stateOf.set(g.id as number, agencyState.get(g.agencyId as number)!)
        add.agreement({ ...g, id: off + (g.id as number), agencyId: off + (g.agencyId as number) })
      }
      for (const p of periods) add.period({ ...p, id: off + (p.id as number), agreementId: off + (p.agreementId as number), state: stateOf.get(p.agreementId as number)! })
      for (const i of intervals) add.interval({ ...i, id: off + (i.id as number), agreementId: off + (i.agreementId as number), state: stateOf.get(i.agreementId as number)! })
      for (const e of events) add.event({ ...e, id: off + (e.id as number), agreementId: off + (e.agreementId as number) })
    }
  })()
  db.pragma('journal_mode = WAL')
  const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n
  const counts = { agencies: count('Agency'), agreements: count('Agreement'), status_periods: count('StatusPeriod'), intervals: count('PresenceInterval'), events: count('AgreementEvent') }
  db.close()
  return counts
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { source: { type: 'string', default: 'bench/data/real.db' }, factor: { type: 'string', default: '10' }, seed: { type: 'string', default: '287' }, out: { type: 'string' } } })
  const factor = Number(values.factor)
  const out = values.out ?? `bench/data/scale-${factor}x.db`
  const t0 = performance.now()
  const counts = generate(values.source!, out, factor, Number(values.seed))
  process.stdout.write(`${out}: ${JSON.stringify(counts)} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`)
}
