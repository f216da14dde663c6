import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
}

test('the states page shows the map, the basis and a sortable table', async ({ page }) => {
  await page.goto('/states')
  await expect(page.getByRole('heading', { level: 1, name: '287(g) agreements by state' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Map of U\.S\. states shaded by active 287\(g\) agreements/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'ICE list of 2026-05-18' }).first()).toBeVisible()
  await expect(page.getByText(/Data last updated \d{4}-\d{2}-\d{2}/).first()).toBeVisible()
  const table = page.getByRole('table', { name: /Active 287\(g\) agreements by state and model/ })
  const texas = table.getByRole('row', { name: /^Texas/ })
  await expect(texas.getByRole('cell').first()).toHaveText('387')
  await table.getByRole('link', { name: /^Active agreements/ }).click()
  await expect(page).toHaveURL(/sort=-total/)
  await expect(page.getByRole('columnheader', { name: /Active agreements/ })).toHaveAttribute('aria-sort', 'descending')
  await expect(page.getByRole('table', { name: /by state and model/ }).getByRole('row').nth(1)).toContainText('Texas')
  await expectNoSeriousViolations(page)
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
  const current = page.getByRole('article').filter({ hasText: 'Listed on ICE list of 2026-05-18' })
  await expect(current.getByRole('link', { name: /^MOA \(PDF\)/ })).toHaveAttribute('href', /^https:\/\/www\.ice\.gov\//)
  await expect(page.getByText(/No ICE list we hold covers these dates/).first()).toBeVisible()
  await page.getByRole('link', { name: 'ICE list of 2026-05-18' }).first().click()
  await expect(page).toHaveURL(/\/sources#list-\d+$/)
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'ICE list of 2026-05-18' }) })
  await expect(entry).toBeInViewport()
  await expect(entry.getByRole('link', { name: /participatingAgencies05182026am\.xlsx/ })).toHaveAttribute('href', /\/api\/v1\/snapshots\/\d+\/file$/)
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
  await expect(page.getByRole('heading', { name: /ICE's lists \(10\)/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /The coverage rule/ })).toBeVisible()
  await expectNoSeriousViolations(page)
})
