import { execFileSync } from 'node:child_process'
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import Database from 'better-sqlite3'
import { parse } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET as captures } from '@/app/api/v1/download/captures.csv/route'
import { GET as database } from '@/app/api/v1/download/database/route'
import { db } from '../db.ts'
import { LIVE_FORMULA, PLAIN_NUMBER } from '../test/csv-checks.ts'
import { cacheDir, databaseFile } from './cache.ts'

const tmp = mkdtempSync(path.join(tmpdir(), 'downloads-test-'))
const source = databaseFile()
// The first query of a process loads the client; done here so that it is not counted as blocking by a download.
beforeAll(async () => {
  await db.sourceList.count()
})
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
  rmSync(cacheDir(source), { recursive: true, force: true })
})

/** The longest the event loop was blocked (ms) while `fn` ran: what any other request would have waited. */
async function longestBlock<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const h = monitorEventLoopDelay({ resolution: 10 })
  h.enable()
  const result = await fn()
  h.disable()
  return { result, ms: h.max / 1e6 }
}

async function save(res: Response, name: string): Promise<string> {
  const file = path.join(tmp, name)
  await pipeline(Readable.fromWeb(res.body! as import('node:stream/web').ReadableStream), createWriteStream(file))
  return file
}

// Written here, not read from the builder: what must never leave the server.
const PRIVATE_TABLES = ['User', 'Session', 'ApiToken', 'AuditLog', 'LoginAttempt', 'CorrectionSuggestion', 'MergeCandidate']
const PRIVATE_COLUMNS = /^(email|passwordHash|tokenHash|clientHash|ipHash|userAgent|importedBy|decidedBy|actor|content)$/
const PUBLIC_TABLES = [
  'Agency', 'AgencyName', 'Agreement', 'AgreementEvent', 'Citation', 'County', 'CriteriaItem', 'CriteriaSet', 'FetchRun',
  'ListEntry', 'ListVersion', 'PolicyEvent', 'PresenceInterval', 'SourceList', 'StatusPeriod',
]

describe('GET /api/v1/download/database', () => {
  let file = ''

  it('is a SQLite file of the public record, named by the newest list, with the same counts as the source', async () => {
    const { result: res, ms } = await longestBlock(() => database(new Request('http://localhost/api/v1/download/database')))
    expect(res.status).toBe(200)
    expect(ms, 'the copy is made in a child process: the server is never blocked for long').toBeLessThan(1000)
    expect(res.headers.get('content-type')).toBe('application/vnd.sqlite3')
    expect(res.headers.get('content-disposition')).toContain('filename="tracker-287g-public-2026-05-18.sqlite"')
    file = await save(res, 'public.sqlite')
    expect(statSync(file).size).toBe(Number(res.headers.get('content-length')))
    const pub = new Database(file, { readonly: true, fileMustExist: true })
    const src = new Database(source, { readonly: true, fileMustExist: true })
    const tables = (pub.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name`).all() as { name: string }[]).map((t) => t.name)
    expect(tables).toEqual([...PUBLIC_TABLES].sort())
    for (const t of PUBLIC_TABLES) {
      const count = (d: Database.Database) => (d.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n
      expect(count(pub), t).toBe(count(src))
    }
    expect((pub.prepare('SELECT count(*) AS n FROM "ListEntry"').get() as { n: number }).n).toBeGreaterThan(200_000)
    expect(pub.pragma('integrity_check', { simple: true })).toBe('ok')
    for (const t of tables) {
      const cols = (pub.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name)
      expect(cols.filter((c) => PRIVATE_COLUMNS.test(c)), t).toEqual([])
    }
    for (const t of PRIVATE_TABLES) expect(tables).not.toContain(t)
    expect(pub.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'agency_search%' OR type = 'trigger'`).all()).toEqual([])
    pub.close()
    src.close()
  })

  it('opens with the sqlite3 command-line tool', () => {
    let cli = ''
    try {
      cli = execFileSync('sqlite3', ['-version'], { encoding: 'utf8' })
    } catch {
      return // not installed here; better-sqlite3 above read the same file
    }
    expect(cli).toMatch(/^3\./)
    const out = execFileSync('sqlite3', ['-readonly', file, 'PRAGMA integrity_check; SELECT count(*) FROM SourceList; SELECT count(*) FROM sqlite_master WHERE name = \'User\';'], { encoding: 'utf8' })
    expect(out.trim().split('\n')).toEqual(['ok', String(1119), '0'])
  })

  it('is served from the cache until a write, then rebuilt with the write in it', async () => {
    const first = await database(new Request('http://localhost/api/v1/download/database'))
    await first.body?.cancel()
    const again = await database(new Request('http://localhost/api/v1/download/database', { headers: { 'If-None-Match': first.headers.get('etag')! } }))
    expect(again.status).toBe(304)
    const started = performance.now()
    const cached = await database(new Request('http://localhost/api/v1/download/database'))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(cached.headers.get('etag')).toBe(first.headers.get('etag'))
    await cached.body?.cancel()

    const agency = await db.agency.findFirstOrThrow({ orderBy: { id: 'asc' } })
    await db.$transaction([
      db.agency.update({ where: { id: agency.id }, data: { countyNote: 'download test note' } }),
      db.auditLog.create({ data: { actor: 'editor@example.org', channel: 'form', action: 'update', recordType: 'Agency', recordId: String(agency.id), reason: 'test', diff: '{}' } }),
    ])
    const after = await database(new Request('http://localhost/api/v1/download/database'))
    expect(after.headers.get('etag')).not.toBe(first.headers.get('etag'))
    const pub = new Database(await save(after, 'after.sqlite'), { readonly: true })
    expect(pub.prepare('SELECT countyNote FROM Agency WHERE id = ?').get(agency.id)).toEqual({ countyNote: 'download test note' })
    pub.close()
  })
})

