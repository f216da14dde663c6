// Do imports stall readers? Serves a copy of the seeded database with `next start`, measures GET /api/v1/agreements idle,
// then while the API imports (1) a workbook derived from ICE's 2026-05-18 list, (2) a 20,000-row and (3) a 40,000-row CSV made from real rows,
// and prints each p99 against the idle p99 (goal: at most 2×, issue 11), then the time to refuse a 10 MB CSV of empty cells,
// the server's memory and the load average.
// Usage: node --import tsx bench/import-stall.ts [--db data/seeded.db] [--port 3224] [--seconds 20] [--rate 10]
import { execFile, execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import Database from 'better-sqlite3'
import { percentile } from './lib/load.ts'
import { startNext, type Server } from './lib/servers.ts'
import { stallCsv } from './stall-csv.ts'
import { derivedWorkbook } from '../lib/test/workbooks.ts'

const { values: args } = parseArgs({ options: { db: { type: 'string', default: 'data/seeded.db' }, port: { type: 'string', default: '3224' }, seconds: { type: 'string', default: '20' }, rate: { type: 'string', default: '10' } } })
const DIST = process.env.NEXT_DIST_DIR ?? '.next-stall'
const DB = path.resolve('bench/data/stall.db')
const READER = '/api/v1/agreements'
const execFileAsync = promisify(execFile)
const bin = (name: string) => path.resolve('node_modules/.bin', name)
const out = (s: string) => process.stdout.write(`${s}\n`)

interface Load { p50: number; p99: number; max: number; requests: number; errors: number; slowest: { atMs: number; ms: number }[] }

/**
 * One reader request every 1/rate s, each sent on time whether or not the one before has answered (an open model: a
 * stalled server shows as latency, not as fewer requests), until `until` settles or for `until` seconds.
 */
async function readers(url: string, until: Promise<unknown> | number): Promise<Load> {
  const t0 = performance.now()
  const samples: { atMs: number; ms: number }[] = []
  let errors = 0
  const inFlight: Promise<void>[] = []
  let stop = false
  if (typeof until === 'number') setTimeout(() => (stop = true), until * 1000)
  else void until.finally(() => (stop = true))
  for (let i = 0; !stop; i++) {
    const sent = performance.now()
    inFlight.push(fetch(url).then(async (res) => {
      await res.arrayBuffer()
      if (!res.ok) errors++
      samples.push({ atMs: Math.round(sent - t0), ms: performance.now() - sent })
    }, () => { errors++ }))
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + ((i + 1) * 1000) / Number(args.rate) - performance.now())))
  }
  await Promise.all(inFlight)
  const times = samples.map((s) => s.ms).sort((a, b) => a - b)
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => ({ atMs: s.atMs, ms: Math.round(s.ms) }))
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? Number.NaN, requests: times.length, errors, slowest }
}

/** Resident memory of the server's processes, the import worker excluded. */
function serverRssMb(pid: number): number {
  const children = new Map<number, number[]>()
  for (const d of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)])
    } catch { /* exited */ }
  }
  let kb = 0
  for (const queue = [pid]; queue.length; ) {
    const p = queue.pop()!
    try {
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('worker-entry')) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0)
    } catch { continue }
    queue.push(...(children.get(p) ?? []))
  }
  return Math.round(kb / 1024)
}

function prepare(): string {
  mkdirSync(path.dirname(DB), { recursive: true })
  for (const ext of ['', '-wal', '-shm']) rmSync(DB + ext, { force: true })
  copyFileSync(path.resolve(args.db!), DB)
  // As scripts/start.mjs sets it in production: in rollback-journal mode a long write transaction locks readers out.
  const sqlite = new Database(DB)
  sqlite.pragma('journal_mode = WAL')
  sqlite.close()
  const env = { ...process.env, DATABASE_URL: `file:${DB}`, NEW_USER_PASSWORD: 'bench-password-long-enough-1', LOG_LEVEL: 'silent' }
  // A database seeded before the newest migrations gets them, as `npm start` would.
  execFileSync(bin('prisma'), ['migrate', 'deploy'], { env, stdio: 'ignore' })
  execFileSync(bin('tsx'), ['scripts/user-create.ts', '--email', 'bench-admin@example.org', '--role', 'admin'], { env, stdio: 'ignore' })
  const token = execFileSync(bin('tsx'), ['scripts/token-create.ts', '--email', 'bench-admin@example.org', '--name', 'import-stall bench', '--scope', 'import', '--days', '1'], { env, stdio: ['ignore', 'pipe', 'ignore'] }).toString().match(/^t287_\S+$/m)?.[0]
  if (!token) throw new Error('token:create printed no token')
  if (!existsSync(path.join(DIST, 'BUILD_ID'))) {
    out(`building into ${DIST} …`)
    // Some pages are prerendered from the database.
    execFileSync(bin('next'), ['build'], { env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: `file:${DB}` }, stdio: 'ignore' })
  }
  return token
}

