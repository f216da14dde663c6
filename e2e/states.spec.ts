import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
}

test('the states page shows the map, the basis and a table that opens by count with a totals row', async ({ page }) => {
  await page.goto('/states')
  await expect(page.getByRole('heading', { level: 1, name: '287(g) agreements by state' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Map of U\.S\. states shaded by active 287\(g\) agreements/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'ICE list of 2026-05-18', exact: true }).first()).toBeVisible()
  await expect(page.getByText(/Data last updated \d{4}-\d{2}-\d{2}/).first()).toBeVisible()
  const table = page.getByRole('table', { name: /Active 287\(g\) agreements by state and model/ })
  await expect(page.getByRole('columnheader', { name: /Active agreements/ })).toHaveAttribute('aria-sort', 'descending')
  // ICE's list of 2026-05-18: Texas 387 and Florida 348 lead; 1,843 rows in all.
  await expect(table.getByRole('row').nth(1)).toContainText('Texas')
  await expect(table.getByRole('row').nth(2)).toContainText('Florida')
  await expect(table.getByRole('row', { name: /^Texas/ }).getByRole('cell').first()).toHaveText('387')
  const totals = table.getByRole('row', { name: /^All 56 states and territories/ })
  await expect(totals.getByRole('cell').first()).toHaveText('1,843')
  await table.getByRole('link', { name: /^Active agreements/ }).click()
  await expect(page).toHaveURL(/sort=total(#|$)/)
  await expect(page.getByRole('columnheader', { name: /Active agreements/ })).toHaveAttribute('aria-sort', 'ascending')
  await page.getByRole('table', { name: /by state and model/ }).getByRole('link', { name: /^State or territory/ }).click()
  await expect(page).toHaveURL(/sort=name/)
  await expect(page.getByRole('table', { name: /by state and model/ }).getByRole('row').nth(1)).toContainText('Alabama')
  await expectNoSeriousViolations(page)
})

test('Texas is summarised with links to the prefiltered table, not listed row by row', async ({ page }) => {
  await page.goto('/states/TX')
  await expect(page.getByText(/#1 of 56/).first()).toBeVisible()
  await expect(page.getByRole('table', { name: /agreements in Texas active on/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'See all 387 in the agreements table' })).toHaveAttribute('href', '/agreements?state=TX')
  const counties = page.getByRole('region', { name: 'Counties with the most agreements' })
  // Galveston County holds 11 of the 387 rows of ICE's 2026-05-18 list, more than any other Texas county.
  await expect(counties.getByRole('listitem').first()).toContainText('Galveston County: 11')
  await counties.getByRole('link', { name: 'Galveston County' }).click()
  await expect(page).toHaveURL(/\/agreements\?state=TX&q=Galveston(\+|%20)County$/)
  await expect(page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row').first()).toContainText('Galveston')
  await page.goto('/states/TX')
  await page.getByRole('region', { name: 'By model' }).getByRole('link', { name: /^Task force/ }).click()
  await expect(page).toHaveURL(/state=TX/)
  await expect(page).toHaveURL(/model=task_force/)
  await page.goto('/states/TX')
  const pages = page.getByRole('navigation', { name: 'Pages of agencies' })
  await expect(pages).toContainText('page 1 of 7')
  await pages.getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL(/\/states\/TX\?page=2/)
  await expect(page.getByRole('navigation', { name: 'Pages of agencies' })).toContainText('page 2 of 7')
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000)
})

test('Arizona’s page reconciles the June 2012 rescission with what ICE’s rosters show', async ({ page }) => {
  await page.goto('/states/AZ')
  await expect(page.getByText(/#\d+( \(tied\))? of 56/).first()).toBeVisible()
  const rosters = page.getByRole('region', { name: 'Arizona on ICE’s fact-sheet rosters, 2010–2017' })
  await expect(rosters.getByText(/rescinded all seven Arizona task-force agreements/)).toBeVisible()
  await expect(rosters.getByText(/four jail agreements remain to Dec 31, 2012, not seven/)).toBeVisible()
  await expect(rosters.getByRole('link', { name: 'the event' })).toHaveAttribute('href', '/policy#2012-06-25-arizona-rescission')
  const table = rosters.getByRole('table', { name: /Agreements in Arizona on ICE’s rosters held/ })
  await expect(table.getByRole('row', { name: /^2010-10-29/ }).getByRole('cell')).toHaveText(['3', '6', '9', 'first roster held'])
  const oct2012 = table.getByRole('row', { name: /^2012-10-02/ })
  await expect(oct2012.getByRole('cell').nth(2)).toHaveText('4')
  for (const name of ['Arizona Department of Public Safety', 'City of Phoenix Police Department', 'Florence Police Department', "Pima County Sheriff's Office"]) {
    await expect(oct2012.getByRole('link', { name })).toHaveAttribute('href', /^\/agencies\/\d+$/)
  }
})

test('a date before the tracker’s lists shows a gap, and a bad date a notice', async ({ page }) => {
  await page.goto('/states?as_of=2018-06-01')
  await expect(page.getByText(/no ICE list we hold covers 2018-06-01/).first()).toBeVisible()
  await page.goto('/states?as_of=2025-02-30')
  await expect(page.getByRole('status')).toContainText('not a real date')
})

test('state → agency → source list: every fact leads back to ICE’s file', async ({ page }) => {
  await page.goto('/states')
  await page.getByRole('table', { name: /by state and model/ }).getByRole('link', { name: 'Arizona', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: '287(g) agreements in Arizona' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Filter, sort and export/ })).toHaveAttribute('href', '/agreements?state=AZ')
  await page.getByRole('table', { name: /agreements in Arizona active on/ }).getByRole('link', { name: 'Arizona Department of Corrections', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Arizona Department of Corrections' })).toBeVisible()
  const current = page.getByRole('article').filter({ hasText: /captures from ICE list of [\d-]+ to ICE list of 2026-05-18/ })
  await expect(current.getByRole('link', { name: /^MOA \(PDF\)/ })).toHaveAttribute('href', /^https:\/\/www\.ice\.gov\//)
  await expect(page.getByText(/No ICE list we hold covers these dates/).first()).toBeVisible()
  await page.getByRole('link', { name: 'ICE list of 2026-05-18', exact: true }).first().click()
  await expect(page).toHaveURL(/\/sources\/lists\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'ICE list of 2026-05-18' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^participatingAgencies05182026am\.xlsx \(original file/ })).toHaveAttribute('href', /\/api\/v1\/snapshots\/\d+\/file$/)
})

test('an unknown state code shows the states page with a notice', async ({ page }) => {
  await page.goto('/states/zz')
  await expect(page.getByRole('status')).toContainText('no state or territory with the code "zz"')
  await expect(page.getByRole('heading', { level: 1, name: '287(g) agreements by state' })).toBeVisible()
})

test('the Arizona page has no serious accessibility violation and advertises its feeds', async ({ page }) => {
  await page.goto('/states/AZ')
  const html = await (await page.request.get('/states/AZ')).text()
  expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/changes.atom?state=AZ"')
  expect(html).toContain('<link rel="alternate" type="text/calendar" href="/feeds/expirations.ics?state=AZ"')
  await expect(page.getByRole('heading', { name: 'Secure Communities activation' })).toBeVisible()
  await expect(page.getByText(/of 15 counties \(Census 2010 county equivalents\)/)).toBeVisible()
  await expectNoSeriousViolations(page)
})

test('the sources page lists every ICE list and has no serious accessibility violation', async ({ page }) => {
  await page.goto('/sources')
  // MANIFEST.tsv's 1,087 archived files, less pendingAgencies09222025pm.xlsx (byte for byte the participating list of
  // that morning, sha256 in the manifest: one capture, not two), plus the 33 roster captures of ddp/pre2018-roster-long.csv.
  await expect(page.getByRole('heading', { name: /ICE's lists \(1,119\)/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /The coverage rule/ })).toBeVisible()
  await expectNoSeriousViolations(page)
  // Every list stays reachable: the year pages, linked from /sources, hold one row per capture, 1,119 in all.
  const years = await page.getByRole('table', { name: /ICE's lists by year/ }).getByRole('link', { name: /^Lists of \d{4}$/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  expect(years).toHaveLength(14) // 2010–2017 rosters, 2021–2026 lists
  let total = 0
  for (const href of years) total += (await (await page.request.get(href)).text()).match(/<tr id="list-\d+"/g)?.length ?? 0
  expect(total).toBe(1119)
  // ICE's newest workbook, with the sha256 MANIFEST.tsv gives it, and its own page.
  await page.goto('/sources/2026')
  const row = page.getByRole('row', { name: /^ICE list of 2026-05-18/ })
  await expect(row.getByRole('link', { name: /^participatingAgencies05182026am\.xlsx \(original file/ })).toHaveAttribute('href', /\/api\/v1\/snapshots\/\d+\/file$/)
  await expect(row).toContainText('f2d0629e4a4c7f4557d90c74998be7fec37738cd2ca35de36b0b749ca25d04e0')
  await row.getByRole('link', { name: 'ICE list of 2026-05-18', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'ICE list of 2026-05-18' })).toBeVisible()
  await expect(page.getByText('f2d0629e4a4c7f4557d90c74998be7fec37738cd2ca35de36b0b749ca25d04e0', { exact: true })).toBeVisible()
})

test('an old citation of /sources#list-N opens that list’s page', async ({ page }) => {
  await page.goto('/sources/2026')
  const href = await page.getByRole('row', { name: /^ICE list of 2026-05-18/ }).getByRole('link', { name: 'ICE list of 2026-05-18', exact: true }).getAttribute('href')
  const id = /\/sources\/lists\/(\d+)$/.exec(href!)![1]
  await page.goto(`/sources#list-${id}`)
  await expect(page).toHaveURL(new RegExp(`/sources/lists/${id}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'ICE list of 2026-05-18' })).toBeVisible()
})
