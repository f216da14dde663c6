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

test('/expiring has no serious accessibility violation', async ({ page }) => {
  await page.goto('/expiring?as_of=2012-12-01')
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]), null, 1)).toEqual([])
})
