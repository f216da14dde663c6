import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../db'
import { ImportError } from '../import/errors'
import { dataChecksum } from '../test/db-checksum'
import { derivedWorkbook } from '../test/workbooks'
import { FetchError } from './errors'
import { lastSuccessfulFetch, newestListDate } from './queries'
import { formatFetchReport } from './report'
import { fetchIce } from './run'
import { startTestServer, type Route } from './test-server'

const actor = { actor: 'fetch:test', channel: 'cli' as const }
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DIR = '/doclib/about/offices/ero/287g/'
const PAGE = readFileSync('lib/fetch/fixtures/ice-287g-page.html', 'utf8')
const realWorkbook = (name: string) => readFileSync(`prisma/data/ice-xlsx/${name}`)

const routes: Record<string, Route> = {}
let server: Awaited<ReturnType<typeof startTestServer>>
let unseen: Buffer

/** ICE's page linking the given participating workbook (and the real 2025-07-18 pending one), each served with its bytes. */
function publish(participating: { name: string; body: Uint8Array | string } | null, pending: Uint8Array | string = realWorkbook('pendingAgencies07182025pm.xlsx')) {
  for (const key of Object.keys(routes)) delete routes[key]
  routes['/identify-and-arrest/287g'] = { type: 'text/html; charset=utf-8', body: participating ? PAGE.replace('participatingAgencies05182026am.xlsx', participating.name) : PAGE }
  if (participating) routes[DIR + participating.name] = { type: XLSX, body: participating.body }
  routes[DIR + 'pendingAgencies07182025pm.xlsx'] = { type: XLSX, body: pending }
}
const pageUrl = () => server.url('/identify-and-arrest/287g')

/** Checks the run recorded for a failure, then removes it: what remains must be byte-identical to before. */
async function expectOnlyAFailedRun(message: RegExp) {
  const run = await db.fetchRun.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true, ok: true, message: true, finishedAt: true } })
  expect(run).toMatchObject({ ok: false, message: expect.stringMatching(message), finishedAt: expect.any(Date) })
  await db.fetchRun.delete({ where: { id: run.id } })
}