/** The upload runs in a curl process of its own: encoding a 6 MB form in this process would stall its readers' clocks too. */
async function importThrough(server: Server, token: string, bytes: Uint8Array, name: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'stall-'))
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  const started = performance.now()
  try {
    const { stdout } = await execFileAsync('curl', ['-sS', '-o', '-', '-w', '\n%{http_code}', '-H', `authorization: Bearer ${token}`, '-F', `file=@${file}`, `${server.url}/api/v1/imports?apply=true`], { maxBuffer: 256 * 1048576 })
    const ms = Math.round(performance.now() - started)
    const status = Number(stdout.slice(stdout.lastIndexOf('\n') + 1))
    const body = JSON.parse(stdout.slice(0, stdout.lastIndexOf('\n'))) as { items?: { counts: Record<string, number> }[]; error?: { message: string } }
    return { status, ms, outcome: body.error?.message ?? JSON.stringify(body.items?.[0]?.counts) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  // A server left on the port (a crashed run) would answer instead, on a database file since replaced.
  if (await fetch(`http://127.0.0.1:${args.port}/`).then(() => true, () => false)) throw new Error(`port ${args.port} is in use; stop that server first`)
  const token = prepare()
  const loadBefore = loadavg()
  const server = await startNext(DB, Number(args.port), { NEXT_DIST_DIR: DIST })
  const url = `${server.url}${READER}`
  try {
    await readers(url, 3)
    const idle = await readers(url, Number(args.seconds))
    out(`idle measured: p99 ${idle.p99} ms; slowest (start ms: ms) ${idle.slowest.map((s) => `${s.atMs}: ${s.ms}`).join(", ")}`)
    const rssIdle = serverRssMb(server.child.pid!)
    const files = [
      { label: 'ICE workbook 2026-05-18, 5 rows removed', name: 'participatingAgencies06012026am.xlsx', bytes: new Uint8Array(await derivedWorkbook([2, 3, 4, 5, 6])) },
      { label: '20,000-row CSV of real rows', name: 'agencies_287g_2026-06-02.csv', bytes: stallCsv(20_000) },
      { label: '40,000-row CSV of real rows', name: 'agencies_287g_2026-06-04.csv', bytes: stallCsv(40_000) },
    ]
    const during = []
    for (const f of files) {
      let result!: Awaited<ReturnType<typeof importThrough>>
      const job = importThrough(server, token, f.bytes, f.name).then((r) => (result = r))
      const load = await readers(url, job)
      out(`${f.label}: import ${result.status} in ${result.ms} ms, readers' p99 ${load.p99} ms; slowest (start ms after the import began: ms) ${load.slowest.map((s) => `${s.atMs}: ${s.ms}`).join(', ')}`)
      during.push({ ...f, bytes: f.bytes.byteLength, load, import: result, ratio: Math.round((load.p99 / idle.p99) * 100) / 100 })
    }
    const rssAfter = serverRssMb(server.child.pid!)
    const hostile = await importThrough(server, token, new TextEncoder().encode(',,,,\n'.repeat(2 * 1048576)), 'agencies_287g_2026-06-03.csv')
    const rssHostile = serverRssMb(server.child.pid!)
    const report = { at: new Date().toISOString(), reader: READER, rate: Number(args.rate), idle, during, hostile, serverRssMb: { idle: rssIdle, afterImports: rssAfter, afterHostile: rssHostile }, loadavg: { before: loadBefore, after: loadavg() } }
    out(`idle (${args.seconds} s at ${args.rate} req/s): p50 ${idle.p50} ms, p99 ${idle.p99} ms, max ${idle.max} ms, ${idle.requests} requests, ${idle.errors} errors`)
    for (const d of during)
      out(`during ${d.label} (${(d.bytes / 1048576).toFixed(1)} MB; import ${d.import.status} in ${d.import.ms} ms: ${d.import.outcome}): p50 ${d.load.p50} ms, p99 ${d.load.p99} ms, max ${d.load.max} ms, ${d.load.requests} requests, ${d.load.errors} errors; p99 ratio ${d.ratio}× (goal ≤ 2×)`)
    out(`10 MB CSV of empty cells: ${hostile.status} in ${hostile.ms} ms: ${hostile.outcome}`)
    out(`server memory: ${rssIdle} MB idle, ${rssAfter} MB after the imports, ${rssHostile} MB after the 10 MB CSV (worker excluded)`)
    out(`load average: before ${loadBefore.map((n) => n.toFixed(2)).join(' ')}, after ${loadavg().map((n) => n.toFixed(2)).join(' ')} (2 cores)`)
    writeFileSync('bench/results/import-stall.json', `${JSON.stringify(report, null, 2)}\n`)
  } finally {
    await server.stop()
  }
}

await main()
