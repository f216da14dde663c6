import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import Database from 'better-sqlite3'

// The newest participating list the seed holds: ICE's workbook participatingAgencies05182026am.xlsx.
const NEWEST = '2026-05-18'
const DAY_MS = 86_400_000
const ageToday = () => Math.round((Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) - Date.parse(`${NEWEST}T00:00:00Z`)) / DAY_MS)

/** A FetchRun row written straight into the e2e database after the build, removed after the test. */
function withFetchRuns<T>(rows: { finishedAt: string; ok: boolean }[], use: () => Promise<T>): Promise<T> {
  const sqlite = new Database(path.resolve(process.env.E2E_DB ?? 'data/e2e/e2e.db'))
  sqlite.pragma('busy_timeout = 5000')
  const insert = sqlite.prepare(`INSERT INTO "FetchRun" ("startedAt", "finishedAt", "ok", "pageUrl", "message", "files") VALUES (?, ?, ?, 'https://www.ice.gov/identify-and-arrest/287g', 'e2e', '[]')`)
  const ids = rows.map((r) => insert.run(r.finishedAt, r.finishedAt, r.ok ? 1 : 0).lastInsertRowid)
  return use().finally(() => {
    for (const id of ids) sqlite.prepare(`DELETE FROM "FetchRun" WHERE "id" = ?`).run(id)
    sqlite.close()
  })
}

test('every page says how old the newest ICE list is, and past 14 days that the figures may be out of date', async ({ page }) => {
  const age = ageToday()
  for (const url of ['/', '/agreements', '/states/TX', '/trends', '/sources', '/docs/api', '/search?q=harris']) {
    await page.goto(url)
    const note = page.getByRole('region', { name: 'Data freshness' })
    await expect(note, url).toContainText(`The newest ICE list held is dated ${NEWEST}, ${age.toLocaleString('en-US')} days old.`)
    if (age > 14) {
      await expect(note, url).toContainText('The figures may be out of date.')
      await expect(note, url).toContainText("No successful fetch of ICE's page is recorded.")
    } else await expect(note, url).not.toContainText('out of date')
  }
})

test('the banner names the last successful fetch, read at request time (a run recorded after the build)', async ({ page }) => {
  test.skip(ageToday() <= 14, 'the banner shows the fetch date only when the newest list is over 14 days old')
  await withFetchRuns([{ finishedAt: '2026-11-30T06:01:02.000+00:00', ok: true }, { finishedAt: '2026-11-30T18:00:00.000+00:00', ok: false }], async () => {
    await page.goto('/agreements')
    const note = page.getByRole('region', { name: 'Data freshness' })
    await expect(note).toContainText("Last successful fetch of ICE's page: 2026-11-30 06:01 UTC.")
    await note.getByRole('link', { name: NEWEST }).click()
    await expect(page).toHaveURL(/\/sources$/)
  })
})

test('the freshness banner has no accessibility violation', async ({ page }) => {
  await page.goto('/')
  const results = await new AxeBuilder({ page }).include('[aria-label="Data freshness"]').analyze()
  expect(results.violations.map((v) => [v.id, v.impact, v.nodes.map((n) => n.target)])).toEqual([])
})