beforeAll(async () => {
  server = await startTestServer(routes)
  // ICE's real 2026-05-18 workbook without sheet rows 2..11 (ten Alabama agreements): a list the database has never seen.
  unseen = await derivedWorkbook([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
}, 120_000)
afterAll(() => server.close())

describe('fetchIce refuses, and writes no list, when', () => {
  it.each([
    ['ICE’s page answers 404', () => { publish(null); delete routes['/identify-and-arrest/287g'] }, FetchError, /identify-and-arrest\/287g answered 404/],
    ['the page links no workbook', () => { publish(null); routes['/identify-and-arrest/287g'] = { type: 'text/html', body: '<html><body><h1>287(g)</h1><a href="/doclib/participatingAgenciesMap.pdf">map</a></body></html>' } }, FetchError, /links no participating-agencies workbook/],
    ['the linked workbook is missing', () => { publish({ name: 'participatingAgencies06012026am.xlsx', body: unseen }); delete routes[DIR + 'participatingAgencies06012026am.xlsx'] }, FetchError, /participatingAgencies06012026am.xlsx answered 404/],
    ['the workbook is truncated', () => publish({ name: 'participatingAgencies06012026am.xlsx', body: unseen.subarray(0, 20_000) }), ImportError, /participatingAgencies06012026am.xlsx is a damaged or truncated .xlsx file/],
    ['the workbook is an HTML error page', () => publish({ name: 'participatingAgencies06012026am.xlsx', body: '<html><body>Access Denied</body></html>' }), ImportError, /is not a 287\(g\) agency list/],
    ['the participating list is new and good but the pending one is unreadable', () => publish({ name: 'participatingAgencies06012026am.xlsx', body: unseen }, 'not,a,list\n1,2,3\n'), ImportError, /pendingAgencies07182025pm.xlsx is not a 287\(g\) agency list/],
  ])('%s', async (_case, arrange, errorClass, message) => {
    arrange()
    const before = dataChecksum()
    const failure = await fetchIce(db, { pageUrl: pageUrl(), actor }).then(() => null, (e: unknown) => e)
    expect(failure).toBeInstanceOf(errorClass)
    expect((failure as Error).message).toMatch(message)
    await expectOnlyAFailedRun(message)
    expect(dataChecksum()).toBe(before)
  }, 120_000)

  it('ICE_287G_URL is not a URL', async () => {
    const before = dataChecksum()
    await expect(fetchIce(db, { pageUrl: 'ice.gov/287g', actor })).rejects.toThrow(/ICE_287G_URL "ice.gov\/287g" is not an absolute URL/)
    expect(dataChecksum()).toBe(before)
  })
})

describe('fetchIce against a page that links a list never seen', () => {
  it('previews it in a dry run and writes nothing, not even a run record', async () => {
    publish({ name: 'participatingAgencies06012026am.xlsx', body: unseen })
    const before = dataChecksum()
    const report = await fetchIce(db, { pageUrl: pageUrl(), actor, dryRun: true })
    expect(report.newLists).toBe(1)
    expect(report.files[0]!.results[0]).toMatchObject({ applied: false, asOf: '2026-06-01', rows: 1833, counts: { added: 0, removed: 10, relisted: 0, unchanged: 1833 } })
    expect(formatFetchReport(report)).toMatch(/dry run: nothing is written[\s\S]*Would import 1 new list\(s\): participating 2026-06-01/)
    expect(dataChecksum()).toBe(before)
  }, 120_000)

  it('imports it once, through the import path, and reports "unchanged" the second time', async () => {
    publish({ name: 'participatingAgencies06012026am.xlsx', body: unseen })
    expect(await newestListDate()).toBe('2026-05-18')
    const first = await fetchIce(db, { pageUrl: pageUrl(), actor })
    const [participating, pending] = first.files
    expect(participating!.results).toHaveLength(1)
    expect(participating!.results[0]).toMatchObject({ applied: true, kind: 'participating', asOf: '2026-06-01', rows: 1833, counts: { added: 0, removed: 10, relisted: 0, unchanged: 1833 } })
    expect(pending!.results[0]).toMatchObject({ applied: false, duplicateOf: { asOf: '2025-07-18', fileName: 'pendingAgencies07182025pm.xlsx' } })
    const printed = formatFetchReport(first)
    expect(printed).toMatch(/added 0 · re-listed 0 · removed 10 · unchanged 1833/)
    expect(printed).toMatch(/unchanged: pendingAgencies07182025pm.xlsx: already imported/)
    expect(printed).toMatch(/Imported 1 new list\(s\): participating 2026-06-01\.$/)

    const list = await db.sourceList.findFirstOrThrow({ where: { kind: 'participating', asOf: '2026-06-01' }, select: { id: true, sourceUrl: true, rowCount: true } })
    expect(list).toMatchObject({ sourceUrl: server.url(DIR + 'participatingAgencies06012026am.xlsx'), rowCount: 1833 })
    expect(await db.auditLog.count({ where: { action: 'import', recordId: String(list.id), actor: 'fetch:test' } })).toBe(1)
    expect(await newestListDate()).toBe('2026-06-01')
    const run = await db.fetchRun.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { ok: true, message: true, files: true, finishedAt: true } })
    expect(run).toMatchObject({ ok: true, message: 'Imported 1 new list(s): participating 2026-06-01.' })
    expect(JSON.parse(run.files)).toMatchObject([
      { kind: 'participating', fileName: 'participatingAgencies06012026am.xlsx', lists: [{ asOf: '2026-06-01', applied: true, sourceListId: list.id }] },
      { kind: 'pending', fileName: 'pendingAgencies07182025pm.xlsx', lists: [{ asOf: '2025-07-18', applied: false }] },
    ])
    expect(await lastSuccessfulFetch()).toEqual({ finishedAt: run.finishedAt!.toISOString(), pageUrl: pageUrl() })

    const before = dataChecksum()
    const second = await fetchIce(db, { pageUrl: pageUrl(), actor })
    expect(second.newLists).toBe(0)
    expect(formatFetchReport(second)).toMatch(/unchanged: participatingAgencies06012026am.xlsx: already imported as source list \d+[\s\S]*Unchanged: ICE's current lists are already held \(participating 2026-06-01, pending 2025-07-18\)\.$/)
    const again = await db.fetchRun.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true, ok: true, message: true } })
    expect(again.ok).toBe(true)
    await db.fetchRun.delete({ where: { id: again.id } })
    expect(dataChecksum()).toBe(before)
  }, 240_000)
})
