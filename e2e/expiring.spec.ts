import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('the expiring page is honest about unknown dates and leads to the 2012 expirations in one click', async ({ page }) => {
  await page.goto('/expiring')
  await expect(page.getByRole('heading', { level: 1, name: 'Expiring agreements' })).toBeVisible()
  await expect(page.getByText(/current lists of participating agencies give no expiry dates; only 17 of the [\d,]+ agreements/)).toBeVisible()
  await page.getByRole('link', { name: /As of 2012-12-01, expiring before 2013-01-01/ }).click()
  await expect(page).toHaveURL(/as_of=2012-12-01/)
  await expect(page).toHaveURL(/expires_before=2013-01-01/)
  const rows = page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row')
  await expect(rows).toHaveCount(17)
  await expect(rows.filter({ hasText: 'Task force' })).toHaveCount(17)
})

test('upcoming expirations are grouped by month from the as-of date', async ({ page }) => {
  await page.goto('/expiring?as_of=2012-12-01')
  const december = page.getByRole('region', { name: /December 2012/ })
  await expect(december.getByRole('listitem')).toHaveCount(17)
  await expect(december.getByRole('link', { name: 'Rogers Police Department' })).toHaveAttribute('href', /^\/agencies\/\d+$/)
})

test('the 2012 section gives the press figures with their sources and the jail agreements continued to June 30, 2013', async ({ page }) => {
  await page.goto('/expiring')
  const section = page.getByRole('region', { name: 'The end of the 2012 task forces' })
  const why = section.getByRole('complementary', { name: /^Why this tracker counts 17 task forces/ })
  await expect(why.getByText(/for 25 agencies/)).toBeVisible()
  await expect(why.getByRole('link', { name: /SCPR Multi-American/ })).toHaveAttribute('href', /scpr\.org/)
  await expect(why.getByRole('link', { name: /CIS, Jessica Vaughan/ })).toHaveAttribute('href', /cis\.org/)
  const jail = section.getByRole('region', { name: /33 jail-model agreements continued to June 30, 2013/ })
  await expect(jail.getByText(/The sources do not say which 33/)).toBeVisible()
  await jail.getByRole('link', { name: 'See the 39 jail-model agreements on the Dec 31, 2012 roster' }).click()
  await expect(page).toHaveURL(/as_of=2013-01-01/)
  const rows = page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row')
  await expect(rows).toHaveCount(39)
  await expect(rows.filter({ hasText: 'Jail enforcement' })).toHaveCount(39)
})

test('a date before July 2013 lists June 2013 as a group of unnamed agreements, and the page advertises the calendar', async ({ page }) => {
  await page.goto('/expiring?as_of=2013-01-01')
  const june = page.getByRole('region', { name: /^June 2013/ })
  await expect(june).toContainText('33 jail-model agreements, not named by the sources')
  await expect(june.getByRole('listitem')).toHaveCount(0)
  await page.goto('/expiring?as_of=2013-07-01')
  await expect(page.getByRole('region', { name: /^June 2013/ })).toHaveCount(0)
  const html = await (await page.request.get('/expiring')).text()
  expect(html).toMatch(/<link rel="alternate" type="text\/calendar" href="\/feeds\/expirations\.ics"/)
})

test('/expiring has no serious accessibility violation', async ({ page }) => {
  await page.goto('/expiring?as_of=2012-12-01')
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
