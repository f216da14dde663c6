// `npm run bench`: latency vs a floor, scale (10×, 50× synthetic), import, Lighthouse and bundle
// figures, printed as tables and written to bench/results/latest.json. Not part of `npm test`.
// Options: --quick (short runs), --only latency,spike,scale,import,lighthouse,bundle, --build (rebuild).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { bundleSizes } from './bundle.ts'
import { explainAll } from './explain.ts'
import { importBench } from './import-bench.ts'
import { latencyRuns, spikeRuns, type LatencyRow } from './latency.ts'
import { lighthouseRuns } from './lighthouse.ts'
import { BENCH_DIST, startNext } from './lib/servers.ts'
import { machine, table } from './report.ts'
import { generate } from './synth.ts'
import { lighthousePages } from './targets.ts'

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, build: { type: 'boolean', default: false } } })
const sections = new Set((values.only ?? 'latency,spike,scale,import,lighthouse,bundle').split(','))
const duration = Number(process.env.BENCH_DURATION ?? (values.quick ? 3 : 10))
const REAL = 'bench/data/real.db'
const log = (s: string) => process.stderr.write(`${s}\n`)
const bin = (n: string) => path.resolve('node_modules/.bin', n)

function ensureRealDb() {
  const env = { ...process.env, DATABASE_URL: `file:${path.resolve(REAL)}` }
  // A copy kept from an earlier run gets the migrations added since, as `npm start` does to the app's database.
  const held = existsSync(REAL)
  if (!held) log('building bench/data/real.db (migrate + seed) …')
  execFileSync(bin('prisma'), ['migrate', 'deploy'], { env, stdio: 'pipe' })
  if (held) return
  execFileSync('npm', ['run', '-s', 'db:seed'], { env, stdio: 'pipe' })
  const db = new Database(REAL)
  db.pragma('journal_mode = WAL') // as scripts/start.mjs does in production
  db.close()
}

