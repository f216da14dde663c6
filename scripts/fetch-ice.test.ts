import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../lib/fetch/test-server'
import { dataChecksum } from '../lib/test/db-checksum'
import { derivedWorkbook } from '../lib/test/workbooks'

const run = promisify(execFile)
const cli = (args: string[], pageUrl: string) =>
  run(path.resolve('node_modules/.bin/tsx'), ['scripts/fetch-ice.ts', ...args], { env: { ...process.env, ICE_287G_URL: pageUrl } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  )

const DIR = '/doclib/about/offices/ero/287g/'
const PAGE = readFileSync('lib/fetch/fixtures/ice-287g-page.html', 'utf8')
let server: Awaited<ReturnType<typeof startTestServer>>

beforeAll(async () => {
  server = await startTestServer({
    '/287g': { type: 'text/html', body: PAGE.replace('participatingAgencies05182026am.xlsx', 'participatingAgencies07012026pm.xlsx') },
    '/no-links': { type: 'text/html', body: '<html><body><p>Page moved.</p></body></html>' },
    [DIR + 'participatingAgencies07012026pm.xlsx']: { body: await derivedWorkbook([5, 6, 7]) },
    [DIR + 'pendingAgencies07182025pm.xlsx']: { body: readFileSync('prisma/data/ice-xlsx/pendingAgencies07182025pm.xlsx') },
  })
}, 120_000)
afterAll(() => server.close())

describe('npm run fetch:ice', () => {
  it('prints what a dry run would import, then imports the new list, then reports it unchanged', async () => {
    const before = dataChecksum()
    const dry = await cli(['--dry-run'], server.url('/287g'))
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringMatching(/as of 2026-07-01, 1840 rows — dry run[\s\S]*removed 3 · unchanged 1840[\s\S]*Would import 1 new list/) })
    expect(dataChecksum()).toBe(before)
    const real = await cli([], server.url('/287g'))
    expect(real).toMatchObject({ code: 0, stdout: expect.stringMatching(/imported as source list \d+[\s\S]*Imported 1 new list\(s\): participating 2026-07-01\./) })
    const again = await cli([], server.url('/287g'))
    expect(again).toMatchObject({ code: 0, stdout: expect.stringMatching(/Unchanged: ICE's current lists are already held/) })
  }, 360_000)

  it.each([
    ['/missing', /Fetch failed, nothing imported: http:\/\/127.0.0.1:\d+\/missing answered 404/],
    ['/no-links', /Fetch failed, nothing imported: .*links no participating-agencies workbook/],
  ])('exits non-zero with a clear message when the page is %s', async (pagePath, message) => {
    const res = await cli([], server.url(pagePath))
    expect(res.code).toBe(1)
    expect(res.stderr).toMatch(message)
  }, 120_000)

  it('refuses unknown options with the usage', async () => {
    const res = await cli(['--force'], server.url('/287g'))
    expect(res).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown option '--force'[\s\S]*Usage: npm run fetch:ice/) })
  }, 120_000)
})