/**
 * Rows expected in the captures CSV, from the files' own manifests: every ICE file once per list date (the "pending"
 * file of 2025-09-22 pm is byte for byte the participating file of that morning, so it is one capture) plus the DDP
 * roster's rows, less the pending rows with a blank SUPPORT TYPE (held as a warning on their list, not as rows).
 */
function expectedRows(): number {
  const manifest = readFileSync('prisma/data/ice-history/MANIFEST.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
  const distinct = new Map(manifest.map((r) => [`${r[2]} ${r[6]}`, Number(r[7])]))
  const roster = (parseSync(readFileSync('prisma/data/ddp/pre2018-roster-long.csv'), { columns: true }) as unknown[]).length
  return [...distinct.values()].reduce((a, b) => a + b, 0) + roster - BLANK_SUPPORT_TYPE.length
}
const BLANK_SUPPORT_TYPE = ['pendingAgencies10062025pm.xlsx#6', 'pendingAgencies10082025pm.xlsx#25', 'pendingAgencies10242025mid.xlsx#5', 'pendingAgencies10282025pm.xlsx#14']

describe('GET /api/v1/download/captures.csv', () => {
  it('is one strict RFC 4180 CSV, header first, with a row for every row of every capture and no live formula', { timeout: 240_000 }, async () => {
    const { result: res, ms } = await longestBlock(() => captures(new Request('http://localhost/api/v1/download/captures.csv')))
    expect(ms, 'the CSV is written a list at a time: the server is never blocked for long').toBeLessThan(1000)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toContain('tracker-287g-captures-2026-05-18.csv')
    const file = await save(res, 'captures.csv')
    const parser = parse({ relax_quotes: false, relax_column_count: false, skip_empty_lines: false, record_delimiter: '\r\n' })
    let header: string[] = []
    let records = 0
    const formulas: string[] = []
    const perCapture = new Map<string, number>()
    const blank: string[] = []
    for await (const rec of createReadStream(file).pipe(parser) as AsyncIterable<string[]>) {
      if (!header.length) { header = rec; continue }
      records++
      perCapture.set(rec[0]!, (perCapture.get(rec[0]!) ?? 0) + 1)
      if (BLANK_SUPPORT_TYPE.includes(`${rec[4]}#${rec[7]}`)) blank.push(`${rec[4]}#${rec[7]}`)
      for (const c of rec) if (LIVE_FORMULA.test(c) && !PLAIN_NUMBER.test(c)) formulas.push(c)
    }
    expect(header.slice(0, 8)).toEqual(['capture_id', 'kind', 'list_date', 'day_order', 'file_name', 'sha256', 'version_id', 'row_number'])
    expect(header).toEqual(expect.arrayContaining(['agency_raw', 'model_raw', 'signed_raw', 'model', 'signed_on', 'agency_id', 'agreement_id']))
    expect(formulas).toEqual([])
    expect(blank).toEqual([])
    const withVersion = await db.sourceList.findMany({ where: { versionId: { not: null } }, select: { id: true, rowCount: true } })
    expect(records).toBe(withVersion.reduce((a, c) => a + c.rowCount, 0))
    expect(records).toBe(expectedRows())
    for (const c of withVersion) expect(perCapture.get(String(c.id)) ?? 0, `capture ${c.id}`).toBe(c.rowCount)

    let python = true
    try { execFileSync('python3', ['-c', 'import csv']) } catch { python = false }
    if (python) {
      const script = 'import csv,sys\nrows=list(csv.reader(open(sys.argv[1],newline="",encoding="utf-8"),strict=True))\nprint(len(rows)-1, len({len(r) for r in rows}))'
      expect(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).trim()).toBe(`${records} 1`)
    }
    const started = performance.now()
    const again = await captures(new Request('http://localhost/api/v1/download/captures.csv'))
    expect(performance.now() - started, 'the second request is served from the file written by the first').toBeLessThan(1000)
    expect(again.headers.get('etag')).toBe(res.headers.get('etag'))
    await again.body?.cancel()
  })
})