function ensureBuild() {
  if (!values.build && existsSync(path.join(BENCH_DIST, 'BUILD_ID'))) return
  log(`next build → ${BENCH_DIST} …`)
  execFileSync(bin('next'), ['build'], { env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: BENCH_DIST, DATABASE_URL: `file:${path.resolve(REAL)}`, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' })
}

/** As scripts/start.mjs does at every start: planner statistics where missing or stale. */
function optimize(file: string) {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('optimize=0x10002')
  db.close()
}

/** EXPLAIN timings on a copy without planner statistics: what a database never analysed would do. */
function plansWithoutStats(file: string) {
  const copy = 'bench/data/tmp-nostats.db'
  rmSync(copy, { force: true })
  const src = new Database(file, { readonly: true })
  src.prepare('VACUUM INTO ?').run(copy)
  src.close()
  const db = new Database(copy)
  db.exec('DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4')
  db.close()
  try {
    return explainAll(copy)
  } finally {
    rmSync(copy, { force: true })
  }
}

/** The agency whose page is measured: the one with the most list rows (a deterministic, busy page). */
function busyAgency(file: string): number {
  const db = new Database(file, { readonly: true })
  const row = db.prepare('SELECT agencyId AS id FROM "ListEntry" GROUP BY agencyId ORDER BY count(*) DESC, agencyId LIMIT 1').get() as { id: number }
  db.close()
  return row.id
}

mkdirSync('bench/results', { recursive: true })
ensureRealDb()
optimize(REAL)
ensureBuild()
const agencyId = busyAgency(REAL)
const LATEST = 'bench/results/latest.json'
// With --only, the sections not rerun keep their figures from the previous run (each section says when it was measured).
const previous = values.only && existsSync(LATEST) ? (JSON.parse(readFileSync(LATEST, 'utf8')) as Record<string, unknown>) : {}
const results: Record<string, unknown> = { latency: [], spike: [], scale: [], import: [], lighthouse: [], bundle: [], ...previous, generated_at: new Date().toISOString(), duration_s: duration, machine: machine() }
const measuredAt = { ...(previous.measured_at as Record<string, string> | undefined) }
for (const s of sections) measuredAt[s] = results.generated_at as string
results.measured_at = measuredAt
const connections = [1, 10]
const ports = { app: 3401, floor: 3402 }
const coldRounds = values.quick ? 3 : 10

if (sections.has('latency')) {
  log('latency (real data) …')
  const { rows, verified } = await latencyRuns({ dataset: 'real', dbFile: REAL, agencyId, durationS: duration, connections, appPort: ports.app, floorPort: ports.floor, coldRounds }, log)
  results.latency = rows
  results.floor_verified = verified
}

if (sections.has('spike')) {
  log('spike …')
  results.spike = await spikeRuns({ dbFile: REAL, appPort: ports.app, connections: 200, durationS: Number(process.env.BENCH_SPIKE_S ?? 60) }, log)
}

if (sections.has('scale')) {
  const scale: (LatencyRow & { agreements: number; intervals: number; vs_real_p50: number | null })[] = []
  const plans: Record<string, ReturnType<typeof explainAll>> = {}
  for (const factor of [10, 50]) {
    const file = `bench/data/scale-${factor}x.db`
    let counts: { agreements: number; intervals: number }
    if (!existsSync(file)) {
      log(`generating ${file} …`)
      counts = generate(REAL, file, factor, 287)
    } else {
      const db = new Database(file, { readonly: true })
      const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n
      counts = { agreements: n('Agreement'), intervals: n('PresenceInterval') }
      db.close()
    }
    optimize(file)
    log(`latency (${factor}× synthetic) …`)
    const { rows } = await latencyRuns({ dataset: `${factor}x`, dbFile: file, agencyId, durationS: duration, connections, appPort: ports.app, floorPort: ports.floor, coldRounds }, log)
    const real = (results.latency as LatencyRow[])
    for (const r of rows) {
      const base = real.find((x) => x.path === r.path && x.connections === r.connections && x.cache === r.cache)
      scale.push({ ...r, agreements: counts.agreements, intervals: counts.intervals, vs_real_p50: base?.app_p50_ms && r.app_p50_ms ? Math.round((r.app_p50_ms / base.app_p50_ms) * 100) / 100 : null })
    }
    plans[`${factor}x`] = explainAll(file)
    if (factor === 50) plans['50x without planner statistics'] = plansWithoutStats(file)
  }
  results.scale = scale
  results.query_plans = { real: explainAll(REAL), ...plans }
}

if (sections.has('import')) {
  log('import …')
  results.import = await importBench(REAL, values.quick ? [10_000] : [10_000, 100_000])
}

if (sections.has('lighthouse') || sections.has('bundle')) {
  const app = await startNext(REAL, ports.app)
  try {
    const samples = lighthousePages(REAL)
    const pages = samples.flatMap((s) => (s.page ? [s.page] : []))
    if (sections.has('bundle')) results.bundle = await bundleSizes(app.url, pages, BENCH_DIST)
    if (sections.has('lighthouse')) {
      log(`lighthouse: ${pages.length} pages …`)
      const skipped = samples.filter((s) => !s.page).map((s) => ({ page: s.pattern, performance: null, performance_runs: '', accessibility: null, best_practices: null, seo: null, note: s.note }))
      results.lighthouse = [...(await lighthouseRuns(app.url, pages)), ...skipped]
    }
  } finally {
    await app.stop()
  }
}

;(results.machine as Record<string, unknown>).loadavg_end = loadavg().map((x) => Math.round(x * 100) / 100)
writeFileSync(LATEST, JSON.stringify(results, null, 2) + '\n')
const pick = (rows: Record<string, unknown>[], keys: string[]) => rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k] as string | number | null])))
const LAT = ['name', 'cache', 'connections', 'app_p50_ms', 'app_p95_ms', 'app_p99_ms', 'app_rps', 'floor_p50_ms', 'floor_p95_ms', 'floor_rps', 'ratio_p50', 'app_errors', 'note']
process.stdout.write(table('Latency, real data (ms; ratio = app p50 / floor p50)', pick(results.latency as Record<string, unknown>[], LAT)))
process.stdout.write(table('Spike (warm, one target at a time)', results.spike as Record<string, number>[]))
process.stdout.write(table('Scale (synthetic; vs_real = app p50 / real-data app p50)', pick(results.scale as Record<string, unknown>[], ['dataset', 'agreements', 'intervals', ...LAT.slice(0, 4), 'floor_p50_ms', 'ratio_p50', 'vs_real_p50', 'note'])))
for (const [ds, plan] of Object.entries((results.query_plans ?? {}) as Record<string, ReturnType<typeof explainAll>>))
  process.stdout.write(`\nEXPLAIN QUERY PLAN (${ds})\n${plan.map((p) => `${p.name} [${p.statement}] ${p.ms.toFixed(1)} ms\n${p.plan.map((l) => `    ${l}`).join('\n')}`).join('\n')}\n`)
process.stdout.write(table('Import (fresh process per run; RSS = peak resident set)', results.import as Record<string, unknown>[] as Record<string, number>[]))
process.stdout.write(table('Lighthouse 12.2.3 (mobile defaults)', results.lighthouse as Record<string, number>[]))
process.stdout.write(table('First-load JS per route', results.bundle as Record<string, number>[]))
process.stdout.write(`\nmachine: ${JSON.stringify(results.machine)}\nwritten bench/results/latest.json\n`)
