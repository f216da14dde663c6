import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('an agency page shows its history with sources, gaps and data-quality flags', async ({ page }) => {
  await page.goto('/search?q=etowah')
  await page.getByRole('link', { name: "Etowah County Sheriff's Office" }).click()
  await expect(page.getByRole('heading', { level: 1, name: "Etowah County Sheriff's Office" })).toBeVisible()
  await expect(page.getByText('(FIPS 01055)')).toBeVisible()
  // ddp/pre2018-roster-long.csv lists Etowah's jail agreement on all 33 roster captures, 2010-10-29 to 2017-08-01; the
  // roster covers 180 days after its last capture (lib/lifecycle/coverage.ts), and ICE's web table is next held from
  // 2021-01-13 (MANIFEST.tsv): a gap in between, shown as unknown.
  const jail = page.getByRole('article').filter({ hasText: 'Listed on every one of the 33 captures from ICE roster of 2010-10-29 to ICE roster of 2017-08-01' })
  await expect(jail.getByText('2018-01-29 → 2021-01-13')).toBeVisible()
  await expect(jail.getByText(/No ICE list we hold covers these dates/).first()).toBeVisible()
  await expect(jail.getByRole('link', { name: 'ICE roster of 2017-08-01' }).first()).toHaveAttribute('href', /^\/sources\/lists\/\d+$/)
  await expect(page.getByRole('link', { name: 'Southside Police Department' })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})

test('ICE’s impossible signing date is shown plainly, not used', async ({ page }) => {
  await page.goto('/search?q=grundy+sheriff')
  await page.getByRole('listitem').filter({ hasText: 'Tennessee' }).getByRole('link', { name: "Grundy County Sheriff's Office" }).click()
  await expect(page.getByText(/ICE's sheet gives signed 5025-07-07 \(row 639\), an impossible date/)).toBeVisible()
})

test('a Virginia task force shows its non-renewal with the citation', async ({ page }) => {
  await page.goto('/search?q=herndon')
  await page.getByRole('link', { name: 'Herndon Police Department' }).click()
  await expect(page.getByText(/Not renewed: ICE decided on Dec 21, 2012 not to renew/)).toBeVisible()
  const html = await (await page.request.get(page.url())).text()
  expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/changes\.atom\?agency=\d+"/)
})

test('an unknown agency is a not-found page', async ({ page }) => {
  const res = await page.goto('/agencies/99999999')
  expect(res?.status()).toBe(404)
  const bad = await page.goto('/agencies/not-a-number')
  expect(bad?.status()).toBe(404)
})

test('search is a list of links, with a hint when empty, and has no serious accessibility violation', async ({ page }) => {
  await page.goto('/search')
  await expect(page.getByText(/Type part of an agency's name/)).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search agencies' }).fill('sheriff')
  await page.getByRole('searchbox', { name: 'Search agencies' }).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=sheriff/)
  await expect(page.getByRole('heading', { name: /agencies match “sheriff”/ })).toBeVisible()
  await expect(page.getByRole('list').filter({ hasText: 'Sheriff' }).getByRole('link').first()).toHaveAttribute('href', /^\/agencies\/\d+$/)
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
